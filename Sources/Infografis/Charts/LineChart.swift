// LineChart: one or more series as lines through the category positions, with points and an
// optional area fill, on a value axis with gridlines.

import Foundation

/// Lines over categories (years, months...), one per series.
///
/// Drawn at a fixed pixel size: the plot is a set of path nodes whose view box is the plot's
/// pixel size, so lines are not scaled; gridlines and labels are boxes and texts around it. A
/// missing value (NaN, `null`) breaks the line. File format: `line-chart`.
public struct LineChart: Element {
    /// Categories (x positions) and series.
    public var data: ChartData
    /// Width and height in pixels. Default 600 × 400.
    public var size: Size
    /// How values are written (ticks and value labels). Default `.auto`.
    public var format: ChartNumberFormat
    /// Digits after the decimal separator in value labels; nil: up to one.
    public var fractionDigits: Int?
    /// Written after each value label. Default empty.
    public var suffix: String
    /// Fills the area between each line and the baseline with a light tint. Default false.
    public var area: Bool
    /// Draws a dot at each value. Default true.
    public var points: Bool
    /// Writes each value above its point (only where they fit). Default false.
    public var values: Bool
    /// Makes the axis start at zero; nil: with `area`, or when the data comes near zero.
    public var includeZero: Bool?
    /// Line width in pixels. Default 3.
    public var strokeWidth: Double
    /// Shows the legend; nil: when there are several series.
    public var legend: Bool?

    public init(_ data: ChartData, width: Double = 600, height: Double = 400, format: ChartNumberFormat = .auto,
                fractionDigits: Int? = nil, suffix: String = "", area: Bool = false, points: Bool = true,
                values: Bool = false, includeZero: Bool? = nil, strokeWidth: Double = 3, legend: Bool? = nil) {
        self.data = data
        self.size = Size(width, height)
        self.format = format
        self.fractionDigits = fractionDigits
        self.suffix = suffix
        self.area = area
        self.points = points
        self.values = values
        self.includeZero = includeZero
        self.strokeWidth = strokeWidth
        self.legend = legend
    }

    public func expand(in environment: Environment) -> [Node] {
        let formatter = ChartFormatter(locale: environment.locale, format: format, fractionDigits: fractionDigits,
                                       suffix: suffix, values: data.allValues)
        return expandChart(in: environment, formatter: formatter)
            .labelled(data.summary(.line, locale: environment.locale, value: formatter.value))
    }

    private func expandChart(in environment: Environment, formatter: ChartFormatter) -> [Node] {
        let styles = ChartStyles(environment)
        var frame = CategoryFrame(data: data, size: size, styles: styles, environment: environment,
                                  legend: legend ?? (data.series.count > 1))
        let count = data.labels.count
        guard count > 0 else { return [chartNode(frame.layer)] }
        let domain = data.allValues
        let zero = includeZero ?? (area || LineChart.nearZero(domain))
        let dot = points ? strokeWidth + 2 : strokeWidth / 2
        let valueLine = TextEstimate.lineHeight(styles.value)
        let band = size.width / Double(count)
        let showValues = values && data.series.count == 1
            && data.series[0].values.map { TextEstimate.width(formatter.value($0), styles.value) }.allSatisfy { $0 <= band * 0.95 }
        let room = (showValues ? valueLine + dot + 2 : dot + strokeWidth).rounded(.up)
        let plot = frame.plot(domain: domain, includeZero: zero, axis: true, formatter: formatter,
                              topRoom: room, bottomRoom: dot + strokeWidth)
        let step = plot.rect.width / Double(count)
        let xs = (0..<count).map { step * (Double($0) + 0.5) }
        frame.categoryLabels(plot: plot, centers: xs, band: step)
        if plot.scale.lower < 0 || zero { frame.baseline(plot: plot) }

        var layer = ChartLayer(plot.rect.size)
        let baseY = plot.y(Swift.max(plot.scale.lower, Swift.min(0, plot.scale.upper)))
        let lines = data.series.enumerated().map { index, series in
            (series, ChartColors.color(of: series, at: index, in: environment),
             series.values.indices.compactMap { i in series.values[i].isFinite ? (i, Point(xs[i], plot.y(series.values[i]))) : nil })
        }
        if area {
            for (_, color, points) in lines {
                let data = PathBuilder.runs(points).map { PathBuilder.area($0, baseline: baseY) }.joined(separator: " ")
                if !data.isEmpty { layer.path(data, fill: .solid(color.withOpacity(0.16))) }
            }
        }
        for (_, color, points) in lines {
            // Each segment its own subpath with round caps: round joins without spikes at sharp turns.
            let data = PathBuilder.runs(points).map(PathBuilder.segments).joined(separator: " ")
            if !data.isEmpty {
                layer.path(data, fill: nil, stroke: color, strokeWidth: strokeWidth, lineCap: .round)
            }
        }
        // Dots only where they stay apart; a lone point always gets one.
        let dotsFit = step >= dot * 4
        for (_, color, points) in lines where (self.points && dotsFit) || points.count == 1 {
            let data = points.map { PathBuilder.circle(center: $0.1, radius: dot) }.joined(separator: " ")
            if !data.isEmpty {
                layer.path(data, fill: .solid(color), stroke: .white, strokeWidth: 2)
            }
        }
        frame.layer.place(layer.node(), at: plot.rect)
        if showValues {
            for (index, point) in lines[0].2 {
                let text = formatter.value(data.series[0].values[index])
                frame.layer.text(text, style: styles.value,
                                 in: Rect(x: plot.rect.x + point.x - step / 2, y: plot.rect.y + point.y - dot - 2 - valueLine,
                                          width: step, height: valueLine), alignment: .center)
            }
        }
        return [chartNode(frame.layer)]
    }

    /// True when the data's range reaches within half its maximum of zero, so zero belongs on the axis.
    static func nearZero(_ values: [Double]) -> Bool {
        guard let low = values.min(), let high = values.max() else { return true }
        if low <= 0 { return true }
        return low < high * 0.5
    }
}

// MARK: - Path data

/// SVG path data for charts, with coordinates written to 0.01 px (deterministic output).
enum PathBuilder {
    /// A coordinate, without trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.2f", rounded).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
    }

    static func point(_ p: Point) -> String { number(p.x) + " " + number(p.y) }

    /// The runs of consecutive indices in `points` (a missing value breaks a line).
    static func runs(_ points: [(Int, Point)]) -> [[Point]] {
        var runs: [[Point]] = []
        var previous = -2
        for (index, point) in points {
            if index == previous + 1, !runs.isEmpty { runs[runs.count - 1].append(point) } else { runs.append([point]) }
            previous = index
        }
        return runs
    }

    /// `M p0 L p1 L p2 ...`.
    static func polyline(_ points: [Point]) -> String {
        guard let first = points.first else { return "" }
        return "M" + point(first) + points.dropFirst().map { "L" + point($0) }.joined()
    }

    /// `M p0 L p1 M p1 L p2 ...`: one subpath per segment (a single point is a zero-length one).
    static func segments(_ points: [Point]) -> String {
        guard points.count > 1 else { return points.first.map { "M" + point($0) + "L" + point($0) } ?? "" }
        return zip(points, points.dropFirst()).map { "M" + point($0) + "L" + point($1) }.joined()
    }

    /// The area under a run down to `baseline`, closed.
    static func area(_ points: [Point], baseline: Double) -> String {
        guard let first = points.first, let last = points.last, points.count > 1 else { return "" }
        return polyline(points) + "L" + point(Point(last.x, baseline)) + "L" + point(Point(first.x, baseline)) + "Z"
    }

    /// A full circle as two half arcs.
    static func circle(center: Point, radius r: Double) -> String {
        "M" + point(Point(center.x - r, center.y)) + "A" + number(r) + " " + number(r) + " 0 1 0 " + point(Point(center.x + r, center.y))
            + "A" + number(r) + " " + number(r) + " 0 1 0 " + point(Point(center.x - r, center.y)) + "Z"
    }
}
