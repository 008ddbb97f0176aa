import Foundation
@testable import Infografis
import InfografisFiles
import Testing

/// Charts in layout files: the same elements as in Swift, data from CSV, located errors.
struct ChartFileTests {
    /// A fresh directory holding `files` (name → contents).
    func directory(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("infografis-charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    func load(_ yaml: String, in directory: URL) throws(Diagnostics) -> Document {
        try LayoutFile.load(yaml: yaml, path: directory.appendingPathComponent("chart.yaml").path).document()
    }

    func messages(_ yaml: String, files: [String: String] = [:]) throws -> [String] {
        let dir = try directory(files)
        do {
            _ = try load(yaml, in: dir)
            return []
        } catch {
            return error.items.map { "\($0.code): \($0.message)" }
        }
    }

    static let csv = """
        provinsi;penduduk;"catatan, lain"
        Jawa Barat;49.935.858;a
        "Jawa Timur";41.149.974;b
        DKI Jakarta;;c

        """

    @Test func csvColumnsInTheLocale() throws {
        let dir = try directory(["p.csv": Self.csv])
        let data = try ChartData(csv: dir.appendingPathComponent("p.csv").path, label: "provinsi", value: "penduduk")
        #expect(data.labels == ["Jawa Barat", "Jawa Timur", "DKI Jakarta"])
        #expect(data.series.count == 1 && data.series[0].name == "penduduk")
        #expect(Array(data.series[0].values.prefix(2)) == [49_935_858, 41_149_974])
        #expect(data.series[0].values[2].isNaN, "an empty cell is a missing value")
        #expect(CSVText.rows("a,b\n\"x, \"\"y\"\"\",2\r\n") == [["a", "b"], ["x, \"y\"", "2"]])
    }

    @Test func csvProblemsAreLocatedAtRowAndColumn() throws {
        let dir = try directory(["p.csv": "provinsi,penduduk\nA,12\nB,dua belas\n"])
        let path = dir.appendingPathComponent("p.csv").path
        #expect(throws: Diagnostics.self) { try ChartData(csv: path, label: "provinsi", value: "jumlah") }
        do {
            _ = try ChartData(csv: path, label: "provinsi", value: "penduduk")
            Issue.record("expected an error")
        } catch {
            #expect(error.items.map(\.code) == ["invalid-number"])
            #expect(error.items.first?.location == .csv(path: path, row: 2, column: "penduduk"))
        }
    }

    @Test func yamlAndSwiftChartsExpandToEqualDocuments() throws {
        let dir = try directory(["p.csv": Self.csv])
        let yaml = """
            canvas: {width: 600, height: 900}
            body:
              column:
                children:
                  - bar-chart: {data: {csv: p.csv, label: provinsi, value: penduduk}, width: 500, height: 200, values: inside}
                  - column-chart:
                      data: {labels: ["2022", "2023"], series: [{name: A, values: [1, 2]}, {name: B, values: [3, null], color: "#E15554"}]}
                      mode: stacked
                      height: 200
                  - line-chart: {data: [{label: a, value: 1}, {label: b, value: 3}], area: true, format: compact, size: 20}
                  - donut-chart: {data: {labels: [x, y], values: [1, 3]}, center: "Total", colors: ["#000000", "#FFFFFF"]}
                  - progress-ring: 0.5
                  - progress-bar: {value: 0.25, label: Vaksin, format: none}
                  - pictogram: {value: 3.5, total: 5, icon: home}
            """
        let fromFile = try load(yaml, in: dir)
        let data = try ChartData(csv: dir.appendingPathComponent("p.csv").path, label: "provinsi", value: "penduduk")
        let swift = Infographic(canvas: Canvas(width: 600, height: 900)) {
            VStack {
                BarChart(data, width: 500, height: 200, values: .inside)
                ColumnChart(ChartData(labels: ["2022", "2023"], series: [
                    ChartSeries("A", values: [1, 2]), ChartSeries("B", values: [3, .nan], color: "#E15554"),
                ]), height: 200, mode: .stacked)
                LineChart(ChartData(labels: ["a", "b"], values: [1, 3]), format: .compact, area: true)
                    .font(size: 20)
                DonutChart(ChartData(labels: ["x", "y"], values: [1, 3], colors: ["#000000", "#FFFFFF"]), center: "Total")
                ProgressRing(value: 0.5)
                ProgressBar(value: 0.25, label: "Vaksin", format: nil)
                Pictogram(value: 3.5, total: 5, icon: "home")
            }
        }.document()
        for (a, b) in zip(fromFile.root.children, swift.root.children) {
            #expect(a == b)
        }
        // NaN never equals itself, so compare the column chart (with a missing value) by its description.
        #expect(String(describing: fromFile) == String(describing: swift))
    }

    @Test func chartErrorsAreLocated() throws {
        #expect(try messages("body: {bar-chart: {width: 100}}") == ["missing-property: `bar-chart` needs `data`."])
        #expect(try messages("body: {bar-chart: {data: {labels: [a, b], values: [1]}}}")
                == ["invalid-value: `values` has 1 numbers but `labels` has 2."])
        #expect(try messages("body: {bar-chart: {data: {csv: nope.csv, label: a, value: b}}}").first?
                    .hasPrefix("missing-file: The CSV file \"nope.csv\" does not exist") == true)
        let missing = try messages("body: {bar-chart: {data: {csv: p.csv, label: provinsi, value: jumlah}}}",
                                   files: ["p.csv": Self.csv])
        #expect(missing.count == 1 && missing[0].hasPrefix("missing-column: The CSV file") && missing[0].contains("row 0, column \"jumlah\""))
        #expect(try messages("body: {bar-chart: {data: [{label: a, value: 1}], mode: stack}}")
                == ["invalid-value: `mode` must be one of `grouped` or `stacked`; found \"stack\"."])
        #expect(try messages("body: {pictogram: {value: 3, icon: acount}}")
                == ["unknown-icon: There is no icon named `acount` in Material Design Icons."])
        #expect(try messages("body: {donut-chart: {data: [{label: a, value: 1}], hole: 1.5}}")
                == ["out-of-range: `hole` must be between 0 and 0.95; found 1.5."])
    }
}
