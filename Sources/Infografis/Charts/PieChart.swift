// PieChart and DonutChart: slices as arc paths, with shares on the slices and a legend.

import Foundation

/// What is written on the slices of a pie or donut.
public enum SliceLabels: String, Hashable, Sendable, CaseIterable {
    /// Each slice's share of the total, `42%`.
    case percent
    /// Each slice's value, written by the chart's format.
    case value
    /// Nothing.
    case none
}

/// A pie chart (or, with a `hole`, a donut): one slice per category of the first series.
///
/// Slices are path nodes whose arcs are computed here, clockwise from `startAngle` (0 is the top).
/// Negative and missing values get no slice. Labels go on slices wide enough for them; the legend
/// sits beside the pie when the chart is wide, below it otherwise. File format: `pie-chart`.
public struct PieChart: Element {
    /// Categories and (the first series') values.
    public var data: ChartData
    /// Width and height in pixels. Default 600 × 400.
    public var size: Size
    /// Radius of the hole as a fraction of the outer radius, 0 (pie) up to 0.95. Default 0.
    public var hole: Double
    /// What the slices say. Default `.percent`.
    public var labels: SliceLabels
    /// Text in the hole of a donut (e.g. the total); nil for none.
    public var center: String?
    /// Where the first slice starts, in degrees clockwise from the top. Default 0.
    public var startAngle: Double
    /// How values are written (legend, `.value` labels). Default `.auto`.
    public var format: ChartNumberFormat
    /// Digits after the decimal separator; nil: up to one.
    public var fractionDigits: Int?
    /// Written after each value. Default empty.
    public var suffix: String
    /// Shows the legend. Default true.
    public var legend: Bool

    public init(_ data: ChartData, width: Double = 600, height: Double = 400, hole: Double = 0,
                labels: SliceLabels = .percent, center: String? = nil, startAngle: Double = 0,
                format: ChartNumberFormat = .auto, fractionDigits: Int? = nil, suffix: String = "", legend: Bool = true) {
        self.data = data
        self.size = Size(width, height)
        self.hole = Swift.min(0.95, Swift.max(0, hole))
        self.labels = labels
        self.center = center
        self.startAngle = startAngle
        self.format = format
        self.fractionDigits = fractionDigits
        self.suffix = suffix
        self.legend = legend
    }

    public func expand(in environment: Environment) -> [Node] {
        let formatter = ChartFormatter(locale: environment.locale, format: format, fractionDigits: fractionDigits, suffix: suffix)
        return [chartNode(PieLayout(chart: self, environment: environment).layer())]
            .labelled(data.summary(.pie, locale: environment.locale, value: formatter.value))
    }
}

/// A pie chart with a hole: the same chart, `hole` 0.6 by default. File format: `donut-chart`.
public struct DonutChart: Element {
    /// The chart drawn.
    public var pie: PieChart

    public init(_ data: ChartData, width: Double = 600, height: Double = 400, hole: Double = 0.6,
                labels: SliceLabels = .percent, center: String? = nil, startAngle: Double = 0,
                format: ChartNumberFormat = .auto, fractionDigits: Int? = nil, suffix: String = "", legend: Bool = true) {
        pie = PieChart(data, width: width, height: height, hole: hole, labels: labels, center: center,
                       startAngle: startAngle, format: format, fractionDigits: fractionDigits, suffix: suffix, legend: legend)
    }

    public func expand(in environment: Environment) -> [Node] { pie.expand(in: environment) }
}

// MARK: - Layout

struct PieLayout {
    let chart: PieChart
    let environment: Environment
    let styles: ChartStyles
    let formatter: ChartFormatter

    init(chart: PieChart, environment: Environment) {
        self.chart = chart
        self.environment = environment
        self.styles = ChartStyles(environment)
        self.formatter = ChartFormatter(locale: environment.locale, format: chart.format,
                                        fractionDigits: chart.fractionDigits, suffix: chart.suffix)
    }

    /// The slices: category, value, color, start and end angle in radians (clockwise from the top).
    func slices() -> [(index: Int, value: Double, color: Color, start: Double, end: Double)] {
        let values = chart.data.series.first?.values ?? []
        let total = values.filter { $0.isFinite && $0 > 0 }.reduce(0, +)
        guard total > 0 else { return [] }
        let palette = ChartColors.palette(in: environment)
        var angle = chart.startAngle * .pi / 180
        var result: [(Int, Double, Color, Double, Double)] = []
        for (index, value) in values.enumerated() where value.isFinite && value > 0 {
            let sweep = value / total * 2 * .pi
            let color = index < chart.data.colors.count ? chart.data.colors[index] ?? palette[index % palette.count]
                : palette[index % palette.count]
            result.append((index, value, color, angle, angle + sweep))
            angle += sweep
        }
        return result
    }

    func layer() -> ChartLayer {
        var layer = ChartLayer(chart.size)
        let (width, height) = (chart.size.width, chart.size.height)
        let slices = slices()
        let total = slices.map(\.value).reduce(0, +)
        let gap = (styles.label.size * 1.25).rounded()
        let line = TextEstimate.lineHeight(styles.label)
        let rowGap = (styles.label.size * 0.5).rounded()
        let swatch = (styles.label.size * 0.75).rounded()
        let entries = (chart.data.series.first?.values ?? []).indices.filter { i in slices.contains { $0.index == i } }
        let legendTexts = entries.map { index -> (String, String) in
            let value = chart.data.series[0].values[index]
            let detail = chart.labels == .percent ? formatter.value(value) : percentText(value / total)
            return (chart.data.labels[index], detail)
        }
        let legendWidth = (legendTexts.map { swatch + swatch * 0.6 + TextEstimate.width($0.0, styles.label)
                + styles.label.size * 0.6 + TextEstimate.width($0.1, styles.value) }.max() ?? 0).rounded(.up)
        let legendHeight = Double(entries.count) * line + Double(Swift.max(0, entries.count - 1)) * rowGap
        let side = chart.legend && !entries.isEmpty && width >= height * 1.3
        let below = chart.legend && !entries.isEmpty && !side

        // The pie's square and the legend's box.
        var diameter = Swift.min(width, height)
        var pieOrigin = Point(0, 0)
        var legendBox = Rect.zero
        if side {
            let legendRoom = Swift.min(legendWidth, width * 0.5)
            diameter = Swift.min(height, width - legendRoom - gap)
            let used = diameter + gap + legendRoom
            pieOrigin = Point(((width - used) / 2).rounded(), ((height - diameter) / 2).rounded())
            legendBox = Rect(x: pieOrigin.x + diameter + gap, y: ((height - legendHeight) / 2).rounded(),
                             width: legendRoom, height: legendHeight)
        } else if below {
            let columns = Swift.max(1, Swift.min(entries.count, Int((width + gap) / (legendWidth + gap))))
            let rows = (entries.count + columns - 1) / columns
            let height2 = Double(rows) * line + Double(rows - 1) * rowGap
            diameter = Swift.max(0, Swift.min(width, height - height2 - gap))
            pieOrigin = Point(((width - diameter) / 2).rounded(), 0)
            let columnWidth = Swift.min(legendWidth, (width - Double(columns - 1) * gap) / Double(columns))
            let total = Double(columns) * columnWidth + Double(columns - 1) * gap
            legendBox = Rect(x: ((width - total) / 2).rounded(), y: diameter + gap, width: columnWidth, height: height2)
            drawLegend(&layer, texts: legendTexts, entries: entries, slices: slices, box: legendBox, columns: columns)
        } else {
            pieOrigin = Point(((width - diameter) / 2).rounded(), ((height - diameter) / 2).rounded())
        }
        if side {
            drawLegend(&layer, texts: legendTexts, entries: entries, slices: slices, box: legendBox, columns: 1)
        }
        guard diameter > 0 else { return layer }

        // Slices, each a path in the pie's square.
        var pie = ChartLayer(Size(diameter, diameter))
        let outer = diameter / 2, inner = outer * chart.hole
        let pad = slices.count > 1 ? Swift.min(1.5 / outer, 0.02) : 0
        if slices.isEmpty {
            pie.path(PieGeometry.ring(center: Point(outer, outer), outer: outer, inner: inner),
                     fill: .solid(ChartColors.track(in: environment)))
        }
        for slice in slices {
            pie.path(PieGeometry.slice(center: Point(outer, outer), outer: outer, inner: inner,
                                       start: slice.start + pad, end: slice.end - pad), fill: .solid(slice.color))
        }
        // Labels on slices wide enough for them.
        if chart.labels != .none {
            let ring = outer - inner
            let radius = inner > 0 ? (outer + inner) / 2 : outer * 0.62
            for slice in slices {
                let text = chart.labels == .percent ? percentText(slice.value / total) : formatter.value(slice.value)
                var style = styles.value
                style.color = ChartColors.text(on: slice.color, in: environment)
                let textWidth = TextEstimate.width(text, style), textHeight = TextEstimate.lineHeight(style)
                let middle = (slice.start + slice.end) / 2
                let chord = 2 * radius * sin(Swift.min(.pi / 2, (slice.end - slice.start) / 2))
                // In a donut the (horizontal) label must also fit across the ring along the radius:
                // at 3 or 9 o'clock that is its width, not its height.
                let across = textWidth * abs(sin(middle)) + textHeight * abs(cos(middle))
                let fits = chord >= Swift.max(textWidth, textHeight) * 1.1
                    && (inner == 0 || (ring >= Swift.min(textWidth, textHeight) * 1.2 && ring >= across))
                    && (inner > 0 || slices.count == 1 || outer - radius >= textHeight / 2)
                guard fits else { continue }
                let point = Point(outer + radius * sin(middle), outer - radius * cos(middle))
                pie.text(text, style: style, in: Rect(x: point.x - textWidth / 2, y: point.y - textHeight / 2,
                                                      width: textWidth, height: textHeight), alignment: .center)
            }
        }
        if let center = chart.center, inner > 0 {
            var style = styles.value
            style.size = (styles.label.size * 1.5).rounded()
            style.maxLines = 3
            let box = inner * 1.4
            var placement = pie.placement(Rect(x: outer - box / 2, y: outer - box / 2, width: box, height: box), percent: false)
            placement.alignItems = .center
            pie.nodes.append(ChartLayer.label(center, style: style, in: placement, alignment: .center))
        }
        layer.place(pie.node(), at: Rect(origin: pieOrigin, size: Size(diameter, diameter)))
        return layer
    }

    /// A share as a percentage: with `fractionDigits` when set, else no decimals (one below 10 %).
    func percentText(_ share: Double) -> String {
        if let digits = chart.fractionDigits {
            return LocaleFormatter(environment.locale).percent(share, fractionDigits: digits)
        }
        let percent = LocaleFormatter(environment.locale).percent(share, fractionDigits: share < 0.1 && share > 0 ? 1 : 0)
        return percent.replacingOccurrences(of: LocaleFormatter(environment.locale).data.decimalSeparator + "0%", with: "%")
    }

    /// The legend: swatch, name, and the value or share in bold, in `columns` columns.
    func drawLegend(_ layer: inout ChartLayer, texts: [(String, String)], entries: [Int],
                    slices: [(index: Int, value: Double, color: Color, start: Double, end: Double)], box: Rect, columns: Int) {
        let line = TextEstimate.lineHeight(styles.label)
        let rowGap = (styles.label.size * 0.5).rounded()
        let swatch = (styles.label.size * 0.75).rounded()
        let gap = (styles.label.size * 1.25).rounded()
        for (position, (name, detail)) in texts.enumerated() {
            let column = position % columns, row = position / columns
            let x = box.x + Double(column) * (box.width + gap)
            let y = box.y + Double(row) * (line + rowGap)
            let color = slices.first { $0.index == entries[position] }?.color ?? .black
            layer.rect(Rect(x: x, y: y + (line - swatch) / 2, width: swatch, height: swatch), fill: color,
                       radius: CornerRadii(all: (swatch / 4).rounded()))
            let textX = x + swatch + (swatch * 0.6).rounded()
            let detailWidth = TextEstimate.width(detail, styles.value)
            let nameWidth = Swift.max(0, box.width - (textX - x) - detailWidth - styles.label.size * 0.6)
            layer.text(name, style: styles.label, in: Rect(x: textX, y: y, width: nameWidth, height: line))
            layer.text(detail, style: styles.value, in: Rect(x: x + box.width - detailWidth, y: y, width: detailWidth, height: line),
                       alignment: .right)
        }
    }
}

/// SVG path data for slices and rings.
enum PieGeometry {
    static func point(_ center: Point, _ radius: Double, _ angle: Double) -> String {
        PathBuilder.point(Point(center.x + radius * sin(angle), center.y - radius * cos(angle)))
    }

    /// A slice from `start` to `end` (radians clockwise from the top) between the radii; a sweep
    /// of a full turn becomes a ring.
    static func slice(center: Point, outer: Double, inner: Double, start: Double, end: Double) -> String {
        let sweep = end - start
        guard sweep > 0 else { return "" }
        if sweep >= 2 * .pi - 1e-9 { return ring(center: center, outer: outer, inner: inner) }
        let large = sweep > .pi ? 1 : 0
        let r = PathBuilder.number(outer), ri = PathBuilder.number(inner)
        var data = "M" + point(center, outer, start) + "A\(r) \(r) 0 \(large) 1 " + point(center, outer, end)
        if inner > 0 {
            data += "L" + point(center, inner, end) + "A\(ri) \(ri) 0 \(large) 0 " + point(center, inner, start)
        } else {
            data += "L" + PathBuilder.point(center)
        }
        return data + "Z"
    }

    /// A full disc, or a ring when `inner` > 0 (two circles, the inner one reversed).
    static func ring(center: Point, outer: Double, inner: Double) -> String {
        var data = PathBuilder.circle(center: center, radius: outer)
        if inner > 0 {
            let r = PathBuilder.number(inner)
            data += "M" + PathBuilder.point(Point(center.x - inner, center.y)) + "A\(r) \(r) 0 1 1 "
                + PathBuilder.point(Point(center.x + inner, center.y)) + "A\(r) \(r) 0 1 1 "
                + PathBuilder.point(Point(center.x - inner, center.y)) + "Z"
        }
        return data
    }
}
