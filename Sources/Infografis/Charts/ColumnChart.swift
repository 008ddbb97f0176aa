// ColumnChart: vertical bars, category labels below, values above (when they fit) or an axis.

import Foundation

/// Vertical bars, one per category (or a group or stack with several series).
///
/// Drawn at a fixed pixel size: category labels below (wrapped onto two lines, or every n-th one
/// when they do not fit their column), values above each column when every value fits its
/// column's width, otherwise a value axis with gridlines on the left. Columns are boxes sized in
/// percent of the plot area; negative values hang below a zero baseline. File format: `column-chart`.
public struct ColumnChart: Element {
    /// Categories and series.
    public var data: ChartData
    /// Width and height in pixels. Default 600 × 400.
    public var size: Size
    /// How several series are drawn. Default `.grouped`.
    public var mode: SeriesMode
    /// How values are written. Default `.auto`.
    public var format: ChartNumberFormat
    /// Digits after the decimal separator in value labels; nil: up to one.
    public var fractionDigits: Int?
    /// Written after each value. Default empty.
    public var suffix: String
    /// Writes values above the columns when they all fit. Default true.
    public var values: Bool
    /// Draws the value axis with gridlines; nil: when the values are not written. Default nil.
    public var axis: Bool?
    /// Shows the legend; nil: when there are several series.
    public var legend: Bool?
    /// Corner radius of the column ends. Default 4.
    public var barRadius: Double

    public init(_ data: ChartData, width: Double = 600, height: Double = 400, mode: SeriesMode = .grouped,
                format: ChartNumberFormat = .auto, fractionDigits: Int? = nil, suffix: String = "",
                values: Bool = true, axis: Bool? = nil, legend: Bool? = nil, barRadius: Double = 4) {
        self.data = data
        self.size = Size(width, height)
        self.mode = mode
        self.format = format
        self.fractionDigits = fractionDigits
        self.suffix = suffix
        self.values = values
        self.axis = axis
        self.legend = legend
        self.barRadius = barRadius
    }

    public func expand(in environment: Environment) -> [Node] {
        let formatter = ChartFormatter(locale: environment.locale, format: format, fractionDigits: fractionDigits,
                                       suffix: suffix, values: data.allValues)
        return expandChart(in: environment, formatter: formatter)
            .labelled(data.summary(.column, locale: environment.locale, value: formatter.value))
    }

    private func expandChart(in environment: Environment, formatter: ChartFormatter) -> [Node] {
        let styles = ChartStyles(environment)
        var frame = CategoryFrame(data: data, size: size, styles: styles, environment: environment,
                                  legend: legend ?? (data.series.count > 1))
        let stacked = mode == .stacked && data.series.count > 1
        let domain = data.domainValues(mode)
        let count = data.labels.count
        guard count > 0 else { return [chartNode(frame.layer)] }

        // Values above the columns only if each fits its column.
        let series = Swift.max(1, data.series.count)
        let texts: [[String]] = stacked
            ? [data.labels.indices.map { i in formatter.value(data.series.map { $0.values[i] }.filter(\.isFinite).reduce(0, +)) }]
            : data.series.map { $0.values.map(formatter.value) }
        let valueWidth = texts.joined().map { TextEstimate.width($0, styles.value) }.max() ?? 0
        let provisionalBand = (size.width - (valueWidth + 8)) / Double(count)
        let slot = stacked || series == 1 ? provisionalBand * 0.9 : provisionalBand * 0.8 / Double(series)
        let showValues = values && valueWidth <= slot
        let showAxis = axis ?? !showValues
        let valueRoom = showValues ? TextEstimate.lineHeight(styles.value) + 4 : 0

        let plot = frame.plot(domain: domain, includeZero: true, axis: showAxis, formatter: formatter,
                              topRoom: valueRoom, bottomRoom: domain.contains { $0 < 0 } ? valueRoom : 0)
        let band = plot.rect.width / Double(count)
        frame.categoryLabels(plot: plot, centers: (0..<count).map { band * (Double($0) + 0.5) }, band: band)

        var layer = ChartLayer(plot.rect.size)
        let lineHeight = TextEstimate.lineHeight(styles.label)
        let group = Swift.min(band * (series > 1 && !stacked ? 0.8 : 0.62), lineHeight * (stacked ? 4 : 3 + 2 * Double(series)))
        let column = stacked || series == 1 ? group : group / Double(series)
        for index in 0..<count {
            var positive = 0.0, negative = 0.0
            for (seriesIndex, values) in data.series.enumerated() {
                let value = values.values[index]
                guard value.isFinite else { continue }
                var start = 0.0, end = value
                var left = band * Double(index) + (band - group) / 2
                if stacked {
                    if value < 0 { start = negative; negative += value; end = negative }
                    else { start = positive; positive += value; end = positive }
                } else {
                    left += column * Double(seriesIndex)
                }
                let (y0, y1) = (plot.y(Swift.max(start, end)), plot.y(Swift.min(start, end)))
                let outer = !stacked || !data.series[(seriesIndex + 1)...].contains {
                    $0.values[index].isFinite && $0.values[index] != 0 && ($0.values[index] < 0) == (value < 0)
                }
                let r = outer ? Swift.min(barRadius, column / 2, (y1 - y0) / 2) : 0
                let radius = end >= start ? CornerRadii(topLeft: r, topRight: r, bottomRight: 0, bottomLeft: 0)
                    : CornerRadii(topLeft: 0, topRight: 0, bottomRight: r, bottomLeft: r)
                let inset = series > 1 && !stacked ? 0.5 : 0
                layer.rect(Rect(x: left + inset, y: y0, width: column - 2 * inset, height: y1 - y0),
                           fill: ChartColors.color(of: data, series: seriesIndex, category: index, in: environment),
                           radius: radius, percent: true)
                if showValues && !stacked {
                    let text = texts[seriesIndex][index]
                    let textY = value >= 0 ? y0 - valueRoom : y1 + 4
                    frame.layer.text(text, style: styles.value, in: Rect(x: plot.rect.x + left - 4, y: plot.rect.y + textY,
                                                                          width: column + 8, height: valueRoom - 4),
                                     alignment: .center)
                }
            }
            if showValues && stacked {
                let total = texts[0][index]
                let end = positive > 0 || negative == 0 ? plot.y(positive) - valueRoom : plot.y(negative) + 4
                frame.layer.text(total, style: styles.value, in: Rect(x: plot.rect.x + band * Double(index), y: plot.rect.y + end,
                                                                       width: band, height: valueRoom - 4), alignment: .center)
            }
        }
        frame.layer.place(layer.node(), at: plot.rect)
        frame.baseline(plot: plot)
        return [chartNode(frame.layer)]
    }
}
