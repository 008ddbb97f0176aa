// Pictogram: "7 dari 10 warga" as a row (or grid) of icons, the first ones filled.

import Foundation

/// `total` icons of which the first `value` are filled; a fractional value fills the last icon
/// partly (the filled icon is clipped to a box of that fraction of its width).
///
/// Icons are Material Design Icons by name (default `account`, a person). File format: `pictogram`.
public struct Pictogram: Element {
    /// How many icons are filled; may be fractional (7.5 fills half of the eighth). Clamped to 0...total.
    public var value: Double
    /// Number of icons. Default 10.
    public var total: Int
    /// Material Design Icons name. Default `account`.
    public var icon: String
    /// Icons per row; nil: all in one row up to 10, else 10 per row.
    public var columns: Int?
    /// Icon size in pixels. Default 40.
    public var iconSize: Double
    /// Space between icons; nil: a fifth of the icon size.
    public var gap: Double?
    /// Filled icon color; nil: the first palette color.
    public var fill: Color?
    /// Empty icon color; nil: the theme's track gray.
    public var track: Color?

    public init(value: Double, total: Int = 10, icon: String = "account", columns: Int? = nil, iconSize: Double = 40,
                gap: Double? = nil, fill: Color? = nil, track: Color? = nil) {
        self.value = value
        self.total = total
        self.icon = icon
        self.columns = columns
        self.iconSize = iconSize
        self.gap = gap
        self.fill = fill
        self.track = track
    }

    public func expand(in environment: Environment) -> [Node] {
        let count = Swift.max(0, total)
        let filled = value.isFinite ? Swift.min(Double(count), Swift.max(0, value)) : 0
        let columns = Swift.max(1, self.columns ?? Swift.min(count, 10))
        let gap = self.gap ?? (iconSize / 5).rounded()
        let shape = Pictogram.shape(icon)
        let on = fill ?? ChartColors.palette(in: environment)[0]
        let off = track ?? ChartColors.track(in: environment)
        func iconNode(_ color: Color) -> Node {
            var content = shape
            content.fill = .solid(color)
            var style = Style()
            style.width = .px(iconSize)
            style.height = .px(iconSize)
            style.flexShrink = 0
            return Node(.path(content), style: style)
        }
        var icons: [Node] = []
        for index in 0..<count {
            let share = Swift.min(1, Swift.max(0, filled - Double(index)))
            if share >= 1 {
                icons.append(iconNode(on))
            } else if share <= 0 {
                icons.append(iconNode(off))
            } else {
                // The empty icon, and over it the filled one clipped to `share` of the width.
                var clip = Style()
                clip.position = .absolute
                clip.inset.left = .px(0)
                clip.inset.top = .px(0)
                clip.width = .px((iconSize * share * 100).rounded() / 100)
                clip.height = .px(iconSize)
                var decoration = Decoration()
                decoration.clipsContent = true
                let partial = Node(.box, style: clip, decoration: decoration, children: [iconNode(on)])
                var holder = Style()
                holder.width = .px(iconSize)
                holder.height = .px(iconSize)
                holder.flexShrink = 0
                icons.append(Node(.box, style: holder, children: [iconNode(off), partial]))
            }
        }
        var grid = Style()
        grid.flexWrap = .wrap
        grid.gap = .px(gap)
        grid.width = .px(Double(columns) * iconSize + Double(columns - 1) * gap)
        grid.flexShrink = 0
        grid.alignSelf = .flexStart
        let amount = LocaleFormatter(environment.locale).number(filled, fractionDigits: filled == filled.rounded() ? 0 : 1)
        let spoken = isEnglish(environment.locale) ? "\(amount) of \(count)" : "\(amount) dari \(count)"
        return [Node(.box, style: grid, children: icons)].labelled(spoken)
    }

    /// The icon's path, or a disc when the icon set or the name is missing.
    static func shape(_ name: String) -> PathContent {
        if let set = try? IconSet.materialDesign(), let path = set.path(named: name) { return path }
        return PathContent(data: PathBuilder.circle(center: Point(12, 12), radius: 10), viewBox: Rect(x: 0, y: 0, width: 24, height: 24))
    }
}
