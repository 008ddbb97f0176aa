import Foundation
import Infografis
import Yams

// The chart node kinds (`bar-chart`, `column-chart`, `line-chart`, `pie-chart`, `donut-chart`,
// `progress-bar`, `progress-ring`, `pictogram`) and the `data` value they share.

enum ChartKinds {
    /// Every chart kind, in the order the documentation lists them.
    static let all: [NodeKind] = [barChart, columnChart, lineChart, pieChart, donutChart, progressBar, progressRing, pictogram]

    static let groups: [PropertyGroup] = [.common, .inheritedText]
    /// Keys of every chart drawn from `data`.
    static let dataKeys = ["data", "width", "height", "format", "fraction-digits", "suffix", "colors", "legend"]
    /// Keys of bar and column charts.
    static let barKeys = dataKeys + ["mode", "values", "axis", "bar-radius"]

    static let barChart = NodeKind(name: "bar-chart", groups: groups, ownKeys: barKeys, requiredKeys: ["data"],
                                   scalarKey: nil) { input, decoder in
        guard let common = decoder.chartCommon(input), let bars = decoder.barOptions(input) else { return nil }
        return BarChart(common.data, width: common.width, height: common.height, mode: bars.mode, format: common.format,
                        fractionDigits: common.fractionDigits, suffix: common.suffix, values: bars.values, axis: bars.axis,
                        legend: common.legend, barRadius: bars.radius ?? 4)
    }

    static let columnChart = NodeKind(name: "column-chart", groups: groups, ownKeys: barKeys, requiredKeys: ["data"],
                                      scalarKey: nil) { input, decoder in
        guard let common = decoder.chartCommon(input), let bars = decoder.barOptions(input) else { return nil }
        return ColumnChart(common.data, width: common.width, height: common.height, mode: bars.mode, format: common.format,
                           fractionDigits: common.fractionDigits, suffix: common.suffix, values: bars.values != .none,
                           axis: bars.axis, legend: common.legend, barRadius: bars.radius ?? 4)
    }

    static let lineChart = NodeKind(name: "line-chart", groups: groups,
                                    ownKeys: dataKeys + ["area", "points", "values", "include-zero", "stroke-width"],
                                    requiredKeys: ["data"], scalarKey: nil) { input, decoder in
        guard let common = decoder.chartCommon(input) else { return nil }
        let v = input.values
        let area = v["area"].map { decoder.bool($0, "area") } ?? false
        let points = v["points"].map { decoder.bool($0, "points") } ?? true
        let values = v["values"].map { decoder.bool($0, "values") } ?? false
        let zero = v["include-zero"].map { decoder.bool($0, "include-zero") }
        let stroke = v["stroke-width"].map { decoder.number($0, "stroke-width", in: .positive) } ?? 3
        guard let area, let points, let values, let stroke, zero.map({ $0 != nil }) ?? true else { return nil }
        return LineChart(common.data, width: common.width, height: common.height, format: common.format,
                         fractionDigits: common.fractionDigits, suffix: common.suffix, area: area, points: points,
                         values: values, includeZero: zero ?? nil, strokeWidth: stroke, legend: common.legend)
    }

    static let pieKeys = dataKeys + ["labels", "center", "start-angle"]

    static let pieChart = NodeKind(name: "pie-chart", groups: groups, ownKeys: pieKeys, requiredKeys: ["data"],
                                   scalarKey: nil) { input, decoder in decoder.pie(input, hole: 0) }

    static let donutChart = NodeKind(name: "donut-chart", groups: groups, ownKeys: pieKeys + ["hole"],
                                     requiredKeys: ["data"], scalarKey: nil) { input, decoder in
        let hole = input.values["hole"].map { decoder.number($0, "hole", in: .closed(0...0.95)) } ?? 0.6
        guard let hole else { return nil }
        return decoder.pie(input, hole: hole)
    }

    static let progressKeys = ["value", "fill", "track", "format", "fraction-digits", "label"]

    static let progressBar = NodeKind(name: "progress-bar", groups: groups, ownKeys: progressKeys + ["thickness"],
                                      requiredKeys: ["value"], scalarKey: "value") { input, decoder in
        guard let p = decoder.progress(input) else { return nil }
        let thickness = input.values["thickness"].map { decoder.number($0, "thickness", in: .positive) } ?? 16
        guard let thickness else { return nil }
        return ProgressBar(value: p.value, thickness: thickness, fill: p.fill, track: p.track, label: p.label,
                           format: p.format, fractionDigits: p.fractionDigits)
    }

    static let progressRing = NodeKind(name: "progress-ring", groups: groups,
                                       ownKeys: progressKeys + ["diameter", "thickness"],
                                       requiredKeys: ["value"], scalarKey: "value") { input, decoder in
        guard let p = decoder.progress(input) else { return nil }
        let diameter = input.values["diameter"].map { decoder.number($0, "diameter", in: .positive) } ?? 160
        let thickness = input.values["thickness"].map { decoder.number($0, "thickness", in: .positive) } ?? nil
        guard let diameter, input.values["thickness"] == nil || thickness != nil else { return nil }
        return ProgressRing(value: p.value, diameter: diameter, thickness: thickness, fill: p.fill, track: p.track,
                            label: p.label, format: p.format, fractionDigits: p.fractionDigits)
    }

    static let pictogram = NodeKind(name: "pictogram", groups: groups,
                                    ownKeys: ["value", "total", "icon", "columns", "icon-size", "gap", "fill", "track"],
                                    requiredKeys: ["value"], scalarKey: "value") { input, decoder in
        let v = input.values
        let value = v["value"].map { decoder.number($0, "value", in: .nonNegative) } ?? nil
        let total = v["total"].map { decoder.integer($0, "total", in: .closed(1...1000)) } ?? 10
        // Icons are checked as the `icon` component checks them (same code and suggestions).
        var icon: String? = "account"
        if let iconNode = v["icon"] {
            switch decoder.iconSource(iconNode) {
            case .named(let name)?: icon = name
            case .file?:
                decoder.error("invalid-value", "A pictogram needs an icon name; SVG files cannot be recolored as filled and empty icons.",
                              at: iconNode, hint: "Use a Material Design Icons name, e.g. `icon: account`.")
                icon = nil
            case nil: icon = nil
            }
        }
        let columns = v["columns"].map { decoder.integer($0, "columns", in: .closed(1...1000)) } ?? nil
        let size = v["icon-size"].map { decoder.number($0, "icon-size", in: .positive) } ?? 40
        let gap = v["gap"].map { decoder.number($0, "gap", in: .nonNegative) } ?? nil
        let fill = v["fill"].map { decoder.color($0, "fill") } ?? nil
        let track = v["track"].map { decoder.color($0, "track") } ?? nil
        guard let value, let total, let icon, let size, v["columns"] == nil || columns != nil,
              v["gap"] == nil || gap != nil, v["fill"] == nil || fill != nil, v["track"] == nil || track != nil
        else { return nil }
        return Pictogram(value: value, total: total, icon: icon, columns: columns, iconSize: size,
                         gap: gap, fill: fill, track: track)
    }
}

// MARK: - Shared values

/// The keys every data chart reads.
struct ChartCommon {
    var data: ChartData
    var width: Double
    var height: Double
    var format: ChartNumberFormat
    var fractionDigits: Int?
    var suffix: String
    var legend: Bool?
}

extension FileDecoder {
    /// `data`, `width`, `height`, `format`, `fraction-digits`, `suffix`, `colors`, `legend`.
    func chartCommon(_ input: KindInput) -> ChartCommon? {
        let v = input.values
        let data = v["data"].flatMap(chartData)
        let width = v["width"].map { number($0, "width", in: .closed(1...16_384)) } ?? 600
        let height = v["height"].map { number($0, "height", in: .closed(1...16_384)) } ?? 400
        let format = v["format"].map { choice($0, "format", ChartNumberFormat.allCases.map { ($0.rawValue, $0) }) } ?? .auto
        let digits = v["fraction-digits"].map { integer($0, "fraction-digits", in: .closed(0...6)) }
        let suffix = v["suffix"].map { string($0, "suffix") } ?? ""
        let legend = v["legend"].map { bool($0, "legend") }
        let colors = v["colors"].map(colorList)
        guard var data, let width, let height, let format, let suffix, digits.map({ $0 != nil }) ?? true,
              legend.map({ $0 != nil }) ?? true, colors.map({ $0 != nil }) ?? true else { return nil }
        if let colors = colors ?? nil {
            // One series: a color per category (bars, slices); several: a color per series.
            if data.series.count == 1 {
                data.colors = colors
            } else {
                for index in data.series.indices where index < colors.count { data.series[index].color = colors[index] }
            }
        }
        return ChartCommon(data: data, width: width, height: height, format: format, fractionDigits: digits ?? nil,
                           suffix: suffix, legend: legend ?? nil)
    }

    /// `mode`, `values`, `axis`, `bar-radius` of bar and column charts.
    func barOptions(_ input: KindInput) -> (mode: SeriesMode, values: ValuePlacement, axis: Bool?, radius: Double?)? {
        let v = input.values
        let mode = v["mode"].map { choice($0, "mode", SeriesMode.allCases.map { ($0.rawValue, $0) }) } ?? .grouped
        let values: ValuePlacement?? = v["values"].map { node in
            if case .scalar(let s) = node, ["true", "false"].contains(s.string.lowercased()) {
                return s.string.lowercased() == "true" ? .auto : ValuePlacement.none
            }
            return choice(node, "values", ValuePlacement.allCases.map { ($0.rawValue, $0) } + [("true", .auto), ("false", .none)])
        }
        let axis = v["axis"].map { bool($0, "axis") }
        let radius = v["bar-radius"].map { number($0, "bar-radius", in: .nonNegative) }
        guard let mode, let values = values ?? .auto, axis.map({ $0 != nil }) ?? true,
              radius.map({ $0 != nil }) ?? true else { return nil }
        return (mode, values, axis ?? nil, radius ?? nil)
    }

    /// A list of colors.
    func colorList(_ node: YAMLNode) -> [Color]? {
        guard case .sequence(let items) = node, !items.isEmpty else {
            wrongType("colors", expected: "a list of colors", found: node)
            return nil
        }
        let colors = items.compactMap { color($0, "colors") }
        return colors.count == items.count ? colors : nil
    }
}

// MARK: - Pie and progress values

extension FileDecoder {
    /// A pie or donut chart with `hole`.
    func pie(_ input: KindInput, hole: Double) -> (any Element)? {
        guard let common = chartCommon(input) else { return nil }
        let v = input.values
        let labels = v["labels"].map { choice($0, "labels", SliceLabels.allCases.map { ($0.rawValue, $0) }) } ?? .percent
        let center = v["center"].map { string($0, "center") }
        let start = v["start-angle"].map { number($0, "start-angle") } ?? 0
        guard let labels, let start, center.map({ $0 != nil }) ?? true else { return nil }
        return PieChart(common.data, width: common.width, height: common.height, hole: hole, labels: labels,
                        center: center ?? nil, startAngle: start, format: common.format,
                        fractionDigits: common.fractionDigits, suffix: common.suffix, legend: common.legend ?? true)
    }

    /// `value`, `fill`, `track`, `label`, `format` (or `none`), `fraction-digits` of a progress bar or ring.
    func progress(_ input: KindInput) -> (value: Double, fill: Color?, track: Color?, label: String?,
                                          format: ChartNumberFormat?, fractionDigits: Int)? {
        let v = input.values
        let value = v["value"].map { number($0, "value") } ?? nil
        let fill = v["fill"].map { self.color($0, "fill") }
        let track = v["track"].map { self.color($0, "track") }
        let label = v["label"].map { string($0, "label") }
        var format: ChartNumberFormat? = .percent
        var formatFailed = false
        if let node = v["format"] {
            if case .scalar(let s) = node, s.string == "none" {
                format = nil
            } else if let parsed = choice(node, "format", ChartNumberFormat.allCases.map { ($0.rawValue, $0) }) {
                format = parsed
            } else {
                formatFailed = true
            }
        }
        let digits = v["fraction-digits"].map { integer($0, "fraction-digits", in: .closed(0...6)) } ?? 0
        guard let value, let digits, fill.map({ $0 != nil }) ?? true, track.map({ $0 != nil }) ?? true,
              label.map({ $0 != nil }) ?? true, !formatFailed else { return nil }
        return (value, fill ?? nil, track ?? nil, label ?? nil, format, digits)
    }
}
