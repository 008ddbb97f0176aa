import Foundation
import Infografis
import InfografisFiles
import Testing

/// The whole pipeline: both front ends through layout and rendering.
@Suite(.serialized)
struct PipelineTests {
    @Test func twinsLayOutAndRenderIdentically() throws {
        let engine = Engine()
        let fromFile = engine.layout(try engine.prepare(LayoutFile.load(path: TwinTests.yamlPath).document()))
        let fromSwift = engine.layout(try engine.prepare(TwinCard.infographic.document()))
        #expect(LayoutDump(fromFile.tree) == LayoutDump(fromSwift.tree))
        let filePNG = try engine.render(fromFile, as: .png)
        let swiftPNG = try engine.render(fromSwift, as: .png)
        #expect(filePNG.count > 10_000)
        #expect(filePNG == swiftPNG)
    }

    @Test func identicalInputGivesIdenticalBytesInEveryFormat() throws {
        for format in OutputFormat.allCases {
            // A fresh engine each time: caches must not change the output.
            let first = try render(TwinCard.infographic, as: format, engine: Engine())
            let second = try render(TwinCard.infographic, as: format, engine: Engine())
            #expect(first == second, "\(format) output differs between two renders")
        }
    }

    @Test func layoutPlacesTheTwinCardInsideTheCanvas() throws {
        let engine = Engine()
        let laidOut = engine.layout(try engine.prepare(TwinCard.infographic.document()))
        let card = try #require(laidOut.tree.children.first)
        #expect(card.frame == Rect(x: 64, y: 64, width: 952, height: 952))
        let stats = try #require(card.children.first { $0.node.id == "stats" })
        // Three equal tiles (basis 0, grow 1) with 24 px gaps across the 840 px content width.
        #expect(stats.children.map(\.frame.width) == [264, 264, 264])
        #expect(stats.children.map(\.frame.x) == [120, 408, 696])
        #expect(laidOut.warnings.isEmpty)
    }

    @Test func overflowingTextIsReportedWithItsNodePath() throws {
        let tight = Infographic(canvas: Canvas(width: 200, height: 100)) {
            Text(String(repeating: "Informasi positif untuk masyarakat. ", count: 20))
                .frame(height: 40).id("long")
        }
        let engine = Engine()
        let laidOut = engine.layout(try engine.prepare(tight.document()))
        let warning = try #require(laidOut.warnings.first)
        #expect(warning.code == "text-overflow")
        #expect(warning.severity == .warning)
        // A single top-level element is the body itself.
        #expect(warning.location == .node(path: "body#long"))
    }

    @Test func missingImageIsAnErrorAtPrepare() {
        let card = Infographic(canvas: Canvas(width: 100, height: 100)) {
            Image("/nonexistent/logo.png")
        }
        #expect(throws: Diagnostics.self) { try Engine().prepare(card.document()) }
    }

    /// The bundled examples are what trainees copy: each must load and lay out with no warning
    /// (no overflowing text, no text below WCAG AA contrast).
    @Test func everyExampleLayoutChecksClean() throws {
        let layouts = URL(fileURLWithPath: TwinTests.yamlPath).deletingLastPathComponent()
        let files = try FileManager.default.contentsOfDirectory(atPath: layouts.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 12)
        let engine = Engine()
        for file in files {
            let document = try engine.prepare(LayoutFile.load(path: layouts.appendingPathComponent(file).path).document())
            let warnings = engine.layout(document).warnings
            #expect(warnings.isEmpty, "\(file): \(warnings.map(\.message))")
        }
    }

    private func render(_ infographic: Infographic, as format: OutputFormat, engine: Engine) throws -> [UInt8] {
        try engine.render(engine.layout(engine.prepare(infographic.document())), as: format)
    }
}
