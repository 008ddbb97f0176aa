// Pieces the category charts (bars, columns, lines) share: series modes, text styles, value
// domains, label thinning and tick choice.

import Foundation

/// How a chart with several series draws them.
public enum SeriesMode: String, Hashable, Sendable, CaseIterable {
    /// Side by side within each category.
    case grouped
    /// On top of each other: positive values stack away from zero one way, negatives the other.
    case stacked
}

/// Where a bar chart writes each value.
public enum ValuePlacement: String, Hashable, Sendable, CaseIterable {
    /// Past the bar's end when there is room, else inside a long bar (more room is reserved only
    /// when neither fits).
    case auto
    /// Always past the bar's end (room is reserved for the longest label).
    case outside
    /// Inside the bar's end when it fits, else past it.
    case inside
    /// No value labels.
    case none
}

/// The text styles of a chart, derived from the inherited text style.
struct ChartStyles {
    /// Category labels and legend entries.
    var label: TextStyle
    /// Value labels: the label style, semibold.
    var value: TextStyle
    /// Axis ticks: smaller and lighter.
    var tick: TextStyle

    init(_ environment: Environment) {
        var label = environment.textStyle
        label.autoFit = nil
        label.maxLines = 1
        self.label = label
        var value = label
        value.weight = Swift.max(600, label.weight)
        self.value = value
        var tick = label
        tick.size = (label.size * 0.85).rounded()
        tick.color = ChartColors.muted(in: environment)
        self.tick = tick
    }
}

extension ChartData {
    /// Per category, the sums of the positive and of the negative values over all series.
    var stackedExtents: [(negative: Double, positive: Double)] {
        labels.indices.map { index in
            var negative = 0.0, positive = 0.0
            for series in series where series.values[index].isFinite {
                if series.values[index] < 0 { negative += series.values[index] } else { positive += series.values[index] }
            }
            return (negative, positive)
        }
    }

    /// The values an axis must cover for `mode`.
    func domainValues(_ mode: SeriesMode) -> [Double] {
        switch mode {
        case .grouped: allValues
        case .stacked: stackedExtents.flatMap { [$0.negative, $0.positive] }
        }
    }
}

extension Scale {
    /// A scale that ends exactly at the data (and zero), for bars whose values are written on
    /// them: no axis is drawn, so there is no reason to round the ends outwards.
    static func tight(_ values: [Double]) -> Scale {
        let low = Swift.min(0, values.min() ?? 0)
        var high = Swift.max(0, values.max() ?? 0)
        if low == high { high = 1 }
        return Scale(lower: low, upper: high, step: Scale(values: values).step)
    }

    /// The nice scale for `values` whose tick labels (written by `format`) fit side by side in
    /// `length` pixels (`vertical`: stacked one above another, one line each).
    static func fitting(_ values: [Double], includeZero: Bool, length: Double, vertical: Bool,
                        style: TextStyle, format: ChartFormatter) -> Scale {
        var maxTicks = 6
        while true {
            let scale = Scale(values: values, includeZero: includeZero, maxTicks: maxTicks)
            let ticks = scale.ticks
            let spacing = length / Double(Swift.max(1, ticks.count - 1))
            let needed = vertical ? TextEstimate.lineHeight(style) * 1.5
                : (ticks.map { TextEstimate.width(scale.label($0, format), style) }.max() ?? 0) + style.size
            if spacing >= needed || maxTicks <= 1 { return scale }
            maxTicks -= 1
        }
    }

    /// A tick's label.
    func label(_ tick: Double, _ format: ChartFormatter) -> String {
        format.tick(tick, step: step, largest: Swift.max(Swift.abs(lower), Swift.abs(upper)))
    }
}

/// Which category labels to show when they do not all fit: every `stride`-th one, from the first.
struct LabelThinning: Equatable {
    /// Show every `stride`-th label (1: all).
    var stride: Int
    /// Lines each label may take.
    var lines: Int

    /// Labels along an axis where each category gets `band` pixels and a label needs `needed`
    /// pixels (its width on a horizontal axis, its line height on a vertical one); `twoLines`
    /// says a label would fit in `band` if wrapped onto two lines.
    static func along(band: Double, needed: Double, gap: Double, twoLines: Bool = false) -> LabelThinning {
        if needed + gap <= band { return LabelThinning(stride: 1, lines: 1) }
        if twoLines { return LabelThinning(stride: 1, lines: 2) }
        return LabelThinning(stride: Swift.max(1, Int(((needed + gap) / Swift.max(band, 0.001)).rounded(.up))), lines: 1)
    }

    /// True when the label at `index` is shown.
    func shows(_ index: Int) -> Bool { index % stride == 0 }
}
