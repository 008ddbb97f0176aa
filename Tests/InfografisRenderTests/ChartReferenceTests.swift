import Testing
import Foundation
import InfografisCore
import Infografis

/// One reference image per chart type, 480 × 360, rendered through the whole engine.
@Suite struct ChartReferenceTests {
    static let size = Canvas(width: 480, height: 360)

    /// Renders `chart` on a 480 × 360 card with 24 px padding (charts 432 × 312).
    func expect(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
                @ElementBuilder _ chart: () -> any Element) throws {
        let document = Infographic(canvas: Self.size, textStyle: TextStyle(family: "Inter", size: 14, color: "#1F2D3A")) {
            VStack(spacing: 16) { chart() }.padding(24)
        }.document()
        let engine = Engine()
        let laidOut = engine.layout(try engine.prepare(document))
        try ReferenceImage.expectMatch(laidOut.frame, named: name, sourceLocation: sourceLocation)
    }

    static let provinces = ChartData(labels: ["Jawa Barat", "Jawa Timur", "Jawa Tengah", "Sumatera Utara", "Banten", "DKI Jakarta"],
                                     values: [49_935_858, 41_149_974, 37_540_750, 15_386_640, 12_431_390, 10_679_951])
    static let years = ["2019", "2020", "2021", "2022", "2023"]

    @Test func barChart() throws {
        try expect("chart-bar") { BarChart(Self.provinces, width: 432, height: 312) }
    }

    @Test func barChartNegativeWithAxis() throws {
        let data = ChartData(labels: ["Ekspor", "Impor", "Neraca", "Jasa"], values: [120.5, -80.25, 40, -12])
        try expect("chart-bar-negative") { BarChart(data, width: 432, height: 312, axis: true) }
    }

    @Test func stackedBarChart() throws {
        let data = ChartData(labels: ["Q1", "Q2", "Q3", "Q4"], series: [
            ChartSeries("Pusat", values: [10, 20, 15, 22]), ChartSeries("Daerah", values: [5, 8, 12, 9]),
            ChartSeries("Swasta", values: [3, 4, 6, 8]),
        ])
        try expect("chart-bar-stacked") { BarChart(data, width: 432, height: 312, mode: .stacked) }
    }

    @Test func groupedColumnChart() throws {
        let data = ChartData(labels: Self.years, series: [
            ChartSeries("Laki-laki", values: [10.2, 12, 13.5, 15, 16.1]), ChartSeries("Perempuan", values: [9, 11.4, 14, 15.2, 17]),
        ])
        try expect("chart-column-grouped") { ColumnChart(data, width: 432, height: 312, format: .number, suffix: "%") }
    }

    @Test func columnChartSixtyCategories() throws {
        let labels = (1...60).map { "Kab \($0)" }
        let values = (1...60).map { Double(($0 * 37) % 100) * 1e7 - 2e8 }
        try expect("chart-column-60") { ColumnChart(ChartData(labels: labels, values: values), width: 432, height: 312) }
    }

    @Test func lineChartWithArea() throws {
        let data = ChartData(labels: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu"], series: [
            ChartSeries("2023", values: [120, 135, 150, 148, .nan, 172, 168, 180]),
            ChartSeries("2024", values: [130, 128, 160, 170, 175, 182, 190, 200]),
        ])
        try expect("chart-line") { LineChart(data, width: 432, height: 312, area: true) }
    }

    @Test func donutChart() throws {
        let data = ChartData(labels: ["Jawa", "Sumatera", "Sulawesi", "Kalimantan", "Lainnya"], values: [56.1, 21.7, 7.4, 6.1, 8.7])
        try expect("chart-donut") { DonutChart(data, width: 432, height: 312, center: "270,2 juta\njiwa") }
    }

    @Test func pieChart() throws {
        let data = ChartData(labels: ["Setuju", "Tidak setuju", "Ragu-ragu"], values: [62, 25, 13])
        try expect("chart-pie") { PieChart(data, width: 432, height: 312) }
    }

    @Test func progressBarsAndRings() throws {
        try expect("chart-progress") {
            HStack(alignment: .center, spacing: 24) {
                ProgressRing(value: 0.737, diameter: 140, label: "aktif di medsos")
                ProgressRing(value: 1, diameter: 90, fill: "#E15554")
            }
            ProgressBar(value: 0.737, label: "Pengguna internet")
            ProgressBar(value: 0.05, thickness: 10, fill: "#0B3C5D", label: "Vaksinasi dosis 4")
            ProgressBar(value: 0, format: nil)
        }
    }

    @Test func pictogram() throws {
        try expect("chart-pictogram") {
            Text("7,5 dari 10 warga").font(size: 20, weight: .bold)
            Pictogram(value: 7.5, iconSize: 36)
            Pictogram(value: 23.3, total: 40, icon: "home", columns: 20, iconSize: 18, fill: "#F4A259")
        }
    }
}
