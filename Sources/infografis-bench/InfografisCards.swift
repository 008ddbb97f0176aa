import Foundation
import Infografis
import InfografisFiles
import InfografisRender
import InfografisText

/// Seed cards through Infografis, the normal public path: DSL → Document → `Engine.layout`
/// → render → atomic file write, with each phase timed. Owns an `Engine`, so it belongs to the
/// thread that made it.
final class InfografisCards {
    let engine: Engine
    /// PNG preset used by `render`.
    var compression: PNGCompression = .fast

    /// Per-phase seconds of one card.
    struct Phases {
        /// DSL expansion and `Engine.prepare` (validation).
        var build = 0.0
        /// Flexbox layout, text measurement and shaping, Frame building.
        var layout = 0.0
        /// Drawing the Frame into a Cairo image surface (PNG only).
        var rasterize = 0.0
        /// Encoding: PNG writer, or finishing the SVG/PDF surface (which includes drawing for vectors).
        var encode = 0.0
        /// Writing the file.
        var write = 0.0
        var total: Double { build + layout + rasterize + encode + write }
    }

    /// `textCacheBytes`: each font's text cache bound in bytes; nil for the default.
    init(textCacheBytes: Int? = nil) {
        var configuration = TextEngine.Configuration()
        if let textCacheBytes { configuration.cacheByteLimit = textCacheBytes }
        engine = Engine(text: configuration)
    }

    /// The laid-out document for `row`.
    func layout(_ row: SeedRow) throws -> LaidOutDocument {
        let document = try engine.prepare(SeedCard.infographic(row).document())
        return engine.layout(document)
    }

    /// Renders `row` as `format` to `path`; returns the phase timings and the file size.
    @discardableResult
    func render(_ row: SeedRow, as format: OutputFormat, to path: String?) throws -> (phases: Phases, bytes: [UInt8]) {
        var phases = Phases()
        var start = now()
        func lap() -> Double {
            let end = now()
            defer { start = end }
            return end - start
        }
        let document = try engine.prepare(SeedCard.infographic(row).document())
        phases.build = lap()
        let laidOut = engine.layout(document)
        phases.layout = lap()
        let bytes: [UInt8]
        if format == .png {
            let surface = try Renderer.rasterize(laidOut.frame, scale: 1, workspace: engine.raster)
            phases.rasterize = lap()
            bytes = try Renderer.encodePNG(surface, compression: compression, workspace: engine.raster)
            phases.encode = lap()
        } else {
            bytes = try engine.render(laidOut, as: format)
            phases.encode = lap()
        }
        if let path { try AtomicFile.write(bytes, to: path) }
        phases.write = lap()
        return (phases, bytes)
    }
}
