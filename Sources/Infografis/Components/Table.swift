// Table: a header row and zebra-striped rows; numeric columns are right-aligned. File format: `table`.

/// A small data table.
///
/// A column whose cells are all numbers (as numbers, or as text such as `1.234`, `12,5%`,
/// `Rp 15.000`) is right-aligned. Number cells are formatted in the locale.
/// Theme: `table` defaults (`background` of the header — default `primary`; `color` of the header
/// text; `size` of the text; `accent` of the zebra stripes — default `surface`; `radius`, `padding`).
public struct Table: Component {
    /// Header cells; empty for no header.
    public var columns: [String]
    /// The rows.
    public var rows: [[DisplayValue]]
    /// Relative column widths (e.g. `[2, 1, 1]`); empty for equal widths.
    public var widths: [Double]
    /// Overrides of the theme's `table` defaults.
    public var overrides: Theme.ComponentStyle

    public init(columns: [String], rows: [[DisplayValue]], widths: [Double] = [],
                style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.columns = columns
        self.rows = rows
        self.widths = widths
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let palette = theme.palette
        let style = theme.style(for: "table").merging(overrides)
        let size = style.size ?? theme.size(0.85)
        let headerFill = style.background.map(theme.color) ?? palette.primary
        let headerColor = style.color.map(theme.color) ?? palette.readableText(on: headerFill)
        let stripe = style.accent.map(theme.color) ?? palette.surface
        let padding = style.padding ?? (size * 0.6).rounded()
        let count = max(columns.count, rows.map(\.count).max() ?? 0)
        let numeric = (0..<count).map { isNumeric(column: $0, locale: environment.locale) }
        let cellStyle = theme.bodyStyle(size: size, color: palette.text, lineHeight: 1.3)
        VStack {
            if !columns.isEmpty {
                row((0..<count).map { columns.indices.contains($0) ? columns[$0] : "" }, numeric: numeric,
                    style: theme.bodyStyle(size: size, color: headerColor, weight: 700, lineHeight: 1.3), padding: padding)
                    .background(.solid(headerFill))
            }
            for (index, cells) in rows.enumerated() {
                row((0..<count).map { cells.indices.contains($0) ? cells[$0].string(locale: environment.locale) : "" },
                    numeric: numeric, style: cellStyle, padding: padding)
                    .background(.solid(index % 2 == 1 ? stripe : palette.background))
            }
        }
        .cornerRadius(style.radius ?? (theme.radius / 2).rounded())
        .clipped()
        // A clipping box may shrink to nothing in CSS (its automatic minimum size is 0): keep every row.
        .flexShrink(0)
    }

    /// One row of cells sharing the width by `widths`.
    private func row(_ cells: [String], numeric: [Bool], style: TextStyle, padding: Double) -> some Element {
        HStack(spacing: .px(padding)) {
            for (index, cell) in cells.enumerated() {
                StyledText(cell, style: style.aligned(numeric[index] ? .right : .left))
                    .flexGrow(widths.indices.contains(index) ? widths[index] : 1).flexBasis(0).flexShrink(1)
            }
        }
        .padding(vertical: .px(padding), horizontal: .px((padding * 1.4).rounded()))
    }

    /// True when every non-empty cell of the column is a number.
    private func isNumeric(column: Int, locale: String) -> Bool {
        let formatter = LocaleFormatter(locale)
        var seen = false
        for cells in rows where cells.indices.contains(column) {
            switch cells[column] {
            case .number: seen = true
            case .text(let text):
                let trimmed = text.trimmingSpaces
                if trimmed.isEmpty || trimmed == "-" || trimmed == "–" { continue }
                guard Table.looksNumeric(trimmed, formatter: formatter) else { return false }
                seen = true
            }
        }
        return seen
    }

    /// A number with optional sign, currency, percent or a compact word: `1.234`, `-12,5%`, `Rp 15.000`, `1,2 juta`.
    public static func looksNumeric(_ text: String, formatter: LocaleFormatter) -> Bool {
        if (try? formatter.parseNumber(text)) != nil { return true }
        var core = text
        for affix in ["Rp", "$", "€", "US$", "%", "+", "±", "juta", "miliar", "triliun", "ribu", "jt", "rb",
                      "million", "billion", "thousand", "K", "M", "B"] {
            core = core.replacingOccurrences(of: affix, with: "")
        }
        core = core.replacingOccurrences(of: "\u{A0}", with: "").trimmingCharacters(in: .whitespaces)
        guard !core.isEmpty, core.contains(where: \.isNumber) else { return false }
        return core.allSatisfy { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" || $0 == "−" }
    }
}
