// How charts write numbers (value labels and axis ticks), in the document's locale, and the
// colors they use until the theme provides them.

import Foundation

/// How a chart writes its values.
public enum ChartNumberFormat: String, Hashable, Sendable, CaseIterable {
    /// Grouped numbers (`1.234.567`), switching to compact words from a million (`1,2 juta`).
    case auto
    /// Grouped numbers: `1.234.567` (id), `1,234,567` (en).
    case number
    /// Compact: `1,2 juta`, `3 miliar` (id), `1.2M` (en).
    case compact
    /// Values are fractions: 0.737 is `73,7%`.
    case percent
    /// Money in the locale's currency: `Rp 15.000`.
    case currency
}

/// Writes a chart's numbers: value labels with `fractionDigits`, ticks with as many digits as
/// their step needs.
struct ChartFormatter {
    let formatter: LocaleFormatter
    let format: ChartNumberFormat
    /// Digits after the separator for value labels; nil: up to 1 (percent: 0 or 1 as needed).
    let fractionDigits: Int?
    /// Written right after every number (e.g. ` jiwa`, `%` for values already in percent).
    let suffix: String

    /// With `values`, labels without explicit `fractionDigits` share one precision: one digit if
    /// any value needs it, else none (so `7,0%` stands beside `6,3%`, not `7%`).
    init(locale: String, format: ChartNumberFormat, fractionDigits: Int?, suffix: String, values: [Double] = []) {
        let formatter = LocaleFormatter(locale)
        var digits = fractionDigits
        if digits == nil, !values.isEmpty {
            let probe = ChartFormatter(formatter: formatter, format: format, fractionDigits: nil, suffix: "")
            let separator = formatter.data.decimalSeparator
            digits = values.contains { $0.isFinite && probe.value($0).contains(separator) } ? 1 : 0
        }
        self.init(formatter: formatter, format: format, fractionDigits: digits, suffix: suffix)
    }

    private init(formatter: LocaleFormatter, format: ChartNumberFormat, fractionDigits: Int?, suffix: String) {
        self.formatter = formatter
        self.format = format
        self.fractionDigits = fractionDigits
        self.suffix = suffix
    }

    /// A value label.
    func value(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return write(value, digits: fractionDigits ?? (format == .percent ? 1 : 1), exact: fractionDigits != nil)
    }

    /// A tick label on an axis whose ticks are `step` apart and reach `largest` in size.
    func tick(_ value: Double, step: Double, largest: Double) -> String {
        let unit: Double = switch resolved(largest) {
        case .percent: 0.01
        case .compact: pow(1000, Double(LocaleFormatter.compactMagnitude(of: value == 0 ? largest : value, fractionDigits: 3)))
        default: 1
        }
        let digits = Swift.min(6, Swift.max(0, -Int((log10(step / unit) + 1e-9).rounded(.down))))
        return write(value, digits: digits, exact: false, largest: largest)
    }

    /// `format` with `.auto` resolved for numbers as large as `largest`.
    private func resolved(_ largest: Double) -> ChartNumberFormat {
        format == .auto ? (Swift.abs(largest) >= 1_000_000 ? .compact : .number) : format
    }

    private func write(_ value: Double, digits: Int, exact: Bool, largest: Double? = nil) -> String {
        let text: String = switch resolved(largest ?? value) {
        case .percent:
            exact ? formatter.percent(value, fractionDigits: digits)
                : Self.trimmed(formatter.percent(value, fractionDigits: digits), formatter)
        case .compact: formatter.compact(value, fractionDigits: digits)
        case .currency: formatter.currency(value, fractionDigits: exact ? digits : nil)
        default: exact ? formatter.number(value, fractionDigits: digits)
            : value.formatted(formatter.numberStyle(0...digits))
        }
        return text + suffix
    }

    /// A percentage without trailing zeros after the separator (`74,0%` → `74%`).
    private static func trimmed(_ text: String, _ formatter: LocaleFormatter) -> String {
        let separator = formatter.data.decimalSeparator
        guard let range = text.range(of: separator) else { return text }
        var digits = text[range.upperBound...].prefix { $0.isNumber }
        let rest = text[range.upperBound...].dropFirst(digits.count)
        while digits.last == "0" { digits = digits.dropLast() }
        return String(text[..<range.lowerBound]) + (digits.isEmpty ? "" : separator + digits) + rest
    }
}

// MARK: - Colors

/// The colors charts use where the data gives none: categorical colors from the theme's chart
/// palette; grays derived from the inherited text color, so they work on light and dark cards.
enum ChartColors {
    /// The categorical palette: series and slices take its colors in order, then repeat.
    static func palette(in environment: Environment) -> [Color] {
        let palette = environment.theme.palette
        return palette.chart.isEmpty ? [palette.primary] : palette.chart
    }

    /// Gridlines, empty tracks, unfilled pictogram icons.
    static func track(in environment: Environment) -> Color {
        environment.textStyle.color.withOpacity(0.11)
    }

    /// Axis and tick text: the inherited text color, lighter.
    static func muted(in environment: Environment) -> Color {
        environment.textStyle.color.withOpacity(0.65)
    }

    /// The baseline at zero.
    static func baseline(in environment: Environment) -> Color {
        environment.textStyle.color.withOpacity(0.45)
    }

    /// Color of series `index`: its own, or the palette's.
    static func color(of series: ChartSeries, at index: Int, in environment: Environment) -> Color {
        if let color = series.color { return color }
        let palette = palette(in: environment)
        return palette[index % palette.count]
    }

    /// Color of the bar of series `index` in category `category`: the category's own color for a
    /// one-series chart, else the series color.
    static func color(of data: ChartData, series index: Int, category: Int, in environment: Environment) -> Color {
        if data.series.count == 1, category < data.colors.count, let color = data.colors[category] { return color }
        return color(of: data.series[index], at: index, in: environment)
    }

    /// Text drawn on `fill`: white when it reaches the WCAG ratio for large or bold text (3:1),
    /// as designers prefer white on saturated colors; else the darker of white and the text color.
    static func text(on fill: Color, in environment: Environment) -> Color {
        let dark = environment.textStyle.color
        if fill.contrastRatio(with: .white) >= 3 { return .white }
        return fill.contrastRatio(with: .white) >= fill.contrastRatio(with: dark) ? .white : dark
    }
}
