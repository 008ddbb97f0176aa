import Foundation
import Testing
import CInfografis
import Infografis
import InfografisCore
import InfografisFiles
import InfografisLayout
@testable import InfografisRender

/// The SVG writer against the PNG, the visual ground truth: every example layout rendered both
/// ways, the SVG rasterized by librsvg at the same size and compared pixel by pixel.
///
/// Tolerance, calibrated on Cairo's SVG surface (the writer before this one): Cairo's SVG of the
/// same frames differs from the PNG in at most 0.2% of pixels by more than 40 in a channel (glyph
/// edges: the PNG rasterizes glyphs at the device size, SVG outlines are antialiased by librsvg)
/// with a mean absolute difference under 0.5 per channel. A missing glyph, a shifted line or a
/// lost shape moves far more than the limits below.
@Suite(.serialized)
struct SVGWriterTests {
    static let layouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("layouts")

    /// Most pixels (per mille) differing by more than `strong` in some channel.
    static let strong = 40
    static let strongPerMille = 10.0
    /// Largest mean absolute difference per channel.
    static let meanLimit = 1.5
    /// Most 4 × 4 blocks (per mille) whose averages differ by more than `strong`.
    static let blocksPerMille = 0.5
    /// Limits against Cairo's SVG rasterized the same way.
    static let cairoStrongPerMille = 0.05
    static let cairoMeanLimit = 0.1

    static let exampleNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: layouts.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    @Test func everyExampleIsCompared() {
        #expect(Self.exampleNames.count >= 10, "\(Self.exampleNames)")
    }

    @Test(arguments: exampleNames)
    func exampleSVGLooksLikeThePNG(_ name: String) throws {
        let infographic = try LayoutFile.load(path: Self.layouts.appendingPathComponent(name + ".yaml").path)
        try compare(try infographic.document(), name: name)
    }

    @Test func provinceBatchRowLooksLikeThePNG() throws {
        let folder = Self.layouts.appendingPathComponent("batch")
        var rows: [DataRow] = []
        try CSVTable(path: folder.appendingPathComponent("provinsi.csv").path).forEachRow { rows.append($0) }
        let template = try LayoutTemplate(path: folder.appendingPathComponent("provinsi.yaml").path)
        let row = try #require(rows.first { $0["provinsi"] == "Papua Barat Daya" } ?? rows.first)
        let infographic = try #require(try template.infographic(for: row, formatter: DataFormatter(layoutLocale: "id-ID", dataLocale: nil)))
        try compare(try infographic.document(), name: "provinsi")
    }

    @Test func seedCardLooksLikeThePNG() throws {
        let template = try LayoutTemplate(path: Self.layouts.appendingPathComponent("bench/seed-card.yaml").path)
        let row = ["title": "ASN Harus Terampil Kelola Medsos untuk Sebarkan Informasi Positif", "v1": "892",
                   "l1": "kali dibaca", "v2": "13 Okt", "l2": "webinar Jarkom 2020", "v3": "73,7%",
                   "l3": "penduduk aktif di medsos",
                   "quote": "Kita punya fungsi pelayanan publik kepada masyarakat. Tentu harus bisa komunikatif dan menyajikan berbagai informasi di medsos.",
                   "author": "— Widodo Muktiyo, Dirjen IKP Kominfo"]
        let infographic = try #require(try template.infographic(for: row, formatter: DataFormatter(layoutLocale: "id-ID", dataLocale: nil)))
        try compare(try infographic.document(), name: "seed-card")
    }

    @Test(arguments: OutputTests.frameNames)
    func testFrameSVGLooksLikeThePNG(_ name: String) throws {
        let frame = try #require(OutputTests.frames.first { $0.0 == name }?.1)
        let png = try Pixels(decodingPNG: try Renderer.render(frame, as: .png))
        let svg = ProcessInfo.processInfo.environment["SVG_WRITER"] == "cairo"
            ? try Renderer.renderCairoSVG(frame) : try Renderer.render(frame, as: .svg)
        let fromSVG = try rasterizeSVG(svg, width: png.width, height: png.height)
        try Self.expectSimilar(fromSVG, png, name: "frame-" + name, svg: svg)
    }

    // MARK: - Helpers

    private func compare(_ document: Document, name: String) throws {
        let engine = Engine()
        let laidOut = engine.layout(try engine.prepare(document))
        let png = try Pixels(decodingPNG: try engine.render(laidOut, as: .png))
        // SVG_WRITER=cairo measures Cairo's SVG surface instead (how the tolerance was calibrated).
        let svg = ProcessInfo.processInfo.environment["SVG_WRITER"] == "cairo"
            ? try Renderer.renderCairoSVG(laidOut.frame) : try engine.render(laidOut, as: .svg)
        let fromSVG = try rasterizeSVG(svg, width: png.width, height: png.height)
        try Self.expectSimilar(fromSVG, png, name: name, svg: svg)
        // Against Cairo's SVG, both rasterized by librsvg: only rounding may differ, so a single
        // missing or moved glyph shows.
        let fromCairo = try rasterizeSVG(try Renderer.renderCairoSVG(laidOut.frame), width: png.width, height: png.height)
        let cairo = try #require(Self.difference(fromSVG, fromCairo))
        print("svg≈cairo-svg \(name): \(String(format: "%.3f", cairo.strongPerMille))‰ strong, mean \(String(format: "%.3f", cairo.mean))")
        #expect(cairo.strongPerMille <= Self.cairoStrongPerMille && cairo.mean <= Self.cairoMeanLimit,
                "\(name): differs from Cairo's SVG: \(cairo)")
    }

    /// Differences between two images: per mille of pixels with a channel off by more than
    /// `strong` from every pixel within one pixel of the same place in the other image (either
    /// way round: PNG glyphs are snapped to whole pixels, SVG glyphs are not), and the mean
    /// absolute channel difference.
    static func difference(_ a: Pixels, _ b: Pixels) -> (strongPerMille: Double, mean: Double, blocksPerMille: Double)? {
        guard a.width == b.width, a.height == b.height, !a.argb.isEmpty else { return nil }
        var total = 0
        for i in 0..<a.argb.count where a.argb[i] != b.argb[i] {
            for shift in stride(from: 0, through: 24, by: 8) {
                total += abs(Int((a.argb[i] >> UInt32(shift)) & 0xFF) - Int((b.argb[i] >> UInt32(shift)) & 0xFF))
            }
        }
        let strongCount = max(unmatched(a, in: b), unmatched(b, in: a))
        let blocks = a.downsampled(by: 4)
        let blockCount = blocks.differingPixels(from: b.downsampled(by: 4), tolerance: strong) ?? blocks.argb.count
        return (Double(strongCount) * 1000 / Double(a.argb.count), Double(total) / Double(a.argb.count * 4),
                Double(blockCount) * 1000 / Double(max(1, blocks.argb.count)))
    }

    /// Pixels of `a` that no pixel of `b` within one pixel matches to within `strong` per channel.
    static func unmatched(_ a: Pixels, in b: Pixels) -> Int {
        func close(_ p: UInt32, _ q: UInt32) -> Bool {
            if p == q { return true }
            for shift in stride(from: 0, through: 24, by: 8)
            where abs(Int((p >> UInt32(shift)) & 0xFF) - Int((q >> UInt32(shift)) & 0xFF)) > strong {
                return false
            }
            return true
        }
        var count = 0
        for y in 0..<a.height {
            for x in 0..<a.width {
                let p = a.argb[y * a.width + x]
                if close(p, b.argb[y * a.width + x]) { continue }
                var matched = false
                search: for ny in max(0, y - 1)...min(a.height - 1, y + 1) {
                    for nx in max(0, x - 1)...min(a.width - 1, x + 1) where close(p, b.argb[ny * a.width + nx]) {
                        matched = true
                        break search
                    }
                }
                if !matched { count += 1 }
            }
        }
        return count
    }

    static func expectSimilar(_ fromSVG: Pixels, _ png: Pixels, name: String, svg: [UInt8]) throws {
        let found = try #require(difference(fromSVG, png), "\(name): sizes differ")
        print("svg≈png \(name): \(String(format: "%.3f", found.strongPerMille))‰ strong, mean \(String(format: "%.3f", found.mean)), blocks \(String(format: "%.3f", found.blocksPerMille))‰")
        let similar = found.strongPerMille <= strongPerMille && found.mean <= meanLimit && found.blocksPerMille <= blocksPerMille
        #expect(similar, "\(name): \(found.strongPerMille)‰ of pixels differ by more than \(strong), mean \(found.mean)")
        if !similar || ProcessInfo.processInfo.environment["SVG_DIFF_DIR"] != nil {
            try writeDiff(fromSVG, png, name: name, svg: svg)
        }
    }

    /// Writes the SVG, its rasterization, the PNG and a diff mask (red where a channel differs
    /// by more than `strong`) to $SVG_DIFF_DIR or a temporary directory.
    static func writeDiff(_ fromSVG: Pixels, _ png: Pixels, name: String, svg: [UInt8]) throws {
        let directory = ProcessInfo.processInfo.environment["SVG_DIFF_DIR"].map { URL(fileURLWithPath: $0) }
            ?? temporaryURL("svg-diff")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var mask = png
        for i in 0..<mask.argb.count {
            let (p, q) = (fromSVG.argb[i], png.argb[i])
            let worst = stride(from: 0, through: 24, by: 8).map { abs(Int((p >> UInt32($0)) & 0xFF) - Int((q >> UInt32($0)) & 0xFF)) }.max() ?? 0
            mask.argb[i] = worst > strong ? 0xFFFF_0000 : (worst > 0 ? 0xFFC0_C0C0 : 0xFFFF_FFFF)
        }
        for (suffix, pixels) in [("svg", fromSVG), ("png", png), ("diff", mask)] {
            let surface = try pixels.surface()
            cairo_surface_write_to_png(surface.pointer, directory.appendingPathComponent("\(name)-\(suffix).png").path)
        }
        try Data(svg).write(to: directory.appendingPathComponent(name + ".svg"))
        print("svg≈png \(name): images in \(directory.path)")
    }
}
