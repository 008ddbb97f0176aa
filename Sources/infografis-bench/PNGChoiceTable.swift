import CInfografis
import Foundation
import Infografis
import InfografisRender

/// Encoding time and size of each deflate level × row-filter choice on seed cards, against
/// Cairo's own PNG writer (libpng: zlib 6, adaptive filters) on the same surfaces.
struct PNGChoiceTable {
    struct Choice {
        /// libdeflate's level; nil for our own encoder (the `fast` preset's).
        var level: Int?
        var filters: [UInt8]
        var name: String {
            let filter = switch filters {
            case [0]: "none"
            case [1]: "Sub"
            case [2]: "Up"
            case [4]: "Paeth"
            case [0, 1, 2]: "per row: None/Sub/Up"
            default: "per row: all five"
            }
            guard let level else { return "ours (DeflateEncoder), \(filter)" }
            return "level \(level), \(filter)"
        }
    }

    static let choices: [Choice] = [[0], [2], [0, 1, 2]].map { Choice(level: nil, filters: $0) }
        + [0, 1, 2, 3, 6].flatMap { level in
        [[0], [2], [0, 1, 2]].map { Choice(level: level, filters: $0) }
    } + [9, 10, 11].flatMap { level in [[0], [0, 1, 2, 3, 4]].map { Choice(level: level, filters: $0) } }

    var rows: [(name: String, milliseconds: Double, bytes: Double)] = []
    var cairo: (milliseconds: Double, bytes: Double) = (0, 0)

    /// Rasterizes each row once and encodes it with every choice, interleaved.
    static func measure(_ seedRows: [SeedRow], repeats: Int = 2) throws -> PNGChoiceTable {
        let cards = InfografisCards()
        var times = Array(repeating: Samples(), count: choices.count)
        var sizes = Array(repeating: Samples(), count: choices.count)
        var cairoTimes = Samples(), cairoSizes = Samples()
        for row in seedRows {
            let surface = try Renderer.rasterize(try cards.layout(row).frame, scale: 1, workspace: cards.engine.raster)
            for _ in 0..<repeats {
                for (index, choice) in choices.enumerated() {
                    var bytes = 0
                    times[index].add(try timed { bytes = try Renderer.encodePNG(surface, level: choice.level, filters: choice.filters, workspace: cards.engine.raster).count })
                    sizes[index].add(Double(bytes))
                }
                var bytes = 0
                cairoTimes.add(timed { bytes = cairoPNGSize(surface) })
                cairoSizes.add(Double(bytes))
            }
        }
        var table = PNGChoiceTable()
        table.cairo = (cairoTimes.median * 1e3, cairoSizes.median)
        for (index, choice) in choices.enumerated() {
            table.rows.append((choice.name, times[index].median * 1e3, sizes[index].median))
        }
        return table
    }

    /// Bytes of Cairo's own PNG for `surface` (written to memory).
    static func cairoPNGSize(_ surface: Surface) -> Int {
        var count = 0
        withUnsafeMutablePointer(to: &count) { counter in
            _ = cairo_surface_write_to_png_stream(surface.pointer, { closure, _, length in
                closure!.assumingMemoryBound(to: Int.self).pointee += Int(length)
                return CAIRO_STATUS_SUCCESS
            }, counter)
        }
        return count
    }

    var markdown: String {
        var lines = ["| encoder | ms per card (median) | PNG bytes (median) | bytes / Cairo's |", "|---|---:|---:|---:|"]
        lines.append("| Cairo `cairo_surface_write_to_png` (libpng, zlib 6, adaptive) | \(fixed(cairo.milliseconds)) | \(grouped(Int(cairo.bytes))) | 1.00 |")
        for row in rows {
            lines.append("| \(row.name) | \(fixed(row.milliseconds)) | \(grouped(Int(row.bytes))) | \(fixed(row.bytes / cairo.bytes)) |")
        }
        return lines.joined(separator: "\n")
    }
}
