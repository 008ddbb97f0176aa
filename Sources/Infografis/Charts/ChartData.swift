// ChartData: the categories and series a chart draws, given inline or read from a CSV file.

import Foundation

/// One named row of values, one value per category (a bar color, a line).
public struct ChartSeries: Hashable, Sendable {
    /// Name shown in the legend; empty for a chart's only series.
    public var name: String
    /// One value per category; NaN marks a missing value (a gap in a line, no bar).
    public var values: [Double]
    /// Color; nil takes the next color of the theme's chart palette.
    public var color: Color?

    public init(_ name: String = "", values: [Double], color: Color? = nil) {
        self.name = name
        self.values = values
        self.color = color
    }
}

/// What a chart draws: category labels and one or more series of values.
public struct ChartData: Hashable, Sendable {
    /// Category labels (bars, columns, x positions, slices), in order.
    public var labels: [String]
    /// The series; every series has a value per label (missing ones are NaN).
    public var series: [ChartSeries]
    /// Colors per category (pie slices, the bars of a one-series chart); missing or nil entries
    /// take the series color or the palette. Default none.
    public var colors: [Color?] = []

    /// Categories and several series; series shorter than `labels` are padded with NaN.
    public init(labels: [String], series: [ChartSeries]) {
        self.labels = labels
        self.series = series.map { series in
            var series = series
            if series.values.count < labels.count {
                series.values += Array(repeating: .nan, count: labels.count - series.values.count)
            }
            series.values = Array(series.values.prefix(labels.count))
            return series
        }
    }

    /// Categories and one series.
    public init(labels: [String], values: [Double], name: String = "", colors: [Color?] = []) {
        self.init(labels: labels, series: [ChartSeries(name, values: values)])
        self.colors = colors
    }

    /// One series from label–value pairs, in order: `["Jawa Barat": 49.9, "Jawa Timur": 41.1]`.
    public init(_ pairs: KeyValuePairs<String, Double>) {
        self.init(labels: pairs.map(\.key), values: pairs.map(\.value))
    }

    /// Every finite value of every series.
    var allValues: [Double] { series.flatMap(\.values).filter(\.isFinite) }
}

// MARK: - CSV

extension ChartData {
    /// Reads a chart's data from columns of a CSV file: labels from column `label`, one series per
    /// name in `values` (the series is named after its column).
    ///
    /// The file is UTF-8 with a header row; the separator is `,` or, when the header has more of
    /// them, `;` (spreadsheets in Indonesian locales write `;`). Cells may be quoted (`"a, b"`,
    /// `""` for a quote). Numbers are read as plain numbers (`1234.5`) or as written in `locale`
    /// (`1.234,5`, `73,7%`); an empty cell is a missing value. Problems throw diagnostics located
    /// at the CSV row and column.
    public init(csv path: String, label: String, values: [String], locale: String = "id-ID") throws(Diagnostics) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Diagnostics([Diagnostic(code: "unreadable-file", message: "Cannot read the CSV file \"\(path)\".",
                                          hint: "Check the path, and that the file is UTF-8 text.")])
        }
        let rows = CSVText.rows(text)
        guard let header = rows.first else {
            throw Diagnostics([Diagnostic(code: "empty-csv", message: "The CSV file \"\(path)\" is empty.",
                                          location: .csv(path: path, row: 0, column: label),
                                          hint: "Write a header row first, e.g. `\(label),\(values.first ?? "nilai")`.")])
        }
        let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
        var problems: [Diagnostic] = []
        func column(_ name: String) -> Int? {
            if let index = names.firstIndex(of: name) { return index }
            problems.append(Diagnostic(code: "missing-column", message: "The CSV file \"\(path)\" has no column \"\(name)\".",
                                       location: .csv(path: path, row: 0, column: name),
                                       hint: "Its columns are " + names.map { "\"\($0)\"" }.joined(separator: ", ") + "."))
            return nil
        }
        let labelColumn = column(label)
        let valueColumns = values.map { ($0, column($0)) }
        guard let labelColumn, problems.isEmpty else { throw Diagnostics(problems) }
        let formatter = LocaleFormatter(locale)
        var labels: [String] = []
        var series = values.map { ChartSeries($0, values: []) }
        for (index, row) in rows.dropFirst().enumerated() where !(row.count == 1 && row[0].isEmpty) {
            labels.append(labelColumn < row.count ? row[labelColumn] : "")
            for (seriesIndex, (name, column)) in valueColumns.enumerated() {
                let cell = column.flatMap { $0 < row.count ? row[$0] : nil }?.trimmingCharacters(in: .whitespaces) ?? ""
                if cell.isEmpty {
                    series[seriesIndex].values.append(.nan)
                } else if let number = Double(cell) ?? (try? formatter.parseNumber(cell)), number.isFinite {
                    series[seriesIndex].values.append(number)
                } else {
                    series[seriesIndex].values.append(.nan)
                    problems.append(Diagnostic(code: "invalid-number",
                                               message: "The cell \"\(cell)\" is not a number.",
                                               location: .csv(path: path, row: index + 1, column: name),
                                               hint: "Write numbers as 1234.5 or as in \(locale), e.g. \(formatter.number(1234.5))."))
                }
            }
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        self.init(labels: labels, series: series)
    }

    /// One series from the CSV column `value`, labelled by the column `label`.
    public init(csv path: String, label: String, value: String, locale: String = "id-ID") throws(Diagnostics) {
        try self.init(csv: path, label: label, values: [value], locale: locale)
    }
}

/// A small RFC 4180 reader for chart data (a streaming reader for batch data lives elsewhere).
enum CSVText {
    /// The rows of `text`, each a list of unquoted cells.
    static func rows(_ text: String) -> [[String]] {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let firstLine = body.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var iterator = body.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { cell.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" && cell.isEmpty {
                quoted = true
            } else if character == separator {
                row.append(cell)
                cell = ""
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                row.append(cell)
                rows.append(row)
                row = []
                cell = ""
            } else {
                cell.append(character)
            }
        }
        if !cell.isEmpty || !row.isEmpty {
            row.append(cell)
            rows.append(row)
        }
        return rows
    }
}
