import Foundation
import Infografis

/// How a batch renders its rows.
public struct BatchOptions: Sendable {
    /// Output formats for every row. Default `[.png]`.
    public var formats: [OutputFormat]
    /// Canvas sizes to render each row at; empty (default) uses the layout's own `canvas`.
    public var sizes: [BatchSize]
    /// Directory the files are written to (atomically); nil (default) keeps the bytes in each result.
    public var outputDirectory: String?
    /// How output files are named. Default: the row number, zero-padded to 4 digits.
    public var naming: BatchNaming
    /// Worker threads, each with its own `Engine`. Default: the number of active cores.
    public var jobs: Int
    /// Text that does not fit its box (even at a `fit` minimum) fails the row instead of warning. Default false.
    public var strict: Bool
    /// Locale the data's numbers are written in; nil (default) uses the layout's `locale`.
    public var dataLocale: String?
    /// Skip rows whose output files all exist already (only with `outputDirectory`). Default false.
    public var resume: Bool
    /// Render only the rows of this shard; nil (default) renders all.
    public var shard: BatchShard?
    /// PNG pixel density. Default 1.
    public var scale: Double
    /// Seconds one row may take (binding, layout and rendering of all its outputs) before it is reported
    /// as a `row-timeout` error and its result discarded; 0 turns the limit off. Default 30.
    public var rowTimeout: Double
    /// Test hook: runs on the worker, with the row number, before the row is rendered (to make a row slow
    /// on purpose). Debug builds also read `INFOGRAFIS_TEST_STALL=ROW:SECONDS` from the environment.
    var beforeRender: (@Sendable (Int) -> Void)?

    public init(formats: [OutputFormat] = [.png], sizes: [BatchSize] = [], outputDirectory: String? = nil,
                naming: BatchNaming = BatchNaming(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                strict: Bool = false, dataLocale: String? = nil, resume: Bool = false, shard: BatchShard? = nil,
                scale: Double = 1, rowTimeout: Double = 30) {
        self.formats = formats
        self.sizes = sizes
        self.outputDirectory = outputDirectory
        self.naming = naming
        self.jobs = jobs
        self.strict = strict
        self.dataLocale = dataLocale
        self.resume = resume
        self.shard = shard
        self.scale = scale
        self.rowTimeout = rowTimeout
        self.beforeRender = Self.environmentStall
    }

    /// `INFOGRAFIS_TEST_STALL=ROW:SECONDS` in debug builds (for the CLI tests): row ROW sleeps that long first.
    private static var environmentStall: (@Sendable (Int) -> Void)? {
        #if DEBUG
        let parts = ProcessInfo.processInfo.environment["INFOGRAFIS_TEST_STALL"]?.split(separator: ":") ?? []
        guard parts.count == 2, let row = Int(parts[0]), let seconds = Double(parts[1]) else { return nil }
        return { if $0 == row { Thread.sleep(forTimeInterval: seconds) } }
        #else
        return nil
        #endif
    }
}

/// A canvas size a batch renders at, with the label used in file names.
public struct BatchSize: Sendable, Hashable {
    /// Label in file names: the preset name (`story`) or `1080x1350`.
    public var label: String
    /// The canvas.
    public var canvas: Canvas

    public init(label: String, canvas: Canvas) {
        self.label = label
        self.canvas = canvas
    }

    /// A preset name (`instagram-square`, `story`, ...) or `WIDTHxHEIGHT` (1...16384 each); nil otherwise.
    public init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if let preset = Canvas.preset(named: text) {
            self.init(label: text, canvas: preset)
            return
        }
        let parts = text.split(separator: "x", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2, let width = parts[0], let height = parts[1],
              (1...Int(Limits.maxCanvasSide)).contains(width), (1...Int(Limits.maxCanvasSide)).contains(height)
        else { return nil }
        self.init(label: "\(width)x\(height)", canvas: Canvas(width: Double(width), height: Double(height)))
    }
}

/// One of `count` shards: the rows whose index (row number − 1) is `index` modulo `count`.
public struct BatchShard: Sendable, Hashable, CustomStringConvertible {
    /// This shard, from 0.
    public var index: Int
    /// How many shards there are, at least 1.
    public var count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `K/N` with 0 ≤ K < N; nil otherwise.
    public init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2, let index = parts[0], let count = parts[1] else { return nil }
        self.init(index: index, count: count)
    }

    /// Whether the row numbered `row` (from 1) belongs to this shard.
    public func contains(row: Int) -> Bool {
        (row - 1) % count == index
    }

    public var description: String { "\(index)/\(count)" }
}

/// How a batch names each row's files: `{name}.{ext}`, or `{name}-{size}.{ext}` with several sizes.
public struct BatchNaming: Sendable {
    /// A template such as `{{kode}}-{{provinsi}}`; nil names files by row number.
    public var template: Template?
    /// Digits the row number is zero-padded to when there is no template. Default 4.
    public var padding: Int

    public init(template: Template? = nil, padding: Int = 4) {
        self.template = template
        self.padding = padding
    }

    /// The file name stem for a row (sanitized), or a diagnostic when the template fails or gives nothing usable.
    public func name(row: Int, values: some TemplateValues, formatter: some ValueFormatting) throws(Diagnostic) -> String {
        guard let template else {
            let digits = String(row)
            return String(repeating: "0", count: max(0, padding - digits.count)) + digits
        }
        let name = Self.sanitize(try template.render(values, formatter: formatter))
        guard !name.isEmpty else {
            throw Diagnostic(code: "batch-empty-name",
                             message: "The name template \"\(template.source)\" gives an empty file name for row \(row).",
                             hint: "Use columns that are never empty in --name, or add | default: to them.")
        }
        return name
    }

    /// `text` as a safe file name stem: letters, digits, `-`, `_`, `.` and `+` are kept (any script),
    /// anything else (spaces, `/`, `\`, `:`, quotes, control characters) becomes `-`; runs of `-` are
    /// collapsed, and `-` and `.` trimmed from both ends (no hidden files, no `..`). At most 120 characters.
    public static func sanitize(_ text: String) -> String {
        var result = ""
        for character in text.precomposedStringWithCanonicalMapping {
            let keep = character.isLetter || character.isNumber || "-_.+".contains(character)
            if keep {
                result.append(character)
            } else if result.last != "-" {
                result.append("-")
            }
        }
        while result.contains("--") { result = result.replacingOccurrences(of: "--", with: "-") }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-."))
        return String(trimmed.prefix(120)).trimmingCharacters(in: CharacterSet(charactersIn: "-."))
    }

    /// The diagnostic for rows whose names collide (compared ignoring case, as macOS and Windows do).
    public static func duplicate(name: String, rows: [Int]) -> Diagnostic {
        let listed = rows.count == 2 ? "\(rows[0]) and \(rows[1])" : rows.dropLast().map(String.init).joined(separator: ", ")
            + " and \(rows.last ?? 0)"
        return Diagnostic(code: "batch-duplicate-name",
                          message: "Rows \(listed) would all be written as \"\(name)\", so one would overwrite the other; "
                            + "nothing was written.",
                          hint: "Add a column that tells them apart to --name, e.g. --name \"{{kode}}-{{provinsi}}\".")
    }
}
