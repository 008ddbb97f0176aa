import Foundation
@testable import Infografis
import Testing

/// Scales and ticks for awkward data, and how ticks are written in the locale.
struct ChartScaleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var values: [Double]
        var includeZero = true
        var maxTicks = 5
        var ticks: [Double]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "simple positives", values: [3, 7, 12], ticks: [0, 5, 10, 15]),
        Case(name: "all zeros", values: [0, 0, 0], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        Case(name: "no values", values: [], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
        Case(name: "NaN and infinity ignored", values: [.nan, 4, .infinity], ticks: [0, 1, 2, 3, 4]),
        Case(name: "one bar", values: [42], ticks: [0, 10, 20, 30, 40, 50]),
        Case(name: "one negative bar", values: [-42], ticks: [-50, -40, -30, -20, -10, 0]),
        Case(name: "negatives only", values: [-3, -18], ticks: [-20, -15, -10, -5, 0]),
        Case(name: "mixed signs", values: [-80.25, 120.5, 40], ticks: [-100, -50, 0, 50, 100, 150]),
        Case(name: "1e9 values", values: [1.2e9, 8.5e8, 3.1e9], ticks: [0, 1e9, 2e9, 3e9, 4e9]),
        Case(name: "tiny range", values: [0.001], ticks: [0, 0.0002, 0.0004, 0.0006, 0.0008, 0.001]),
        Case(name: "tiny range away from zero", values: [1000.001, 1000.003], includeZero: false,
             ticks: [1000.001, 1000.0015, 1000.002, 1000.0025, 1000.003]),
        Case(name: "single value without zero", values: [50], includeZero: false, ticks: [45, 50, 55]),
        Case(name: "60 categories", values: (0..<60).map { Double($0) * 1.7 }, maxTicks: 6,
             ticks: [0, 20, 40, 60, 80, 100, 120]),
        Case(name: "fractions", values: [0.737, 0.42, 0.1], ticks: [0, 0.2, 0.4, 0.6, 0.8]),
        Case(name: "one tick interval", values: [7], maxTicks: 1, ticks: [0, 10]),
    ]

    @Test(arguments: cases) func niceTicks(_ c: Case) {
        let scale = Scale(values: c.values, includeZero: c.includeZero, maxTicks: c.maxTicks)
        #expect(scale.ticks == c.ticks, "\(scale)")
        #expect(scale.lower < scale.upper)
        #expect(scale.ticks.count - 1 <= max(1, c.maxTicks))
        for value in c.values where value.isFinite {
            #expect(scale.lower <= value && value <= scale.upper)
        }
        if c.includeZero { #expect(scale.ticks.contains(0)) }
    }

    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        for raw in [0.00013, 0.7, 1, 1.01, 2.5, 7, 33, 999, 1.2e9] {
            let step = Scale.niceStep(atLeast: raw)
            let mantissa = step / pow(10, log10(step).rounded(.down))
            #expect([1, 2, 5].contains { abs(mantissa - $0) < 1e-9 }, "\(raw) → \(step)")
            #expect(step >= raw * (1 - 1e-12))
            #expect(step < raw * 5 + 1e-12)
        }
        #expect(Scale.niceStep(atLeast: 0) == 1)
        #expect(Scale.niceStep(atLeast: .nan) == 1)
    }

    @Test func positionsAndBaseline() {
        let scale = Scale(values: [-50, 150])
        #expect(scale.position(of: scale.lower) == 0)
        #expect(scale.position(of: scale.upper) == 1)
        #expect(scale.baseline == 0.25)
        #expect(Scale(values: [5, 10], includeZero: false).baseline == 0)
    }

    @Test func tightScaleEndsAtTheData() {
        let scale = Scale.tight([49.9, 10.7])
        #expect(scale.lower == 0 && scale.upper == 49.9)
        #expect(Scale.tight([0, 0]).upper == 1)
        #expect(Scale.tight([-3, 2]).lower == -3)
    }

    // MARK: - Tick labels

    @Test func ticksAreWrittenInTheLocale() {
        let id = ChartFormatter(locale: "id-ID", format: .auto, fractionDigits: nil, suffix: "")
        let billions = Scale(values: [1.2e9, 3.1e9])
        #expect(billions.ticks.map { billions.label($0, id) } == ["0", "1\u{A0}miliar", "2\u{A0}miliar", "3\u{A0}miliar", "4\u{A0}miliar"])
        let halves = Scale(values: [2.5e9], maxTicks: 5)
        #expect(halves.ticks.map { halves.label($0, id) } == ["0", "500\u{A0}juta", "1\u{A0}miliar", "1,5\u{A0}miliar", "2\u{A0}miliar", "2,5\u{A0}miliar"])
        let small = Scale(values: [0.001])
        #expect(small.ticks.map { small.label($0, id) } == ["0", "0,0002", "0,0004", "0,0006", "0,0008", "0,001"])
        let thousands = Scale(values: [12_500])
        #expect(thousands.ticks.map { thousands.label($0, id) } == ["0", "5.000", "10.000", "15.000"])
        let en = ChartFormatter(locale: "en-US", format: .auto, fractionDigits: nil, suffix: "")
        #expect(billions.ticks.map { billions.label($0, en) }.last == "4B")
        let percent = ChartFormatter(locale: "id-ID", format: .percent, fractionDigits: nil, suffix: "")
        let shares = Scale(values: [0.737])
        #expect(shares.ticks.map { shares.label($0, percent) } == ["0%", "20%", "40%", "60%", "80%"])
        let negative = Scale(values: [-80.25, 120.5])
        #expect(negative.ticks.map { negative.label($0, id) }.first == "-100")
    }

    @Test func valueLabels() {
        let id = ChartFormatter(locale: "id-ID", format: .auto, fractionDigits: nil, suffix: "")
        #expect(id.value(49_935_858) == "49,9\u{A0}juta")
        #expect(id.value(120.5) == "120,5")
        #expect(id.value(1234) == "1.234")
        #expect(id.value(.nan) == "")
        let digits = ChartFormatter(locale: "id-ID", format: .number, fractionDigits: 2, suffix: " jiwa")
        #expect(digits.value(3.5) == "3,50 jiwa")
        let percent = ChartFormatter(locale: "en-US", format: .percent, fractionDigits: nil, suffix: "")
        #expect(percent.value(0.737) == "73.7%")
    }

    // MARK: - Label thinning

    @Test func labelsThinWhenTheyDoNotFit() {
        #expect(LabelThinning.along(band: 100, needed: 60, gap: 8) == LabelThinning(stride: 1, lines: 1))
        #expect(LabelThinning.along(band: 50, needed: 60, gap: 8, twoLines: true) == LabelThinning(stride: 1, lines: 2))
        // 60 categories across 900 px with 40 px labels: every third.
        let thinned = LabelThinning.along(band: 15, needed: 40, gap: 8)
        #expect(thinned.stride == 4)
        #expect((0..<60).filter(thinned.shows).count == 15)
        #expect(LabelThinning.along(band: 0, needed: 10, gap: 0).stride > 1)
    }
}
