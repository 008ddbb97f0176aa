// Scale: maps data values to positions 0...1 along a chart axis, with "nice" round ticks.

import Foundation

/// A linear scale from a data domain to the unit interval, with round ticks (1, 2 or 5 × 10ⁿ).
///
/// Built from the data: the domain is widened to whole steps so that the first and last tick are
/// its ends. Bars include zero (a bar's length means something only from zero); negative values
/// get a zero baseline inside the domain. Degenerate data is handled: no values or all zeros give
/// 0...1, a single non-zero value gives 0...value (or value...0), and NaN and infinities are ignored.
public struct Scale: Hashable, Sendable {
    /// The lowest value of the axis (the first tick).
    public var lower: Double
    /// The highest value of the axis (the last tick); always above `lower`.
    public var upper: Double
    /// The distance between ticks: 1, 2 or 5 × 10ⁿ.
    public var step: Double
}

extension Scale {
    /// A scale covering `values` with at most `maxTicks` intervals (at least 1).
    ///
    /// - Parameters:
    ///   - includeZero: widen the domain to include zero (default true; bars and areas need it).
    ///   - maxTicks: the most intervals between ticks; the step is the smallest nice step that needs no more.
    public init(values: [Double], includeZero: Bool = true, maxTicks: Int = 5) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 0
        if includeZero || finite.isEmpty {
            low = Swift.min(low, 0)
            high = Swift.max(high, 0)
        }
        if low == high {
            // One distinct value, and zero is not wanted: a band around it.
            if low == 0 {
                high = 1
            } else if includeZero {
                (low, high) = low < 0 ? (low, 0) : (0, high)
            } else {
                let spread = Swift.abs(low) * 0.1
                (low, high) = (low - spread, high + spread)
            }
        }
        let intervals = Swift.max(1, maxTicks)
        var step = Scale.niceStep(atLeast: (high - low) / Double(intervals))
        // A nice step can still need one interval too many once both ends are rounded outwards.
        while (high / step).rounded(.up) - (low / step).rounded(.down) > Double(intervals) {
            step = Scale.niceStep(atLeast: step * 1.000_001)
        }
        self.init(lower: Scale.clean((low / step).rounded(.down) * step, step: step),
                  upper: Scale.clean((high / step).rounded(.up) * step, step: step), step: step)
    }

    /// The ticks from `lower` to `upper`, every `step`, written without floating-point noise
    /// (0.30000000000000004 becomes 0.3).
    public var ticks: [Double] {
        let first = (lower / step).rounded()
        let count = Int(((upper - lower) / step).rounded())
        return (0...Swift.max(0, count)).map { Scale.clean((first + Double($0)) * step, step: step) }
    }

    /// Where `value` falls: 0 at `lower`, 1 at `upper` (values outside give numbers outside 0...1).
    public func position(of value: Double) -> Double {
        (value - lower) / (upper - lower)
    }

    /// Where zero falls, clamped to 0...1: the baseline bars grow from.
    public var baseline: Double {
        Swift.min(1, Swift.max(0, position(of: 0)))
    }

    /// The smallest of 1, 2, 5 × 10ⁿ that is at least `raw` (1 for zero or non-finite input).
    public static func niceStep(atLeast raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        for factor in [1.0, 2, 5, 10] where factor * magnitude >= raw * (1 - 1e-12) {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// `value` rounded to the decimal precision of `step`, so ticks print as written.
    static func clean(_ value: Double, step: Double) -> Double {
        let digits = Swift.max(0, -Int((log10(step)).rounded(.down)) + 1)
        guard digits > 0, digits < 15 else { return value == 0 ? 0 : value }
        let factor = pow(10, Double(digits))
        let rounded = (value * factor).rounded() / factor
        return rounded == 0 ? 0 : rounded // no -0
    }
}
