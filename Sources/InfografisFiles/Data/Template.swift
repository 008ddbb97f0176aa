import Foundation
import InfografisCore

/// Text with `{{column | filter: argument}}` placeholders, parsed once and rendered per data row.
///
/// Syntax: `{{penduduk}}`, `{{penduduk | compact}}`, `{{persen | percent: 1}}`,
/// `{{anggaran | currency: IDR}}`, `{{tanggal | date: long}}` (short, medium, long, full; dates in
/// the data are `YYYY-MM-DD`), `{{nama | upper}}`, `lower`, `title`, `{{x | number: 2}}`,
/// `{{x | default: "-"}}`. Spaces around `|` and after `:` are optional; arguments are separated
/// by `,` and are bare text (trimmed: `default: tidak ada`) or quoted with `"` or `'` (needed for
/// `,`, `|`, `}}` or surrounding spaces; backslash escapes the quote). Filters run left to right; `default`
/// applies wherever it is written: when the column is missing or its value is blank, the result is
/// the default text and the other filters are skipped. `\{{` writes a literal `{{`.
/// Numbers in the data are read with the formatter's locale (`LocaleFormatter.parseNumber`:
/// `1.234,5` and `73,7%` in id-ID; machine-written `12.5` and `0.737` where they cannot be a grouped
/// thousand, so `1.234` is still 1234 in id-ID); `percent` expects a
/// fraction (0.737 or 73,7% → 73,7%). Values are inserted as plain text, never as markup; tabs
/// and line breaks are kept, other control characters are a diagnostic.
///
/// Why not Stencil or swift-mustache: Mustache has no filters with arguments. Stencil has the
/// `{{ x|f:"a" }}` shape, but it reads bare arguments as variables (`currency: IDR` would look up
/// a column named IDR), turns a column named `2023` or `true` into a literal, splits `a.b` into a
/// key path, renders a missing column as empty text with no way to suggest the right name, and
/// gives `{%` and `{#` meaning in ordinary card text. The grammar is small, so it is parsed here.
public struct Template: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case text(String)
        case placeholder(Placeholder)
    }

    /// The template as written.
    public let source: String
    let segments: [Segment]

    /// Parses `source`; `location` is where the text sits in a layout file, so errors can point
    /// into it (a `.file` location is moved to the offending character).
    public init(_ source: String, location: SourceLocation? = nil) throws(Diagnostic) {
        self.source = source
        var scanner = TemplateScanner(source, location: location)
        var segments: [Segment] = []
        var text = ""
        while !scanner.isAtEnd {
            if scanner.peek("\\{{") {
                text += "{{"
                scanner.position += 3
            } else if scanner.peek("{{") {
                if !text.isEmpty { segments.append(.text(text)) }
                text = ""
                segments.append(.placeholder(try scanner.placeholder()))
            } else {
                text.append(scanner.characters[scanner.position])
                scanner.position += 1
            }
        }
        if !text.isEmpty { segments.append(.text(text)) }
        self.segments = segments
    }

    /// The columns the template reads, in order of first use.
    public var columns: [String] {
        var seen: Set<String> = []
        return placeholders.map(\.column).filter { seen.insert($0).inserted }
    }

    /// True when the template has no placeholders, so rendering always gives the same text.
    public var isConstant: Bool { placeholders.isEmpty }

    var placeholders: [Placeholder] {
        segments.compactMap { if case let .placeholder(placeholder) = $0 { placeholder } else { nil } }
    }

    /// Fills the placeholders from one row; throws a diagnostic for a missing column or a bad value.
    public func render(_ values: some TemplateValues, formatter: some ValueFormatting) throws(Diagnostic) -> String {
        var result = ""
        for segment in segments {
            switch segment {
            case let .text(text): result += text
            case let .placeholder(placeholder): result += try placeholder.value(in: values, formatter: formatter)
            }
        }
        return result
    }

    /// Checks once, before a batch, that every column without a `default` is in `columns`.
    public func validate(columns names: [String]) throws(Diagnostic) {
        let available = Set(names)
        for placeholder in placeholders where placeholder.defaultText == nil {
            guard !available.contains(placeholder.column) else { continue }
            throw placeholder.missingColumn(candidates: names, row: nil, location: placeholder.location)
        }
    }
}
