import Foundation
import Infografis
import Yams

/// A layout file parsed once, with every `{{column}}` placeholder and `visible:` condition compiled,
/// bound to one data row at a time: `Document ──bind(row)──► resolved tree` in DESIGN.md.
///
/// Binding works on the YAML node tree, before decoding: each scalar that holds a placeholder is
/// replaced by its text for the row (keeping its line and column), nodes whose `visible:` condition
/// is false are removed, and the result goes through the ordinary loader. So every value can come
/// from data (text, numbers, colors, image paths, the canvas) and every diagnostic keeps its
/// `file:line:column`; those caused by a data value also name the row and the column.
///
/// A `LayoutTemplate` holds only Sendable values (no Yams objects), so one compiled template serves
/// every worker thread of a batch; each bind builds fresh nodes.
///
/// Hook for whole-table components (charts that take a CSV, from the charts branch): such a
/// component reads its data through its own key (e.g. `data: sales.csv`), which binding leaves
/// alone unless it holds a placeholder; a placeholder there (`data: "{{region}}.csv"`) picks a
/// file per row. Nothing here needs to change for it.
public struct LayoutTemplate: Sendable {
    /// The layout file's path as given; diagnostics print it and images resolve against its folder.
    public let path: String
    /// The document's `locale:` when it is written without placeholders, else `id-ID`: values are formatted in it.
    public let locale: String
    /// Every column the templates and conditions read, in order of first use.
    public let columns: [String]
    /// True when nothing in the layout depends on a data row.
    public var isConstant: Bool { columns.isEmpty }
    /// The project folder given with `--root` (nil: the default, see `ProjectRoot`); files the
    /// layout references must lie inside it.
    public let projectRoot: String?

    /// `projectRoot`, or the default root, resolved when the template was compiled.
    let resolvedRoot: ProjectRoot

    /// The `YAMLGuard`'s non-fatal problems (control characters in values), reported with the
    /// decoder's own for the preview and every row.
    let guardProblems: [Diagnostic]

    /// The document mapping: `body` and the document keys.
    let root: Piece
    /// The `visible:` of the body node; when false for a row, the row has no card.
    let bodyVisibility: Visibility?
    /// Placeholders without a `default`, checked against a table's header before a batch.
    let placeholders: [(column: String, text: String, location: SourceLocation?)]
}

// MARK: - Compiled pieces

extension LayoutTemplate {
    /// One YAML node with its templates compiled. Styles are Yams scalar/collection style raw values.
    indirect enum Piece: Sendable {
        case scalar(String, style: UInt32, mark: Mark?)
        case template(Template, style: UInt32, mark: Mark?)
        case mapping([(key: Piece, value: Piece)], style: UInt32, mark: Mark?)
        case sequence([Item], style: UInt32, mark: Mark?)
    }

    /// A list item; nodes in `children` may carry a `visible:` condition.
    struct Item: Sendable {
        var piece: Piece
        var visibility: Visibility?
    }

    /// A node's `visible:` value.
    enum Visibility: Sendable {
        /// `visible: true` or `visible: false`.
        case constant(Bool)
        /// A condition such as `"{{status}} == aktif"`.
        case condition(TemplateCondition)
    }
}

// MARK: - Loading

extension LayoutTemplate {
    /// Reads (a regular UTF-8 file within the size limit) and compiles the layout file at `path`;
    /// referenced files must lie inside `root` (see `ProjectRoot`).
    public init(path: String, root: String? = nil) throws(Diagnostics) {
        let text = try LayoutFile.readText(path: path)
        try self.init(yaml: text, path: path, root: root)
    }

    /// Compiles YAML or JSON `text`; `path` is used in diagnostics and to resolve image paths.
    /// Throws hostile-YAML problems (`YAMLGuard`), syntax errors and template syntax errors (all of
    /// them, in source order).
    public init(yaml text: String, path: String, root: String? = nil) throws(Diagnostics) {
        let (node, guardProblems) = try LayoutFile.compose(yaml: text, path: path)
        let compiler = TemplateCompiler(path: path)
        let compiled = compiler.document(node)
        if !compiler.diagnostics.isEmpty {
            throw Diagnostics(LayoutFile.inSourceOrder(guardProblems + compiler.diagnostics))
        }
        self.path = path
        self.projectRoot = root
        self.resolvedRoot = ProjectRoot(layoutPath: path, explicit: root)
        self.guardProblems = guardProblems
        self.root = compiled.root
        self.bodyVisibility = compiled.bodyVisibility
        self.locale = compiler.locale ?? "id-ID"
        var seen: Set<String> = []
        self.columns = compiler.columns.filter { seen.insert($0).inserted }
        self.placeholders = compiler.placeholders
    }

    /// Checks, once before a batch, that every placeholder without a `default` names one of `columns`
    /// (e.g. a CSV header). Throws one diagnostic per missing column, at the placeholder.
    public func validate(columns names: [String], source: String? = nil) throws(Diagnostics) {
        let available = Set(names)
        var problems: [Diagnostic] = []
        var reported: Set<String> = []
        for placeholder in placeholders where !available.contains(placeholder.column) {
            guard reported.insert(placeholder.column).inserted else { continue }
            let data = source.map { " \($0)" } ?? ""
            problems.append(Diagnostic(
                code: "template-missing-column",
                message: "The template uses the column \"\(placeholder.column)\" in \(placeholder.text), but the data"
                    + "\(data) has no such column.",
                location: placeholder.location,
                hint: didYouMeanHint(placeholder.column, candidates: names, kind: "column")
                    + " Or add | default: \"-\" to show a dash when the column is missing."))
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
    }

    /// The infographic with placeholders left as written and only constant `visible:` values applied:
    /// what `infografis render` shows for a batch layout.
    public func preview() throws(Diagnostics) -> Infographic {
        try previewWithKeys().infographic
    }

    /// The preview, with where each document key's value is written (for the `SourceMap`).
    func previewWithKeys() throws(Diagnostics) -> (infographic: Infographic, keys: [String: SourceLocation]) {
        let binder = TemplateBinder<[String: String]>(values: nil, formatter: LocaleFormatter(locale))
        guard let root = binder.bind(self) else {
            throw Diagnostics([Diagnostic(code: "hidden-body", message: "The body's `visible:` is false, so there is nothing to show.",
                                          location: .file(path: path, line: 1, column: 1),
                                          hint: "Remove `visible: false` from the body.")])
        }
        return try LayoutFile.decode(root, path: path, resolvedRoot: resolvedRoot, problems: guardProblems)
    }
}
