import ArgumentParser
import Foundation
import Infografis
import InfografisFiles

extension BenchCommand {
    /// `make bench`: every measurement, alternated in one sitting, written as BENCHMARKS.md.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the whole benchmark and write the results table (BENCHMARKS.md).")

        @OptionGroup var workload: WorkloadOptions

        @Option(help: "Rounds of each alternated measurement.")
        var rounds = 3

        @Option(help: "The plain C floor, built from ../shared/bench/rawc/card.c.")
        var rawc: String

        @Option(help: "The infografis CLI (release build), for the start-up measurement.")
        var cli: String

        @Option(help: "The YAML seed card with {{column}} placeholders.")
        var template = "layouts/bench/seed-card.yaml"

        @Option(help: "Cards in the memory run (0 skips it).")
        var memoryCards = 10_000

        @Option(help: "Text cache bound per font (bytes) of the second memory run, small enough to be reached.")
        var boundedCacheBytes = 256 << 10

        @Option(help: "Callgrind profile of this many cards (0 skips it).")
        var profileCards = 20

        @Option(help: "Where the Markdown report goes.")
        var output = "BENCHMARKS.md"

        func run() throws {
            let me = CommandLine.arguments[0].hasPrefix("/")
                ? CommandLine.arguments[0] : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
            var report = ReportData(cards: workload.cards, rounds: rounds)
            let rows = try workload.rows()
            try FileManager.default.createDirectory(atPath: workload.outputDirectory, withIntermediateDirectories: true)

            log("checking the YAML template against the DSL twin")
            report.twin = try TwinCheck.compare(template: template, rows: rows,
                                               rowFile: workload.outputDirectory + "/seed-card-row1.yaml")

            let common = ["--csv", workload.csv, "--cards", String(workload.cards), "--output-directory", workload.outputDirectory]
            func ours(_ mode: String, _ extra: [String] = []) -> [String] { [me, "run", mode] + common + extra }
            func c(_ mode: String) -> [String] {
                [rawc, mode, workload.csv, try! workload.directory("rawc-" + mode), String(workload.cards)]
            }
            // `--jobs` through the real pipeline: `infografis batch` on the YAML seed card, the
            // same rows written out as CSV, one worker against two.
            let batchCSV = workload.outputDirectory + "/seed-cards-\(rows.count).csv"
            try SeedRow.csv(rows).write(toFile: batchCSV, atomically: true, encoding: .utf8)
            func batch(_ jobs: Int) -> [String] {
                [cli, "batch", template, batchCSV, "--out", workload.outputDirectory + "/batch-jobs\(jobs)",
                 "--jobs", String(jobs), "--quiet", "--lock-statistics"]
            }
            // The machine's ceiling for two workers: two independent one-worker processes, each
            // with half of the rows, run at the same time (nothing shared but the hardware).
            let halves = [Array(rows.prefix(rows.count / 2)), Array(rows.dropFirst(rows.count / 2))].enumerated().map { half, part in
                let path = workload.outputDirectory + "/seed-cards-\(rows.count)-half\(half + 1).csv"
                return (path, part)
            }
            for (path, part) in halves { try SeedRow.csv(part).write(toFile: path, atomically: true, encoding: .utf8) }
            let halfCommands = halves.enumerated().map { half, file in
                [cli, "batch", template, file.0, "--out", workload.outputDirectory + "/batch-half\(half + 1)",
                 "--jobs", "1", "--quiet"]
            }
            let groups: [(String, [(String, [String])])] = [
                ("png", [("c png", c("png")), ("ours png", ours("png")), ("naive png", ours("naive-png"))]),
                ("batch", [("batch jobs1", batch(1)), ("batch jobs2", batch(2)), ("batch halves", ["halves"]),
                           ("engine jobs1", ours("png")), ("engine jobs2", ours("png", ["--jobs", "2"]))]),
                ("vector", [("c svg", c("svg")), ("ours svg", ours("svg")), ("naive svg", ours("naive-svg")),
                            ("ours pdf", ours("pdf")), ("naive pdf", ours("naive-pdf"))]),
                ("warm", [("c draw", c("draw")), ("ours layout", ours("layout")), ("ours draw", ours("draw")),
                          ("naive draw", ours("naive-draw"))]),
            ]
            for (group, runs) in groups {
                // The batch group is cheap and its ratios are the point: more rounds.
                let groupRounds = group == "batch" ? max(rounds, 5) : rounds
                for round in 0..<groupRounds {
                    // Rotate the order each round so that no engine always runs first.
                    let order = runs.indices.map { runs[($0 + round) % runs.count] }
                    for (name, arguments) in order {
                        log("\(group) round \(round + 1)/\(groupRounds): \(name)")
                        let commands = arguments == ["halves"] ? halfCommands : [arguments]
                        for command in commands {  // a fresh batch output folder: every file written by this run
                            guard let out = command.firstIndex(of: "--out") else { continue }
                            try? FileManager.default.removeItem(atPath: command[out + 1])
                        }
                        let result = commands.count > 1 ? try runChildrenTogether(commands) : try runChild(arguments)
                        guard result.status == 0 else {
                            throw BenchError("\(name) failed (\(result.status)): \(result.standardError.suffix(500))")
                        }
                        report.add(name, result)
                    }
                }
            }
            report.pngBytes["c png"] = medianFileSize(workload.outputDirectory + "/rawc-png", ext: "png")
            report.identicalJobs = try compareDirectories(workload.outputDirectory + "/batch-jobs1",
                                                          workload.outputDirectory + "/batch-jobs2")

            log("text core micro-benchmarks")
            report.text = TextCoreBench.run(rows: rows)
            log("PNG level and filter choices")
            report.choices = try PNGChoiceTable.measure(Array(rows.prefix(10)))

            if memoryCards > 0 {
                log("memory: \(memoryCards) cards")
                let result = try runChild([me, "run", "png", "--csv", workload.csv, "--cards", String(memoryCards),
                                           "--output-directory", workload.outputDirectory, "--sample-memory"])
                guard result.status == 0 else { throw BenchError("memory run failed: \(result.standardError.suffix(500))") }
                report.memory = result
                // The same run with each font's text cache bounded small enough to be reached early:
                // whether RSS still grows once the caches stop growing.
                log("memory: \(memoryCards) cards, text caches bounded at \(boundedCacheBytes / 1024) KiB per font")
                let bounded = try runChild([me, "run", "png", "--csv", workload.csv, "--cards", String(memoryCards),
                                            "--output-directory", workload.outputDirectory, "--sample-memory",
                                            "--text-cache-bytes", String(boundedCacheBytes)])
                guard bounded.status == 0 else { throw BenchError("memory run failed: \(bounded.standardError.suffix(500))") }
                report.boundedMemory = (boundedCacheBytes, bounded)
            }

            log("start-up: \(cli) render, cold process")
            report.startup = try startup(rowFile: workload.outputDirectory + "/seed-card-row1.yaml")

            if profileCards > 0 {
                log("callgrind profile of \(profileCards) cards")
                report.profile = try? Profile.run(arguments: [me, "run", "png", "--csv", workload.csv, "--cards",
                                                              String(profileCards), "--output-directory",
                                                              workload.outputDirectory])
            }

            let markdown = report.markdown()
            try markdown.write(toFile: output, atomically: true, encoding: .utf8)
            print(markdown)
        }

        private func startup(rowFile: String) throws -> Samples {
            var samples = Samples()
            let out = workload.outputDirectory + "/startup.png"
            _ = try runChild([cli, "render", rowFile, "-o", out])  // page cache warm, process cold
            for _ in 0..<10 {
                let result = try runChild([cli, "render", rowFile, "-o", out])
                guard result.status == 0 else { throw BenchError("infografis render failed: \(result.standardError)") }
                samples.add(result.seconds)
            }
            return samples
        }

        private func medianFileSize(_ directory: String, ext: String) -> Double {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            return Samples(files.filter { $0.hasSuffix("." + ext) }.map { Double(fileSize(directory + "/" + $0)) }).median
        }

        /// Whether every file of `a` has a byte-identical twin in `b`; the number compared.
        private func compareDirectories(_ a: String, _ b: String) throws -> (identical: Bool, count: Int) {
            let files = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
            var identical = !files.isEmpty
            for file in files where FileManager.default.contents(atPath: a + "/" + file) != FileManager.default.contents(atPath: b + "/" + file) {
                identical = false
            }
            return (identical, files.count)
        }
    }
}

func log(_ message: String) {
    FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
}

/// The YAML seed card and the Swift DSL twin must describe the same cards.
enum TwinCheck {
    /// Compares the Documents of every row; writes row 1 filled in to `rowFile` (for start-up runs).
    static func compare(template path: String, rows: [SeedRow], rowFile: String) throws -> (equal: Int, total: Int) {
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let template = try Template(source)
        var equal = 0
        for (index, row) in rows.enumerated() {
            let yaml = try template.render(row.dataRow, formatter: LocaleFormatter("id-ID"))
            if index == 0 { try yaml.write(toFile: rowFile, atomically: true, encoding: .utf8) }
            let fromFile = try LayoutFile.load(yaml: yaml, path: path).document()
            if fromFile == SeedCard.infographic(row).document() { equal += 1 }
        }
        return (equal, rows.count)
    }
}
