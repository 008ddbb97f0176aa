import Foundation
import Infografis
import Yams

// `data` of a chart: inline labels and values, inline series, a list of {label, value}, or CSV columns.

extension FileDecoder {
    /// The forms of `data`, for messages.
    static let chartDataForms = "`{labels: [...], values: [...]}`, `{labels: [...], series: [{name, values}]}`, "
        + "a list of `{label, value}`, or `{csv: file.csv, label: column, value: column}`"

    /// A chart's `data`; nil when invalid (reported).
    func chartData(_ node: YAMLNode) -> ChartData? {
        switch node {
        case .sequence(let items):
            var labels: [String] = [], values: [Double] = []
            var colors: [Color?] = []
            for item in items {
                let fields = fields(item, "data", required: ["label", "value"], optional: ["color"])
                guard let labelNode = fields["label"], let valueNode = fields["value"],
                      let label = string(labelNode, "label"), let value = number(valueNode, "value") else { return nil }
                labels.append(label)
                values.append(value)
                colors.append(fields["color"].flatMap { color($0, "color") })
            }
            return ChartData(labels: labels, values: values, colors: colors)
        case .mapping(let mapping):
            let keys = mapping.compactMap { $0.key.scalar?.string }
            if keys.contains("csv") { return csvData(node) }
            let fields = fields(node, "data", required: ["labels"], optional: ["values", "series"])
            guard let labelsNode = fields["labels"], let labels = stringList(labelsNode, "labels") else { return nil }
            if let valuesNode = fields["values"] {
                guard let values = numberList(valuesNode, "values", count: labels.count) else { return nil }
                return ChartData(labels: labels, values: values)
            }
            guard let seriesNode = fields["series"], case .sequence(let items) = seriesNode, !items.isEmpty else {
                error("missing-property", "`data` needs `values` (one series) or `series` (several).", at: node,
                      hint: "e.g. `data: {labels: [A, B], values: [1, 2]}`")
                return nil
            }
            var series: [ChartSeries] = []
            for item in items {
                let f = self.fields(item, "series", required: ["values"], optional: ["name", "color"])
                guard let valuesNode = f["values"], let values = numberList(valuesNode, "values", count: labels.count)
                else { return nil }
                let name = f["name"].flatMap { string($0, "name") } ?? ""
                let color = f["color"].flatMap { self.color($0, "color") }
                series.append(ChartSeries(name, values: values, color: color))
            }
            return ChartData(labels: labels, series: series)
        default:
            wrongType("data", expected: Self.chartDataForms, found: node)
            return nil
        }
    }

    /// `{csv, label, value}` or `{csv, label, values: [...]}`: columns of a CSV file beside the layout file.
    private func csvData(_ node: YAMLNode) -> ChartData? {
        let fields = fields(node, "data", required: ["csv", "label"], optional: ["value", "values"])
        guard let csvNode = fields["csv"], let labelNode = fields["label"], let file = string(csvNode, "csv"),
              let label = string(labelNode, "label") else { return nil }
        var columns: [String] = []
        if let valueNode = fields["value"], let value = string(valueNode, "value") { columns.append(value) }
        if let valuesNode = fields["values"], let values = stringList(valuesNode, "values") { columns += values }
        guard !columns.isEmpty else {
            error("missing-property", "`data` needs `value` (a column name) or `values` (a list of them).", at: node,
                  hint: "e.g. `data: {csv: \(file), label: provinsi, value: penduduk}`")
            return nil
        }
        // Inside the project root, and a regular file (not a FIFO or a device that would block the read).
        guard let path = referencedFile(file, property: "csv", at: csvNode, what: "CSV") else { return nil }
        if let failure = SafeFile.check(path) {
            error("not-a-file", "The CSV file \"\(file)\" cannot be read: \(failure.reason).", at: csvNode,
                  hint: "Name a .csv file.")
            return nil
        }
        do {
            return try ChartData(csv: path, label: label, values: columns)
        } catch {
            for item in error.items {
                var message = item.message
                if let location = item.location { message += " (\(location.description.replacingOccurrences(of: path, with: file)))" }
                self.error(item.code, message, at: csvNode, hint: item.hint)
            }
            return nil
        }
    }

    /// A list of texts.
    func stringList(_ node: YAMLNode, _ property: String) -> [String]? {
        guard case .sequence(let items) = node else {
            wrongType(property, expected: "a list", found: node)
            return nil
        }
        let values = items.compactMap { string($0, property) }
        return values.count == items.count ? values : nil
    }

    /// A list of `count` numbers; `null` or `~` is a missing value.
    func numberList(_ node: YAMLNode, _ property: String, count: Int) -> [Double]? {
        guard case .sequence(let items) = node else {
            wrongType(property, expected: "a list of numbers", found: node)
            return nil
        }
        var values: [Double] = []
        for item in items {
            if isNull(item) { values.append(.nan); continue }
            guard let value = number(item, property) else { return nil }
            values.append(value)
        }
        guard values.count == count else {
            error("invalid-value", "`\(property)` has \(values.count) numbers but `labels` has \(count).", at: node,
                  hint: "Give one value per label; write `null` for a missing one.")
            return nil
        }
        return values
    }
}
