// BarChart: horizontal bars, labels on the left, values at the bar ends (or inside long bars).

import Foundation

/// Horizontal bars, one per category (or a group or stack of them with several series).
///
/// Drawn at a fixed pixel size so that labels can be placed without overlapping: category labels
/// right-aligned in a column on the left (at most 38 % of the width, ellipsis beyond; every n-th
/// label when rows are too thin), values past each bar's end or inside it. Bars are boxes sized
/// in percent of the plot area; negative values grow left from a zero baseline. File format: `bar-chart`.
public struct BarChart: Element {
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
    /// Written after each value, e.g. `" jiwa"`. Default empty.
    public var suffix: String
    /// Where values are written. Default `.auto`.
    public var values: ValuePlacement
    /// Draws vertical gridlines and ticks below the bars; nil: when values are not written
    /// (switched off, or rows too thin for them). Default nil.
    public var axis: Bool?
    /// Shows the legend; nil: when there are several series. Default nil.
    public var legend: Bool?
    /// Corner radius of the bar ends. Default 4.
    public var barRadius: Double

    public init(_ data: ChartData, width: Double = 600, height: Double = 400,
                mode: SeriesMode = .grouped, format: ChartNumberFormat = .auto, fractionDigits: Int? = nil,
                suffix: String = "", values: ValuePlacement = .auto, axis: Bool? = nil, legend: Bool? = nil,
                barRadius: Double = 4) {
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
        let formatter = ChartFormatter(locale: environment.locale, format: format, fractionDigits: fractionDigits, suffix: suffix,
                                       values: data.allValues)
        return [chartNode(BarChartLayout(chart: self, environment: environment).layer())]
            .labelled(data.summary(.bar, locale: environment.locale, value: formatter.value))
    }
}

/// Wraps a chart's layer in a box that takes the node-level modifiers (padding, background...).
func chartNode(_ layer: ChartLayer) -> Node {
    var style = Style()
    style.flexDirection = .column
    style.alignItems = .flexStart
    style.flexShrink = 0
    return Node(.box, style: style, children: [layer.node()])
}

/// The geometry of one bar chart.
struct BarChartLayout {
    let chart: BarChart
    let environment: Environment
    let styles: ChartStyles
    let formatter: ChartFormatter

    init(chart: BarChart, environment: Environment) {
        self.chart = chart
        self.environment = environment
        self.styles = ChartStyles(environment)
        self.formatter = ChartFormatter(locale: environment.locale, format: chart.format,
                                        fractionDigits: chart.fractionDigits, suffix: chart.suffix,
                                        values: chart.data.allValues)
    }

    var data: ChartData { chart.data }
    var seriesCount: Int { Swift.max(1, data.series.count) }
    var stacked: Bool { chart.mode == .stacked && data.series.count > 1 }

    func layer() -> ChartLayer {
        var layer = ChartLayer(chart.size)
        let (width, height) = (chart.size.width, chart.size.height)
        let gap = (styles.label.size * 0.75).rounded()
        var top = 0.0
        if chart.legend ?? (data.series.count > 1) {
            let legend = Legend(entries: data.series.enumerated().map {
                ($1.name, ChartColors.color(of: $1, at: $0, in: environment))
            }, style: styles.label)
            legend.draw(into: &layer, at: .zero, width: width)
            top = legend.height(width: width) + gap
        }
        let tickLine = TextEstimate.lineHeight(styles.tick)
        let count = data.labels.count
        let lineHeight = TextEstimate.lineHeight(styles.label)
        let valueLine = TextEstimate.lineHeight(styles.value)
        let maxBand = lineHeight * (stacked ? 3.5 : Swift.max(3.5, 1.5 + 1.4 * Double(seriesCount)))
        let thicknessShare = seriesCount > 1 && !stacked ? 0.8 : 0.68
        // Values are written only when each bar's row has room for a line of text; otherwise
        // (unless switched off) the axis is drawn instead.
        func valuesFit(band: Double) -> Bool {
            let slot = stacked || seriesCount == 1 ? band : band * thicknessShare / Double(seriesCount)
            return slot >= valueLine * 0.85
        }
        let provisional = Swift.min((height - top) / Double(Swift.max(1, count)), maxBand)
        let axis = chart.axis ?? (chart.values == .none || !valuesFit(band: provisional))
        let axisHeight = axis ? tickLine + gap / 2 : 0
        guard count > 0, height - top - axisHeight > 0 else { return layer }

        // Rows: equal bands, not thicker than a few lines of text.
        let area = height - top - axisHeight
        let band = Swift.min(area / Double(count), maxBand)
        let thinning = LabelThinning.along(band: band, needed: lineHeight, gap: 0)
        let thickness = band * thicknessShare
        let showValues = chart.values != .none && valuesFit(band: band)

        // Label column.
        let widest = data.labels.map { TextEstimate.width($0, styles.label) }.max() ?? 0
        let labelWidth = Swift.min(widest, (width * 0.38).rounded())
        let labelLines = labelWidth < widest && band >= 2.2 * lineHeight ? 2 : 1
        let trackX = labelWidth + gap
        let track = width - trackX
        guard track > 0 else { return layer }

        // Value domain, then room for the value labels on either side.
        let domain = data.domainValues(chart.mode)
        var scale = Scale.tight(domain)
        if axis {
            scale = Scale.fitting(domain, includeZero: true, length: track, vertical: false, style: styles.tick,
                                  format: formatter)
        }
        let labels = showValues ? valueLabels() : []
        let (reserveLeft, reserveRight, inside) = reserve(labels, scale: scale, track: track, thickness: thickness)
        let plot = Rect(x: trackX + reserveLeft, y: top, width: track - reserveLeft - reserveRight, height: band * Double(count))
        var plotLayer = ChartLayer(plot.size)
        func x(_ value: Double) -> Double { scale.position(of: value) * plot.width }

        if axis {
            for tick in scale.ticks {
                plotLayer.rect(Rect(x: x(tick) - 0.5, y: 0, width: 1, height: plot.height),
                               fill: ChartColors.track(in: environment), percent: true)
                let text = scale.label(tick, formatter)
                let textWidth = TextEstimate.width(text, styles.tick)
                let textX = Swift.min(Swift.max(0, plot.x + x(tick) - textWidth / 2), width - textWidth)
                layer.text(text, style: styles.tick, in: Rect(x: textX, y: plot.maxY + gap / 2,
                                                               width: textWidth, height: tickLine), alignment: .center)
            }
        }

        // Bars.
        for index in 0..<count {
            let bandTop = band * Double(index)
            var positive = 0.0, negative = 0.0
            for (seriesIndex, series) in data.series.enumerated() {
                let value = series.values[index]
                guard value.isFinite else { continue }
                let color = ChartColors.color(of: data, series: seriesIndex, category: index, in: environment)
                var start = 0.0, end = value
                var barTop = bandTop + (band - thickness) / 2, barHeight = thickness
                if stacked {
                    if value < 0 { start = negative; negative += value; end = negative }
                    else { start = positive; positive += value; end = positive }
                } else if seriesCount > 1 {
                    barHeight = thickness / Double(seriesCount)
                    barTop += barHeight * Double(seriesIndex)
                }
                let (x0, x1) = (x(Swift.min(start, end)), x(Swift.max(start, end)))
                let outer = stacked ? isOuterSegment(index: index, series: seriesIndex, value: value) : true
                let r = outer ? Swift.min(chart.barRadius, barHeight / 2, (x1 - x0) / 2) : 0
                let radius = end >= start ? CornerRadii(topLeft: 0, topRight: r, bottomRight: r, bottomLeft: 0)
                    : CornerRadii(topLeft: r, topRight: 0, bottomRight: 0, bottomLeft: r)
                let inset = seriesCount > 1 && !stacked ? 0.5 : 0
                plotLayer.rect(Rect(x: x0, y: barTop + inset, width: x1 - x0, height: barHeight - 2 * inset), fill: color,
                               radius: radius, percent: true)
            }
        }
        if domain.contains(where: { $0 < 0 }) {
            plotLayer.rect(Rect(x: x(0) - 0.5, y: 0, width: 1, height: plot.height),
                           fill: ChartColors.baseline(in: environment), percent: true)
        }
        layer.place(plotLayer.node(), at: plot)

        // Category labels.
        for (index, label) in data.labels.enumerated() where thinning.shows(index) {
            var style = styles.label
            style.maxLines = labelLines
            let rowHeight = Swift.max(band, lineHeight) * Double(labelLines == 2 ? 1 : 1)
            layer.nodes.append(ChartLayer.label(label, style: style, in: layer.placement(
                Rect(x: 0, y: top + band * (Double(index) + 0.5) - rowHeight / 2, width: labelWidth, height: rowHeight),
                percent: false), alignment: .right))
        }

        // Value labels.
        let pad = (styles.value.size * 0.4).rounded()
        for (labelIndex, label) in labels.enumerated() {
            let rowY = top + bandTop(of: label, band: band, thickness: thickness)
            let rowHeight = Swift.max(label.height(band: band, thickness: thickness, count: seriesCount, stacked: stacked),
                                      TextEstimate.lineHeight(styles.value))
            let end = plot.x + x(label.value)
            var style = styles.value
            let rect: Rect
            if inside[labelIndex] {
                style.color = ChartColors.text(on: label.color, in: environment)
                rect = label.value >= 0 ? Rect(x: end - pad - label.width, y: rowY - rowHeight / 2, width: label.width, height: rowHeight)
                    : Rect(x: end + pad, y: rowY - rowHeight / 2, width: label.width, height: rowHeight)
            } else {
                rect = label.value >= 0 ? Rect(x: end + pad, y: rowY - rowHeight / 2, width: label.width, height: rowHeight)
                    : Rect(x: end - pad - label.width, y: rowY - rowHeight / 2, width: label.width, height: rowHeight)
            }
            layer.text(label.text, style: style, in: rect, alignment: (label.value >= 0) != inside[labelIndex] ? .left : .right)
        }
        return layer
    }

    /// True when series `series` is the last non-zero segment on its side of the stack at `index`.
    func isOuterSegment(index: Int, series: Int, value: Double) -> Bool {
        !data.series[(series + 1)...].contains { other in
            let v = other.values[index]
            return v.isFinite && v != 0 && (v < 0) == (value < 0)
        }
    }

    /// One value label: where its bar ends and what it says.
    struct ValueLabel {
        var category: Int
        var series: Int?
        var value: Double
        var text: String
        var width: Double
        var color: Color

        func height(band: Double, thickness: Double, count: Int, stacked: Bool) -> Double {
            series == nil || stacked || count == 1 ? thickness : thickness / Double(count)
        }
    }

    /// The centre line (from the plot's top) of a value label's bar.
    func bandTop(of label: ValueLabel, band: Double, thickness: Double) -> Double {
        let center = band * (Double(label.category) + 0.5)
        guard let series = label.series, seriesCount > 1, !stacked else { return center }
        let sub = thickness / Double(seriesCount)
        return center - thickness / 2 + sub * (Double(series) + 0.5)
    }

    /// The value labels to draw: one per bar (grouped) or one total per stack, on shown rows.
    func valueLabels() -> [ValueLabel] {
        var labels: [ValueLabel] = []
        for index in data.labels.indices {
            if stacked {
                let extent = data.stackedExtents[index]
                let total = data.series.map { $0.values[index] }.filter(\.isFinite).reduce(0, +)
                let end = extent.positive > 0 || extent.negative == 0 ? extent.positive : extent.negative
                let text = formatter.value(total)
                let last = data.series.indices.last { data.series[$0].values[index].isFinite } ?? 0
                labels.append(ValueLabel(category: index, series: nil, value: end, text: text,
                                         width: TextEstimate.width(text, styles.value),
                                         color: ChartColors.color(of: data.series[last], at: last, in: environment)))
            } else {
                for (seriesIndex, series) in data.series.enumerated() where series.values[index].isFinite {
                    let text = formatter.value(series.values[index])
                    labels.append(ValueLabel(category: index, series: seriesIndex, value: series.values[index], text: text,
                                             width: TextEstimate.width(text, styles.value),
                                             color: ChartColors.color(of: data, series: seriesIndex, category: index, in: environment)))
                }
            }
        }
        return labels
    }

    /// Room to keep free left and right of the plot so every value label fits, and which labels
    /// go inside their bars. Found by a few rounds of growing the room (it only grows).
    func reserve(_ labels: [ValueLabel], scale: Scale, track: Double, thickness: Double) -> (left: Double, right: Double, inside: [Bool]) {
        let barHeight = stacked || seriesCount == 1 ? thickness : thickness / Double(seriesCount)
        let placement = stacked && chart.values == .auto ? ValuePlacement.outside : chart.values
        let pad = (styles.value.size * 0.4).rounded()
        var left = 0.0, right = 0.0
        var inside = Array(repeating: false, count: labels.count)
        for _ in 0..<8 {
            let plot = track - left - right
            var needLeft = left, needRight = right
            for (index, label) in labels.enumerated() {
                let position = scale.position(of: label.value)
                let barLength = Swift.abs(position - scale.baseline) * plot
                let roomInPlot = label.value >= 0 ? (1 - position) * plot : position * plot
                let room = roomInPlot + (label.value >= 0 ? right : left)
                let fitsInside = barLength >= label.width + 2 * pad && barHeight >= TextEstimate.lineHeight(styles.value) * 0.8
                switch placement {
                case .auto where room >= label.width + pad, .none: inside[index] = false
                case .auto, .inside: inside[index] = fitsInside
                case .outside: inside[index] = false
                }
                guard !inside[index] else { continue }
                let missing = label.width + pad - roomInPlot
                if label.value >= 0 { needRight = Swift.max(needRight, missing) } else { needLeft = Swift.max(needLeft, missing) }
            }
            if needLeft <= left && needRight <= right { break }
            left = needLeft.rounded(.up)
            right = needRight.rounded(.up)
        }
        return (left, right, inside)
    }
}
