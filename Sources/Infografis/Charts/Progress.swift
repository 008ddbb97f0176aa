// ProgressBar and ProgressRing: one share of a whole, as a filled track or a ring.

import Foundation

/// A horizontal track filled to `value` (0...1), with an optional label and the value above it.
///
/// Its width follows its parent (it stretches like any box); the fill is a box sized in percent
/// of the track. File format: `progress-bar`.
public struct ProgressBar: Element {
    /// The share filled, 0...1 (clamped).
    public var value: Double
    /// Track height in pixels. Default 16.
    public var thickness: Double
    /// Fill color; nil: the first palette color.
    public var fill: Color?
    /// Track color; nil: the theme's track gray.
    public var track: Color?
    /// Text above the bar on the left; nil for none.
    public var label: String?
    /// How the value is written above the bar on the right; nil writes no value. Default `.percent`.
    public var format: ChartNumberFormat?
    /// Digits after the decimal separator. Default 0.
    public var fractionDigits: Int

    public init(value: Double, thickness: Double = 16, fill: Color? = nil, track: Color? = nil, label: String? = nil,
                format: ChartNumberFormat? = .percent, fractionDigits: Int = 0) {
        self.value = value
        self.thickness = thickness
        self.fill = fill
        self.track = track
        self.label = label
        self.format = format
        self.fractionDigits = fractionDigits
    }

    public func expand(in environment: Environment) -> [Node] {
        let fraction = value.isFinite ? Swift.min(1, Swift.max(0, value)) : 0
        let styles = ChartStyles(environment)
        let fill = self.fill ?? ChartColors.palette(in: environment)[0]
        var children: [Node] = []
        var header: [Node] = []
        if let label {
            var style = styles.label
            style.maxLines = 2
            var layout = Style()
            layout.flexShrink = 1
            layout.minWidth = .px(0)
            header.append(Node(.text(TextContent(label, style: style)), style: layout))
        }
        if let format {
            let text = ChartFormatter(locale: environment.locale, format: format, fractionDigits: fractionDigits, suffix: "")
                .value(fraction)
            var layout = Style()
            layout.flexShrink = 0
            layout.margin.left = .auto
            header.append(Node(.text(TextContent(text, style: styles.value)), style: layout))
        }
        if !header.isEmpty {
            var row = Style()
            row.alignItems = .flexEnd
            row.gap = .px((styles.label.size * 0.75).rounded())
            children.append(Node(.box, style: row, children: header))
        }
        var trackStyle = Style()
        trackStyle.height = .px(thickness)
        trackStyle.flexShrink = 0
        var trackDecoration = Decoration()
        trackDecoration.background = .solid(track ?? ChartColors.track(in: environment))
        trackDecoration.cornerRadius = CornerRadii(all: thickness / 2)
        trackDecoration.clipsContent = true
        var fillStyle = Style()
        fillStyle.width = .percent(fraction * 100)
        fillStyle.flexShrink = 0
        var fillDecoration = Decoration()
        fillDecoration.background = .solid(fill)
        fillDecoration.cornerRadius = CornerRadii(all: thickness / 2)
        children.append(Node(.box, style: trackStyle, decoration: trackDecoration,
                             children: fraction > 0 ? [Node(.box, style: fillStyle, decoration: fillDecoration)] : []))
        var column = Style()
        column.flexDirection = .column
        column.gap = .px((styles.label.size * 0.5).rounded())
        return [Node(.box, style: column, children: children)].labelled(progressSummary(label, fraction, environment.locale))
    }
}

/// A ring filled clockwise from the top to `value` (0...1), the value written in the middle.
///
/// The ring is a path whose view box is its pixel size. File format: `progress-ring`.
public struct ProgressRing: Element {
    /// The share filled, 0...1 (clamped).
    public var value: Double
    /// Outer diameter in pixels. Default 160.
    public var diameter: Double
    /// Ring width in pixels; nil: an eighth of the diameter.
    public var thickness: Double?
    /// Fill color; nil: the first palette color.
    public var fill: Color?
    /// Track color; nil: the theme's track gray.
    public var track: Color?
    /// Small text under the value, inside the ring; nil for none.
    public var label: String?
    /// How the value is written in the middle; nil writes nothing. Default `.percent`.
    public var format: ChartNumberFormat?
    /// Digits after the decimal separator. Default 0.
    public var fractionDigits: Int

    public init(value: Double, diameter: Double = 160, thickness: Double? = nil, fill: Color? = nil,
                track: Color? = nil, label: String? = nil, format: ChartNumberFormat? = .percent, fractionDigits: Int = 0) {
        self.value = value
        self.diameter = diameter
        self.thickness = thickness
        self.fill = fill
        self.track = track
        self.label = label
        self.format = format
        self.fractionDigits = fractionDigits
    }

    public func expand(in environment: Environment) -> [Node] {
        let fraction = value.isFinite ? Swift.min(1, Swift.max(0, value)) : 0
        let styles = ChartStyles(environment)
        let width = Swift.min(thickness ?? (diameter / 8).rounded(), diameter / 2)
        let radius = (diameter - width) / 2
        let center = Point(diameter / 2, diameter / 2)
        var layer = ChartLayer(Size(diameter, diameter))
        layer.path(PathBuilder.circle(center: center, radius: radius), fill: nil,
                   stroke: track ?? ChartColors.track(in: environment), strokeWidth: width)
        if fraction > 0 {
            layer.path(ProgressRing.arc(center: center, radius: radius, fraction: fraction), fill: nil,
                       stroke: fill ?? ChartColors.palette(in: environment)[0], strokeWidth: width,
                       lineCap: fraction < 1 ? .round : .butt)
        }
        var texts: [Node] = []
        if let format {
            var style = styles.value
            style.size = (diameter * 0.2).rounded()
            style.weight = Swift.max(700, style.weight)
            let text = ChartFormatter(locale: environment.locale, format: format, fractionDigits: fractionDigits, suffix: "")
                .value(fraction)
            texts.append(Node(.text(TextContent(text, style: style))))
        }
        if let label {
            var style = styles.tick
            style.size = Swift.max(10, Swift.min(styles.label.size, (diameter * 0.09).rounded()))
            style.maxLines = 2
            style.alignment = .center
            texts.append(Node(.text(TextContent(label, style: style))))
        }
        if !texts.isEmpty {
            let inner = (diameter - 2 * width) * 0.8
            var style = layer.placement(Rect(x: (diameter - inner) / 2, y: (diameter - inner) / 2, width: inner, height: inner),
                                        percent: false)
            style.flexDirection = .column
            style.alignItems = .center
            style.justifyContent = .center
            layer.nodes.append(Node(.box, style: style, children: texts))
        }
        return [layer.node()].labelled(progressSummary(label, fraction, environment.locale))
    }

    /// An arc from the top, clockwise, over `fraction` of a turn (a full circle at 1).
    static func arc(center: Point, radius: Double, fraction: Double) -> String {
        if fraction >= 1 { return PathBuilder.circle(center: center, radius: radius) }
        let angle = fraction * 2 * .pi
        let r = PathBuilder.number(radius)
        return "M" + PieGeometry.point(center, radius, 0) + "A\(r) \(r) 0 \(angle > .pi ? 1 : 0) 1 "
            + PieGeometry.point(center, radius, angle)
    }
}

/// `Vaksinasi dosis 1: 86,9%` (or the share alone without a label), for alt text.
func progressSummary(_ label: String?, _ fraction: Double, _ locale: String) -> String {
    let share = LocaleFormatter(locale).percent(fraction, fractionDigits: DisplayValue.percentDigits(fraction))
    return label.map { "\($0): \(share)" } ?? share
}
