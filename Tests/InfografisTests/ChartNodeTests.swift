import Foundation
@testable import Infografis
import InfografisText
import Testing

/// The primitive trees charts expand to: only boxes, texts and paths, placed where they must be.
struct ChartNodeTests {
    static let environment = Environment(textStyle: TextStyle(family: "Inter", size: 16), locale: "id-ID")

    /// The chart's fixed-size layer (the only child of the wrapper node).
    func layer(_ element: any Element) throws -> Node {
        let nodes = element.expand(in: Self.environment)
        #expect(nodes.count == 1)
        return try #require(nodes.first?.children.first)
    }

    /// Every node of `node`'s subtree, depth first.
    func all(_ node: Node) -> [Node] { [node] + node.children.flatMap(all) }

    func texts(_ node: Node) -> [String] {
        all(node).compactMap { if case .text(let t) = $0.kind { t.text } else { nil } }
    }

    /// The pixel rect of an absolutely placed node.
    func rect(_ node: Node) -> Rect? {
        guard case .px(let x) = node.style.inset.left, case .px(let y) = node.style.inset.top,
              case .px(let w) = node.style.width, case .px(let h) = node.style.height else { return nil }
        return Rect(x: x, y: y, width: w, height: h)
    }

    /// Label boxes (the absolutely placed boxes holding one text) directly in the layer.
    func labelBoxes(_ layer: Node) -> [(String, Rect)] {
        layer.children.compactMap { child in
            guard child.children.count == 1, case .text(let t) = child.children[0].kind, let r = rect(child) else { return nil }
            return (t.text, r)
        }
    }

    func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        a.x < b.maxX - 0.01 && b.x < a.maxX - 0.01 && a.y < b.maxY - 0.01 && b.y < a.maxY - 0.01
    }

    // MARK: - Bars

    @Test func barChartIsBoxesInPercentAndTexts() throws {
        let data = ChartData(labels: ["Jawa Barat", "Jawa Timur", "Banten"], values: [49.9, 41.1, 12.4])
        let layer = try layer(BarChart(data, width: 480, height: 200))
        #expect(layer.style.width == .px(480) && layer.style.height == .px(200))
        let kinds = Set(all(layer).map(\.typeName))
        #expect(kinds.isSubset(of: ["box", "text"]))
        #expect(texts(layer) == ["Jawa Barat", "Jawa Timur", "Banten", "49,9", "41,1", "12,4"])
        let plot = try #require(layer.children.first { $0.children.count == 3 && $0.children.allSatisfy { $0.children.isEmpty } })
        let widths = plot.children.compactMap { if case .percent(let p) = $0.style.width { p } else { nil } }
        #expect(widths.count == 3)
        #expect(abs(widths[0] - 100) < 1e-9 && abs(widths[1] / widths[0] - 41.1 / 49.9) < 1e-9)
    }

    @Test func negativeBarsGrowLeftFromABaseline() throws {
        let data = ChartData(labels: ["Ekspor", "Impor"], values: [120, -80])
        let layer = try layer(BarChart(data, width: 480, height: 160))
        let plot = try #require(layer.children.first { $0.children.count == 3 })
        let lefts = plot.children.compactMap { if case .percent(let p) = $0.style.inset.left { p } else { nil } }
        // Zero sits at 80 / 200 of the plot: the negative bar ends there, the positive one starts there.
        #expect(abs(lefts[0] - 40) < 1e-9 && lefts[1] == 0)
        #expect(abs(lefts[2] - 40 + 100 / 480 * 0.5 * 0) < 1, "baseline near zero")
    }

    @Test func sixtyCategoriesThinLabelsAndNeverOverlap() throws {
        let labels = (1...60).map { "Kabupaten \($0)" }
        let data = ChartData(labels: labels, values: (1...60).map { Double($0 * 37 % 100) - 20 })
        for chart in [ColumnChart(data, width: 600, height: 300) as any Element, LineChart(data, width: 600, height: 300),
                      BarChart(data, width: 600, height: 400)] {
            let boxes = labelBoxes(try layer(chart))
            #expect(boxes.count > 5 && boxes.count < 60 + 10, "\(type(of: chart))")
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    #expect(!overlaps(boxes[i].1, boxes[j].1), "\(type(of: chart)): \(boxes[i]) overlaps \(boxes[j])")
                }
            }
        }
    }

    @Test func valueLabelsReserveRoomOrGoInside() throws {
        let data = ChartData(labels: ["A", "B"], values: [1_000_000_000, 20])
        let layer = try layer(BarChart(data, width: 300, height: 120, values: .outside))
        let value = try #require(labelBoxes(layer).first { $0.0 == "1\u{A0}miliar" })
        #expect(value.1.maxX <= 300, "the longest bar's value stays inside the chart")
        let inside = try self.layer(BarChart(data, width: 300, height: 120, values: .auto))
        #expect(labelBoxes(inside).first { $0.0 == "1\u{A0}miliar" }!.1.maxX <= 300)
    }

    @Test func oneBarAllZerosAndEmptyDataDoNotBreak() throws {
        for data in [ChartData(labels: ["A"], values: [5]), ChartData(labels: ["A", "B"], values: [0, 0]),
                     ChartData(labels: [], values: []), ChartData(labels: ["A"], values: [.nan])] {
            for chart in [BarChart(data) as any Element, ColumnChart(data), LineChart(data), PieChart(data), DonutChart(data)] {
                let nodes = chart.expand(in: Self.environment)
                #expect(nodes.count == 1)
                for node in all(nodes[0]) {
                    if case .px(let w) = node.style.width { #expect(w.isFinite && w >= 0) }
                    if case .percent(let w) = node.style.width { #expect(w.isFinite) }
                    if case .path(let p) = node.kind { #expect(!p.data.contains("nan")) }
                }
            }
        }
    }

    @Test func stackedBarsSumPerCategory() throws {
        let data = ChartData(labels: ["Q1"], series: [ChartSeries("A", values: [10]), ChartSeries("B", values: [5])])
        let layer = try layer(BarChart(data, width: 400, height: 120, mode: .stacked))
        #expect(texts(layer).contains("15"))
        #expect(texts(layer).contains("A") && texts(layer).contains("B"), "legend")
    }

    // MARK: - Lines, pies, progress, pictograms

    @Test func lineChartPathsUseThePlotPixelSize() throws {
        let data = ChartData(labels: ["2021", "2022", "2023"], values: [1, .nan, 3])
        let layer = try layer(LineChart(data, width: 400, height: 240))
        let paths = all(layer).compactMap { if case .path(let p) = $0.kind { p } else { nil } }
        #expect(paths.count == 2, "line and dots")
        let plot = try #require(layer.children.first { $0.children.contains { if case .path = $0.kind { true } else { false } } })
        let size = try #require(rect(plot)).size
        for path in paths { #expect(path.viewBox.size == size) }
        #expect(paths[0].data.components(separatedBy: "M").count - 1 == 2, "the missing value breaks the line")
    }

    @Test func pieSlicesAreArcs() throws {
        let data = ChartData(labels: ["Setuju", "Tidak"], values: [75, 25])
        let layer = try layer(DonutChart(data, width: 400, height: 200))
        let slices = all(layer).compactMap { if case .path(let p) = $0.kind { p } else { nil } }
        #expect(slices.count == 2)
        #expect(slices.allSatisfy { $0.data.filter { $0 == "A" }.count == 2 }, "outer and inner arc")
        #expect(slices[0].data.contains(" 0 1 1 "), "the 75 % slice takes the large arc")
        #expect(texts(layer).contains("75%") && texts(layer).contains("Setuju"))
        let full = try self.layer(PieChart(ChartData(labels: ["Semua"], values: [1]), width: 200, height: 200, legend: false))
        let disc = all(full).compactMap { if case .path(let p) = $0.kind { p } else { nil } }
        #expect(disc.count == 1 && disc[0].data.hasPrefix("M0 100A100 100"))
    }

    @Test func donutLabelsStayInsideTheRing() throws {
        // Two halves: their labels sit at 3 and 9 o'clock, where a wide label runs across the ring.
        let data = ChartData(labels: ["a", "b"], values: [12345.6, 12345.6])
        let sideways = try layer(DonutChart(data, width: 300, height: 200, labels: .value))
        #expect(!texts(sideways).contains("12.345,6"), "too wide for the ring at 3 and 9 o'clock")
        // Turned a quarter, the same labels sit at 12 and 6 o'clock, along the ring, and fit.
        let upright = try layer(DonutChart(data, width: 300, height: 200, labels: .value, startAngle: -90))
        #expect(texts(upright).filter { $0 == "12.345,6" }.count == 2)
    }

    @Test func pieSharesFollowFractionDigits() throws {
        // With value labels on the slices, the legend gives the shares: rounded to whole percents
        // by default, with `fractionDigits` when it is set.
        let data = ChartData(labels: ["Perkotaan", "Perdesaan"], values: [69.5, 30.5])
        let rounded = texts(try layer(DonutChart(data, width: 400, height: 200, labels: .value)))
        #expect(rounded.contains("70%") && rounded.contains("31%"))
        let exact = texts(try layer(DonutChart(data, width: 400, height: 200, labels: .value, fractionDigits: 1)))
        #expect(exact.contains("69,5%") && exact.contains("30,5%"))
    }

    @Test func pieGeometryPoints() {
        let quarter = PieGeometry.slice(center: Point(50, 50), outer: 50, inner: 0, start: 0, end: .pi / 2)
        #expect(quarter == "M50 0A50 50 0 0 1 100 50L50 50Z")
        #expect(ProgressRing.arc(center: Point(50, 50), radius: 40, fraction: 0.75) == "M50 10A40 40 0 1 1 10 50")
    }

    @Test func progressBarFillIsAPercentOfTheTrack() throws {
        let nodes = ProgressBar(value: 0.737, label: "Pengguna").expand(in: Self.environment)
        let fill = try #require(all(nodes[0]).first { $0.style.width == .percent(73.7) })
        #expect(fill.decoration.background == .solid(ChartColors.palette(in: Self.environment)[0]))
        #expect(texts(nodes[0]) == ["Pengguna", "74%"])
        #expect(all(ProgressBar(value: 3).expand(in: Self.environment)[0]).contains { $0.style.width == .percent(100) })
    }

    @Test func pictogramClipsThePartialIcon() throws {
        let nodes = Pictogram(value: 7.5, total: 10, iconSize: 40).expand(in: Self.environment)
        let grid = try #require(nodes.first)
        #expect(grid.children.count == 10)
        let clipped = all(grid).filter(\.decoration.clipsContent)
        #expect(clipped.count == 1)
        #expect(clipped[0].style.width == .px(20))
        let fills = all(grid).compactMap { node -> Paint?? in if case .path(let p) = node.kind { p.fill } else { nil } }
        let on = Paint.solid(ChartColors.palette(in: Self.environment)[0])
        #expect(fills.filter { $0 == on }.count == 8, "7 full icons and the clipped half")
        #expect(grid.style.width == .px(10 * 40 + 9 * 8))
    }

    // MARK: - Text estimate

    @Test func estimatesAreNeverBelowMeasuredWidths() {
        let engine = TextEngine()
        let samples = ["49,9\u{A0}juta", "1.234.567", "-80,3", "3,1\u{A0}miliar", "Sumatera Utara", "WWW MMM", "73,7%",
                       "Kalimantan Timur", "ilil", "Rp\u{A0}15.000", "2023", "Kab 60"]
        for family in ["Inter", "Noto Sans"] {
            for weight in [400, 600, 700] {
                for size in [12.0, 16, 31] {
                    var style = TextStyle(family: family, size: size)
                    style.weight = weight
                    for text in samples {
                        let measured = engine.layout(TextContent(text, style: style), maxWidth: nil, maxHeight: nil).size
                        #expect(TextEstimate.width(text, style) >= measured.width, "\(family) \(weight) \(size) \(text)")
                        #expect(TextEstimate.width(text, style) <= measured.width * 1.25 + 2, "\(family) \(text) not too loose")
                        #expect(TextEstimate.lineHeight(style) >= measured.height - 0.5, "\(family) \(size) line")
                    }
                }
            }
        }
    }
}
