import Foundation
import Infografis

/// Decides, for each incoming row, its name and files, and whether it needs rendering at all
/// (a name that fails, a name used by an earlier row, `--resume` with every file present).
struct RowPlanner {
    let options: BatchOptions
    let formatter: DataFormatter
    /// Names given so far (case-folded, as case-insensitive file systems compare them) and their rows.
    private var used: [String: Int] = [:]

    init(layout: LayoutTemplate, options: BatchOptions) {
        self.options = options
        self.formatter = DataFormatter(layoutLocale: layout.locale, dataLocale: options.dataLocale)
    }

    /// The file name stem for a row, or the diagnostic that says why there is none.
    func name(row: Int, values: some TemplateValues) throws(Diagnostic) -> String {
        try options.naming.name(row: row, values: values, formatter: formatter)
    }

    /// What to do with one row.
    mutating func plan(row: Int, values: any TemplateValues & Sendable) -> BatchPipeline.Work {
        let name: String
        do {
            name = try self.name(row: row, values: values)
        } catch {
            return .resolved(BatchResult(row: row, name: nil, status: .error,
                                         diagnostics: [BatchDiagnostic(error, row: row)]))
        }
        if options.naming.template != nil {
            let key = name.lowercased()
            if let first = used[key] {
                return .resolved(BatchResult(row: row, name: name, status: .error, diagnostics: [
                    BatchDiagnostic(BatchNaming.duplicate(name: name, rows: [first, row]), row: row),
                ]))
            }
            used[key] = row
        }
        let outputs = self.outputs(name: name)
        if options.resume, outputs.allSatisfy({ $0.path.map(FileManager.default.fileExists) == true }) {
            return .resolved(BatchResult(row: row, name: name, status: .skipped, skipReason: .exists, outputs: outputs))
        }
        return .render(RowJob(row: row, values: values, name: name, outputs: outputs))
    }

    /// The files of a row named `name`: each size (or the layout's canvas) in each format.
    func outputs(name: String) -> [BatchOutput] {
        let sizes: [String?] = options.sizes.isEmpty ? [nil] : options.sizes.map(\.label)
        let suffixed = options.sizes.count > 1
        return sizes.flatMap { size in
            options.formats.map { format in
                let fileName = name + (suffixed ? "-" + (size ?? "") : "") + "." + format.rawValue
                let path = options.outputDirectory.map { $0.hasSuffix("/") ? $0 + fileName : $0 + "/" + fileName }
                return BatchOutput(size: size, format: format, fileName: fileName, path: path)
            }
        }
    }

}

/// A row of values that are not from a CSV file, numbered by its position in the source.
struct NumberedValues: TemplateValues, Sendable {
    let number: Int
    let base: any TemplateValues & Sendable

    func value(forColumn name: String) -> String? { base.value(forColumn: name) }
    var columnNames: [String] { base.columnNames }
    func location(ofColumn name: String) -> SourceLocation? { base.location(ofColumn: name) }
    var rowDescription: String? { base.rowDescription ?? "row \(number)" }
}
