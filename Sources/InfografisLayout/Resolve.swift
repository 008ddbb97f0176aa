import InfografisCore

// Resolve: turning `Style` values into pixels, and the small value types the algorithms share.

/// The space a node may fill along one axis while it is being sized.
enum AvailableSpace: Hashable {
    /// A definite amount of pixels (the node's outer size should fit it).
    case definite(Double)
    /// Size under a min-content constraint (take every soft wrap opportunity).
    case minContent
    /// Size under a max-content constraint (take no soft wrap opportunity).
    case maxContent

    /// The definite amount, or nil.
    var value: Double? {
        if case let .definite(v) = self { return v }
        return nil
    }

    /// The definite amount reduced by `amount` (floored at zero); intrinsic constraints unchanged.
    func shrunk(by amount: Double) -> AvailableSpace {
        if case let .definite(v) = self { return .definite(max(0, v - amount)) }
        return self
    }
}

/// A pair of values, one per physical axis.
struct Axes<Value: Hashable & Sendable>: Hashable, Sendable {
    var width: Value
    var height: Value

    /// The value along the main axis of `direction`.
    func main(_ direction: FlexDirection) -> Value { direction.isRow ? width : height }
    /// The value along the cross axis of `direction`.
    func cross(_ direction: FlexDirection) -> Value { direction.isRow ? height : width }

    mutating func setMain(_ direction: FlexDirection, _ value: Value) {
        if direction.isRow { width = value } else { height = value }
    }

    mutating func setCross(_ direction: FlexDirection, _ value: Value) {
        if direction.isRow { height = value } else { width = value }
    }

    /// Builds a pair from main- and cross-axis values.
    static func fromMain(_ direction: FlexDirection, main: Value, cross: Value) -> Axes {
        direction.isRow ? Axes(width: main, height: cross) : Axes(width: cross, height: main)
    }
}

typealias OptionalSize = Axes<Double?>

/// A preferred aspect ratio and the box it applies to: the border box for `Style.aspectRatio`
/// (box-sizing is border-box), the content box for an image's or path's natural ratio.
struct AspectRatio {
    /// Width / height, positive and finite.
    var value: Double
    /// Padding plus border, removed before and added after applying the ratio (zero for border-box ratios).
    var inset: Axes<Double>

    func height(forWidth width: Double) -> Double {
        max(0, width - inset.width) / value + inset.height
    }

    func width(forHeight height: Double) -> Double {
        max(0, height - inset.height) * value + inset.width
    }

    /// Main size from cross size along `direction`.
    func main(fromCross cross: Double, _ direction: FlexDirection) -> Double {
        direction.isRow ? width(forHeight: cross) : height(forWidth: cross)
    }
}

extension Axes where Value == Double? {
    static let none = Axes(width: nil, height: nil)

    /// Fills the missing side from the other one through `ratio`.
    func applying(_ ratio: AspectRatio?) -> Axes {
        guard let ratio else { return self }
        switch (width, height) {
        case let (w?, nil): return Axes(width: w, height: ratio.height(forWidth: w))
        case let (nil, h?): return Axes(width: ratio.width(forHeight: h), height: h)
        default: return self
        }
    }

    /// This value where set, otherwise `other`'s.
    func or(_ other: Axes) -> Axes { Axes(width: width ?? other.width, height: height ?? other.height) }
}

extension FlexDirection {
    var isRow: Bool { self == .row || self == .rowReverse }
    var isReverse: Bool { self == .rowReverse || self == .columnReverse }
}

extension Dimension {
    /// Pixels, with percentages of `base`; nil for `auto`, a percentage of an unknown base, or a
    /// non-finite result (so infinities never reach the arithmetic).
    func resolve(_ base: Double?) -> Double? {
        let value: Double? = switch self {
        case .auto: nil
        case let .px(value): value
        case let .percent(value): base.map { $0 * value / 100 }
        }
        guard let value, value.isFinite else { return nil }
        return value
    }

    /// Like `resolve`, with zero for `auto` and unresolvable percentages.
    func resolveOrZero(_ base: Double?) -> Double { resolve(base) ?? 0 }

    var isAuto: Bool { self == .auto }
}

extension Style {
    /// `width`/`height` resolved against `parent` (the containing block); no aspect ratio applied.
    func size(in parent: OptionalSize) -> OptionalSize {
        Axes(width: width.resolve(parent.width), height: height.resolve(parent.height))
    }

    /// `min-width`/`min-height` (auto is nil) resolved against `parent`.
    func minSize(in parent: OptionalSize) -> OptionalSize {
        Axes(width: minWidth.resolve(parent.width), height: minHeight.resolve(parent.height))
    }

    /// `max-width`/`max-height` (none is nil) resolved against `parent`.
    func maxSize(in parent: OptionalSize) -> OptionalSize {
        Axes(width: maxWidth.resolve(parent.width), height: maxHeight.resolve(parent.height))
    }

    /// Padding in pixels; percentages refer to the containing block's width (zero when unknown).
    func resolvedPadding(_ containingWidth: Double?) -> Edges<Double> {
        padding.map { max(0, $0.resolveOrZero(containingWidth)) }
    }

    /// Margins in pixels, `auto` as zero; percentages refer to the containing block's width.
    func resolvedMargin(_ containingWidth: Double?) -> Edges<Double> {
        margin.map { $0.resolveOrZero(containingWidth) }
    }

    /// Border widths, negative or non-finite ones as zero.
    var resolvedBorder: Edges<Double> { border.map(finiteLength) }

    /// Padding plus border.
    func paddingBorder(_ containingWidth: Double?) -> Edges<Double> {
        let p = resolvedPadding(containingWidth), b = resolvedBorder
        return Edges(top: p.top + b.top, right: p.right + b.right, bottom: p.bottom + b.bottom, left: p.left + b.left)
    }

    /// The aspect ratio if it is a usable positive number.
    var usableAspectRatio: Double? {
        guard let aspectRatio, aspectRatio > 0, aspectRatio.isFinite else { return nil }
        return aspectRatio
    }
}

extension Edges where Value == Double {
    /// Sum along the main axis of `direction`.
    func mainSum(_ direction: FlexDirection) -> Double { direction.isRow ? horizontal : vertical }
    /// Sum along the cross axis of `direction`.
    func crossSum(_ direction: FlexDirection) -> Double { direction.isRow ? vertical : horizontal }
    /// The physical main-start side (left for row, right for row-reverse...).
    func mainStart(_ direction: FlexDirection) -> Double {
        switch direction {
        case .row: left
        case .rowReverse: right
        case .column: top
        case .columnReverse: bottom
        }
    }
    /// The physical main-end side.
    func mainEnd(_ direction: FlexDirection) -> Double {
        switch direction {
        case .row: right
        case .rowReverse: left
        case .column: bottom
        case .columnReverse: top
        }
    }
    /// Both sides as a pair (horizontal: left+right; vertical: top+bottom).
    var sums: Axes<Double> { Axes(width: horizontal, height: vertical) }
}

extension Double {
    /// Clamps to `[min, max]` where given; the minimum wins over the maximum, as in CSS.
    func clamped(min lower: Double?, max upper: Double?) -> Double {
        var value = self
        if let upper, value > upper { value = upper }
        if let lower, value < lower { value = lower }
        return value
    }
}

extension Optional where Wrapped == Double {
    /// Clamps when set.
    func clamped(min lower: Double?, max upper: Double?) -> Double? {
        map { $0.clamped(min: lower, max: upper) }
    }
}
