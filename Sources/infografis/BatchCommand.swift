import ArgumentParser
import Foundation
import Infografis
import InfografisFiles

extension InfografisCommand {
    /// `infografis batch LAYOUT DATA.csv --out DIR`: one card per CSV row.
    struct BatchCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "batch",
            abstract: "Render one card per row of a CSV file, in parallel.",
            discussion: """
                Exit codes: 0 every row rendered (warnings allowed) or skipped; 1 some rows failed (the others \
                are rendered); 2 nothing rendered (invalid layout or data, duplicate file names, or every row \
                failed); 130 interrupted (Ctrl-C: rows in progress are finished and the report is written). \
                A card that cannot be written (disk full, output folder gone) stops the batch: 1 when some cards \
                were written, 2 when none were.
                """)

        @Argument(help: "The layout file (.yaml, .yml or .json) with {{column}} placeholders.")
        var layout: String

        @Argument(help: "The CSV file: a header row, then one row per card. Read as a stream.")
        var data: String

        @Option(name: .customLong("out"), help: "Directory for the cards (created if missing).")
        var output: String

        @Option(help: "File name template, e.g. \"{{kode}}-{{provinsi}}\" (made safe for file names). Default: the row number, zero-padded.")
        var name: String?

        @Option(help: "Output formats, comma-separated: png, svg, pdf.")
        var format = "png"

        @Option(help: "Canvas sizes, comma-separated: presets (instagram-square, story, ...) or WIDTHxHEIGHT. Default: the layout's canvas. With several, files are named NAME-SIZE.EXT.")
        var size: String?

        @Option(help: "Worker threads. Default: the number of cores.")
        var jobs: Int?

        @Flag(help: "Skip rows whose output files all exist (a file exists only once complete).")
        var resume = false

        @Option(help: "Render only rows whose index (row number - 1) is K modulo N: K/N with 0 <= K < N, or auto (K from JOB_COMPLETION_INDEX, N from --shard-count or JOB_COMPLETIONS).")
        var shard: String?

        @Option(help: "The shard count for --shard auto (default: JOB_COMPLETIONS).")
        var shardCount: Int?

        @Option(help: "Write a JSON report of every row's outcome to this file.")
        var report: String?

        @Flag(help: "No progress output (row errors are still printed).")
        var quiet = false

        @Flag(help: ArgumentHelp("Print the process-wide Pango lock's counters (for benchmarks).", visibility: .hidden))
        var lockStatistics = false

        @Option(help: "CSV delimiter: , ; or tab. Default: detected from the header.")
        var delimiter: String?

        @Flag(help: "Text that does not fit its box, even at its fit minimum, fails the row.")
        var strict = false

        @Option(help: "Locale the CSV's numbers are written in (e.g. en-US). Default: the layout's locale.")
        var dataLocale: String?

        @Option(help: "PNG scale factor.")
        var scale: Double = 1

        @Option(help: "Seconds a row may take before it is given up as a row-timeout error (nothing of it is written; the other rows go on). 0: no limit.")
        var rowTimeout: Double = 30

        @Option(help: "Seconds between progress lines when standard error is not a terminal (0: every row).")
        var progressInterval: Double = 5

        @Option(help: "Folder that files named in the layout (images, themes, CSV files) must be inside. Default: the current directory when the layout is inside it, else the layout's folder.")
        var root: String?

        func validate() throws {
            _ = try formats()
            _ = try sizes()
            _ = try shardValue()
            if let delimiter, CSVDelimiter(argument: delimiter) == nil {
                throw ValidationError("--delimiter must be , ; or tab.")
            }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
            guard scale.isFinite, scale > 0, scale <= Limits.maxScale else {
                throw ValidationError("--scale must be greater than 0 and at most \(Limits.maxScale).")
            }
            guard rowTimeout.isFinite, rowTimeout >= 0 else {
                throw ValidationError("--row-timeout must be 0 (no limit) or a number of seconds.")
            }
            guard progressInterval >= 0 else { throw ValidationError("--progress-interval must be 0 or more.") }
        }

        func run() throws {
            var run = BatchRun(command: self)
            let code = run.execute()
            if code != 0 { throw ExitCode(code) }
        }

        // MARK: - Arguments

        func formats() throws -> [OutputFormat] {
            let names = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let formats = try names.map { name in
                guard let format = OutputFormat(pathExtension: name) else {
                    throw ValidationError("Unknown format \"\(name)\" in --format: use png, svg or pdf, comma-separated.")
                }
                return format
            }
            guard !formats.isEmpty else { throw ValidationError("--format needs at least one of png, svg, pdf.") }
            var seen: Set<OutputFormat> = []
            return formats.filter { seen.insert($0).inserted }
        }

        func sizes() throws -> [BatchSize] {
            guard let size else { return [] }
            var seen: Set<String> = []
            return try size.split(separator: ",").map { String($0) }.compactMap { argument in
                guard let parsed = BatchSize(argument: argument) else {
                    let presets = Canvas.presets.compactMap(\.name).joined(separator: ", ")
                    throw ValidationError("Unknown size \"\(argument)\" in --size: use a preset (\(presets)) or WIDTHxHEIGHT up to 16384.")
                }
                return seen.insert(parsed.label).inserted ? parsed : nil
            }
        }

        func shardValue() throws -> BatchShard? {
            guard let shard else { return nil }
            guard shard == "auto" else {
                guard let parsed = BatchShard(argument: shard) else {
                    throw ValidationError("--shard must be K/N with 0 <= K < N (e.g. 0/4), or auto.")
                }
                return parsed
            }
            let environment = ProcessInfo.processInfo.environment
            guard let index = environment["JOB_COMPLETION_INDEX"].flatMap({ Int($0) }) else {
                throw ValidationError("--shard auto needs JOB_COMPLETION_INDEX (set by a Kubernetes Indexed Job).")
            }
            guard let count = shardCount ?? environment["JOB_COMPLETIONS"].flatMap({ Int($0) }) else {
                throw ValidationError("--shard auto needs the shard count: --shard-count N or JOB_COMPLETIONS.")
            }
            guard let parsed = BatchShard(index: index, count: count) else {
                throw ValidationError("--shard auto: JOB_COMPLETION_INDEX \(index) is not below the shard count \(count).")
            }
            return parsed
        }
    }
}
