import Infografis
import Yams

// MARK: - Binding one row

extension LayoutTemplate {
    /// The infographic for one data row, or nil when the body's `visible:` is false for it.
    ///
    /// Throws every problem of the row together: template errors (a missing column, a value that
    /// is not a number or a date) located at the placeholder in the layout file, and loader errors
    /// caused by a substituted value (`width: "{{w}}"` with `w` = `lebar`), located at the value and
    /// naming the data column and row in the message.
    public func infographic(for values: some TemplateValues,
                            formatter: some ValueFormatting) throws(Diagnostics) -> Infographic? {
        switch bind(values, formatter: formatter) {
        case .hidden: return nil
        case .infographic(let infographic): return infographic
        case .failed(let problems): throw Diagnostics(problems.map(\.diagnostic))
        }
    }

    /// What binding one row gave.
    enum Bound {
        case hidden
        case infographic(Infographic)
        /// Each problem with the data column it came from, when known.
        case failed([(diagnostic: Diagnostic, column: String?)])
    }

    /// Binds and decodes one row.
    func bind(_ values: some TemplateValues, formatter: some ValueFormatting) -> Bound {
        let binder = TemplateBinder(values: values, formatter: formatter)
        let root = binder.bind(self)
        guard binder.problems.isEmpty else { return .failed(Self.inSourceOrder(binder.problems)) }
        guard let root else { return .hidden }
        do {
            return .infographic(try LayoutFile.decode(root, path: path, resolvedRoot: resolvedRoot,
                                                      problems: guardProblems).infographic)
        } catch {
            return .failed(error.items.map { binder.annotate($0) })
        }
    }
}

extension LayoutTemplate {
    /// Problems sorted by line and column in the layout (stable for ties and for other locations).
    static func inSourceOrder(_ items: [(diagnostic: Diagnostic, column: String?)]) -> [(diagnostic: Diagnostic, column: String?)] {
        func key(_ item: Diagnostic) -> (Int, Int) {
            guard case let .file(_, line, column)? = item.location else { return (Int.max, 0) }
            return (line, column)
        }
        return items.enumerated().sorted { a, b in
            let (ka, kb) = (key(a.element.diagnostic), key(b.element.diagnostic))
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}

/// Builds the YAML tree for one row from a `LayoutTemplate`: fills placeholders, drops hidden nodes,
/// and remembers which scalars came from data so that loader errors can name the column.
final class TemplateBinder<Values: TemplateValues> {
    typealias Piece = LayoutTemplate.Piece

    /// The row; nil for a preview, which leaves placeholders as written.
    let values: TrackedValues<Values>?
    let formatter: any ValueFormatting
    /// Problems met, with the data column each came from.
    var problems: [(diagnostic: Diagnostic, column: String?)] = []
    /// Substituted scalars by their position: the columns they read.
    private var substitutions: [Position: [String]] = [:]
    /// One constructor for every node of the row: `Tag.implicit` makes a new one, three
    /// dictionaries, per node, which was 5% of a batch worker's time.
    private let constructor = Constructor.default

    private struct Position: Hashable {
        let line: Int
        let column: Int
    }

    init(values: Values?, formatter: some ValueFormatting) {
        if let values { self.values = TrackedValues(values) } else { self.values = nil }
        self.formatter = formatter
    }

    /// The document's node tree for the row; nil when the body is hidden.
    func bind(_ template: LayoutTemplate) -> YAMLNode? {
        if let visibility = template.bodyVisibility, !isVisible(visibility) { return nil }
        return node(template.root)
    }

    /// `diagnostic` with the data column and row added when it points at a substituted value.
    func annotate(_ diagnostic: Diagnostic) -> (diagnostic: Diagnostic, column: String?) {
        guard case let .file(_, line, column)? = diagnostic.location,
              let columns = substitutions[Position(line: line, column: column)] else { return (diagnostic, nil) }
        var annotated = diagnostic
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let row = values?.rowDescription.map { " in \($0)" } ?? ""
        annotated.message += " The value comes from column\(columns.count > 1 ? "s" : "") \(names)\(row)."
        return (annotated, columns.first)
    }

    // MARK: - Tree

    private func node(_ piece: Piece) -> YAMLNode {
        switch piece {
        case let .scalar(text, style, mark):
            return .scalar(YAMLNode.Scalar(text, implicitTag(), YAMLNode.Scalar.Style(rawValue: style) ?? .any, mark))
        case let .template(template, style, mark):
            return .scalar(YAMLNode.Scalar(fill(template, mark: mark), implicitTag(), YAMLNode.Scalar.Style(rawValue: style) ?? .any, mark))
        case let .mapping(pairs, style, mark):
            return .mapping(YAMLNode.Mapping(pairs.map { (node($0.key), node($0.value)) }, implicitTag(),
                                         YAMLNode.Mapping.Style(rawValue: style) ?? .any, mark))
        case let .sequence(items, style, mark):
            let shown = items.filter { item in item.visibility.map(isVisible) ?? true }
            return .sequence(YAMLNode.Sequence(shown.map { node($0.piece) }, implicitTag(),
                                           YAMLNode.Sequence.Style(rawValue: style) ?? .any, mark))
        }
    }

    /// A fresh implicit tag (each node needs its own: resolving a tag changes it in place).
    private func implicitTag() -> Tag {
        Tag(.implicit, .default, constructor)
    }

    /// The template's text for the row (its source for a preview, or when it fails).
    private func fill(_ template: Template, mark: Mark?) -> String {
        guard let values else { return template.source }
        do {
            let text = try template.render(values, formatter: formatter)
            if let mark { substitutions[Position(line: mark.line, column: mark.column)] = template.columns }
            return text
        } catch {
            problems.append((error, values.lastColumn))
            return template.source
        }
    }

    /// Whether a node is shown. A preview shows nodes whose condition reads a column; a condition
    /// that fails for a row is reported and the node kept, so later problems are found too.
    private func isVisible(_ visibility: LayoutTemplate.Visibility) -> Bool {
        switch visibility {
        case .constant(let shown):
            return shown
        case .condition(let condition):
            do {
                if let values { return try condition.evaluate(values, formatter: formatter) }
                guard condition.placeholders.isEmpty else { return true }
                return try condition.evaluate([String: String](), formatter: formatter)
            } catch {
                problems.append((error, values?.lastColumn))
                return true
            }
        }
    }
}

/// A row's values that remember the last column read (the one a template error is about) and
/// hide cell locations, so template diagnostics point at the placeholder in the layout file while
/// their message still names the row.
final class TrackedValues<Base: TemplateValues>: TemplateValues {
    let base: Base
    private(set) var lastColumn: String?

    init(_ base: Base) {
        self.base = base
    }

    func value(forColumn name: String) -> String? {
        lastColumn = name
        return base.value(forColumn: name)
    }

    var columnNames: [String] { base.columnNames }

    func location(ofColumn name: String) -> SourceLocation? { nil }

    var rowDescription: String? { base.rowDescription }
}
