import Foundation
import Testing
@testable import Infografis

/// Material Design Icons, or nil (with a recorded reason) when the Debian package is not installed.
private let installed = FileManager.default.fileExists(atPath: IconSet.materialDesignFontPath)

@Suite("Icon set", .enabled(if: installed, "fonts-materialdesignicons-webfont is not installed: apt-get install fonts-materialdesignicons-webfont"))
struct IconSetTests {
    let icons: IconSet

    init() throws { icons = try IconSet.materialDesign() }

    @Test func hasAllGlyphsSorted() {
        #expect(icons.names.count == 1650)
        #expect(icons.names == icons.names.sorted())
        #expect(Set(icons.names).count == icons.names.count)
        #expect(icons.viewBox == Rect(origin: .zero, size: Size(512, 512)))
    }

    @Test(arguments: ["account", "check-circle", "bullhorn", "chart-bar", "eye", "message-text", "home"])
    func knownNameExists(_ name: String) throws {
        let path = try #require(icons.path(named: name))
        #expect(path.viewBox == Rect(origin: .zero, size: Size(512, 512)))
        #expect(path.data.hasPrefix("M"))
        #expect(path.fill == .solid(.black))
    }

    @Test func unknownNameIsNil() {
        #expect(icons.path(named: "no-such-icon") == nil)
        #expect(icons.path(named: "Home") == nil)
    }

    /// Every glyph's path data parses, so every one converts.
    @Test func everyGlyphConverts() {
        for (name, raw) in icons.font.glyphs {
            #expect(PathData(parsing: raw).error == nil, "\(name)")
        }
        let failing = icons.names.filter { icons.path(named: $0) == nil }
        #expect(failing.isEmpty, "not converted: \(failing.prefix(10))")
    }

    /// All coordinates of these glyphs lie inside the 512 × 512 view box after the flip (and the flip happened:
    /// `home`'s roof apex is near the top, y small, and its floor near the bottom).
    @Test(arguments: ["account", "check-circle", "bullhorn", "chart-bar", "eye", "home", "message-text"])
    func convertedPathStaysInsideViewBox(_ name: String) throws {
        let path = try #require(icons.path(named: name))
        let points = coordinates(path.data)
        #expect(points.count > 4)
        for (x, y) in points {
            #expect((0...512).contains(x) && (0...512).contains(y), "\(name): (\(x), \(y))")
        }
    }

    @Test func flipPutsTheRoofOfHomeAtTheTop() throws {
        let points = coordinates(try #require(icons.path(named: "home")).data)
        let ys = points.map(\.1)
        let apex = try #require(ys.min())
        let floor = try #require(ys.max())
        // In the font (y up) the roof apex is the largest y; flipped it must be the smallest, above the middle.
        #expect(apex < 256 && floor > 256)
        let raw = try #require(icons.font.glyphs["home"])
        let rawYs = coordinates(raw).map(\.1)
        #expect(abs((448 - (rawYs.max() ?? 0)) - apex) < 0.001)
    }

    @Test func searchFindsCharts() {
        let charts = icons.search("chart")
        #expect(charts.contains("chart-bar") && charts.contains("chart-pie") && charts.contains("chart-line"))
        #expect(charts.allSatisfy { $0.contains("chart") })
        #expect(icons.search("chart-*") == charts.filter { $0.hasPrefix("chart-") }.sorted())
        #expect(icons.search("chart-*").count == 10)
        #expect(icons.search("*-chart") == ["file-chart"])
        #expect(icons.search("chart-*-hexbin") == ["chart-scatterplot-hexbin"])
        #expect(icons.search("chart bar").first == "chart-bar")
        #expect(icons.search("home").first == "home")
        #expect(icons.search("  ").isEmpty)
        #expect(icons.search("zzqx").isEmpty)
    }

    @Test func suggestionsForTypos() {
        #expect(icons.suggestions(for: "chek-circle").contains("check-circle"))
        #expect(icons.suggestions(for: "chek-circle").first == "check-circle")
        #expect(icons.suggestions(for: "hom").contains("home"))
        #expect(icons.suggestions(for: "bullhorm").first == "bullhorn")
        #expect(icons.suggestions(for: "qwertyuiop").isEmpty)
        #expect(icons.suggestions(for: "eye", limit: 2).count == 2)
    }

    @Test func resolveExplainsUnknownNames() {
        #expect(throws: IconError.unknownName("chek-circle", suggestions: icons.suggestions(for: "chek-circle"))) {
            try icons.resolve(.named("chek-circle"))
        }
        let error = IconError.unknownName("bullhorm", suggestions: ["bullhorn"])
        #expect(error.description == "There is no icon named \"bullhorm\"; did you mean \"bullhorn\"?")
        #expect(throws: IconError.fileIconsNotSupported(path: "logo.svg")) { try icons.resolve(.file(path: "logo.svg")) }
    }

    /// Every point of the path data, control points included.
    private func coordinates(_ data: String) -> [(Double, Double)] {
        PathData(parsing: data).segments.flatMap(\.points).map { ($0.x, $0.y) }
    }
}

@Suite("Glyph path conversion")
struct IconGlyphPathTests {
    @Test func flipsYAndKeepsX() {
        // H and V become lines; S becomes a cubic whose first control point mirrors the last one.
        #expect(flipGlyphPath("M10 448L20 0H30V48C1 2 3 4 5 6S7 8 9 10z", ascent: 448)
            == "M10 0 L20 448 L30 448 L30 400 C1 446 3 444 5 442 C7 440 7 440 9 438 Z")
    }

    @Test func readsCompactNumbers() {
        #expect(flipGlyphPath("M1.5-2L1e2 1e-13", ascent: 0) == "M1.5 2 L100 0")
        #expect(flipGlyphPath("m1 2 l3 4", ascent: 10) == "M1 8 L4 4")
        #expect(flipGlyphPath("M 105.1733333333333 342.8266666666667", ascent: 448) == "M105.173 105.173")
    }

    @Test(arguments: ["", "M1", "L1 2 3", "M1 2 z 3", "1 2", "M1 2 #"])
    func rejectsMalformedPathData(_ data: String) {
        #expect(flipGlyphPath(data, ascent: 448) == nil)
    }

    @Test func missingFontSaysHowToInstall() {
        #expect(throws: IconError.fontMissing(path: "/nonexistent/mdi.svg")) { try IconSet(svgFontAt: "/nonexistent/mdi.svg") }
        #expect(IconError.fontMissing(path: "/x.svg").description.contains("apt-get install fonts-materialdesignicons-webfont"))
    }

    @Test func notXMLIsUnreadable() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("infografis-not-a-font-\(getpid()).svg")
        try Data("<svg><font><glyph glyph-name='a' d='M0 0'></font>".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try IconSet(svgFontAt: url.path)
        } throws: { error in
            guard case .unreadableFont? = error as? IconError else { return false }
            return true
        }
    }

    @Test func readsASmallSVGFont() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("infografis-font-\(getpid()).svg")
        let svg = """
        <svg xmlns="http://www.w3.org/2000/svg"><defs><font><font-face units-per-em="100" ascent="80"/>
        <glyph glyph-name="b" d="M0 80L100 0z"/><glyph glyph-name="a" d="M0 0H100"/></font></defs></svg>
        """
        try Data(svg.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let icons = try IconSet(svgFontAt: url.path)
        #expect(icons.names == ["a", "b"])
        #expect(icons.path(named: "b")?.data == "M0 0 L100 80 Z")
        #expect(icons.viewBox == Rect(origin: .zero, size: Size(100, 100)))
    }
}
