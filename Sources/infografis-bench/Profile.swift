import Foundation

/// Instruction counts per pipeline stage from `valgrind --tool=callgrind` (repeatable, unlike
/// wall time on a shared machine): inclusive counts of the functions that begin each stage.
struct Profile {
    struct Stage {
        var name: String
        var instructions: Double
    }

    var cards: Int
    var total: Double
    var stages: [Stage]

    /// Substrings of (mangled) symbol names marking each stage; the first symbol matching wins.
    static let stages: [(name: String, symbols: [String])] = [
        ("DSL → Document, validation (`Engine.prepare`, DSL expansion)", ["6EngineC7prepare", "11InfographicV8document"]),
        ("layout total (`Engine.layout`: flexbox, text measurement, Frame)", ["6EngineC6layout"]),
        ("  of which Pango line breaking and shaping (`pango_layout_get_extents`)", ["pango_layout_get_extents"]),
        ("  of which HarfBuzz shaping (`hb_shape_full`)", ["hb_shape_full"]),
        ("rasterising (`FrameDrawer.draw`)", ["11FrameDrawerC4draw"]),
        ("  of which glyphs (`pango_cairo_show_layout_line`)", ["pango_cairo_show_layout_line"]),
        ("converting ARGB → RGB (`PNGEncoder.filteredRows`)", ["filteredRows"]),
        ("compressing + Adler-32 (`DeflateEncoder.zlib`, the `fast` preset)", ["14DeflateEncoderO4zlib"]),
        ("  of which Huffman coding (`DeflateBlockWriter.writeBlock`)", ["18DeflateBlockWriterV05writeD0_"]),
        ("compressing + Adler-32 (`libdeflate_zlib_compress`, `balanced` and `small`)", ["libdeflate_zlib_compress"]),
        ("CRC-32 (`libdeflate_crc32`)", ["libdeflate_crc32"]),
        ("writing (`AtomicFile.write`)", ["10AtomicFileO5write"]),
    ]

    static func run(arguments: [String]) throws -> Profile {
        let file = FileManager.default.temporaryDirectory.path + "/infografis-bench-callgrind.out"
        let cards = Int(arguments.firstIndex(of: "--cards").map { arguments[$0 + 1] } ?? "0") ?? 0
        // Valgrind 3.19 cannot read Swift 6's DWARF 5, so profile a copy without debug info
        // (the symbol table stays).
        let stripped = FileManager.default.temporaryDirectory.path + "/infografis-bench-stripped"
        let strip = try runChild(["/usr/bin/objcopy", "--strip-debug", arguments[0], stripped])
        guard strip.status == 0 else { throw BenchError("objcopy failed: \(strip.standardError)") }
        defer { unlink(stripped); unlink(file) }
        let valgrind = try runChild(["/usr/bin/valgrind", "--tool=callgrind", "--callgrind-out-file=" + file, stripped]
                                    + arguments.dropFirst())
        guard valgrind.status == 0 else { throw BenchError("callgrind failed: \(valgrind.standardError.suffix(300))") }
        let annotate = try runChild(["/usr/bin/callgrind_annotate", "--inclusive=yes", "--threshold=100", file])
        var total = 0.0
        var counts: [(count: Double, symbol: String)] = []
        for line in annotate.standardOutput.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2, let count = Double(parts[0].replacingOccurrences(of: ",", with: "")) else { continue }
            if line.contains("PROGRAM TOTALS") { total = count } else { counts.append((count, String(parts[1]))) }
        }
        let stages = Self.stages.map { stage in
            Stage(name: stage.name, instructions: counts.first { entry in stage.symbols.contains { entry.symbol.contains($0) } }?.count ?? 0)
        }
        return Profile(cards: cards, total: total, stages: stages)
    }

    var markdown: String {
        var lines = ["Instructions (callgrind, \(cards) cards in one process including start-up; inclusive counts, so indented rows are part of the row above):", "",
                     "| stage | instructions per card | share of the run |", "|---|---:|---:|"]
        for stage in stages {
            lines.append("| \(stage.name) | \(grouped(Int(stage.instructions / Double(max(cards, 1))))) | \(fixed(100 * stage.instructions / total, 1))% |")
        }
        lines.append("| whole run (with process start, font set-up, CSV reading) | \(grouped(Int(total / Double(max(cards, 1))))) | 100% |")
        return lines.joined(separator: "\n")
    }
}
