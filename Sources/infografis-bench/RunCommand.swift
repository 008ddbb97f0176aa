import ArgumentParser
import Foundation
import Infografis

extension BenchCommand {
    /// One measured run in this process, reported as `key=value` on standard error like the
    /// plain C program, so the report can run every engine as a child and read its peak RSS.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render the seed cards once with one engine and print key=value timings.")

        enum Mode: String, ExpressibleByArgument, CaseIterable {
            /// Infografis: PNG, SVG, PDF; `layout` and `draw` time a warm second pass without encoding.
            case png, svg, pdf, layout, draw
            /// The naive baseline: fresh Pango layouts, Cairo's PNG writer, Cairo SVG/PDF surfaces.
            case naivePNG = "naive-png", naiveSVG = "naive-svg", naivePDF = "naive-pdf", naiveDraw = "naive-draw"
        }

        @Argument(help: "What to run: \(Mode.allCases.map(\.rawValue).joined(separator: ", ")).")
        var mode: Mode

        @OptionGroup var workload: WorkloadOptions

        @Option(help: "PNG compression preset.")
        var pngCompression: PNGCompression = .fast

        @Option(help: "Worker threads, each owning an Engine (png only).")
        var jobs = 1

        @Flag(help: "Sample RSS after every card (for the memory run).")
        var sampleMemory = false

        @Option(help: "Bound of each font's text cache in bytes (default: the engine's, 8 MiB).")
        var textCacheBytes: Int?

        func run() throws {
            let rows = try workload.rows()
            let directory = try workload.directory(mode.rawValue + (jobs > 1 ? "-jobs\(jobs)" : ""))
            let start = now()
            var result: RunResult
            switch mode {
            case .png, .svg, .pdf:
                let format = OutputFormat(rawValue: mode.rawValue)!
                result = jobs > 1
                    ? try parallelRun(rows, format: format, directory: directory)
                    : try infografisRun(rows, format: format, directory: directory)
            case .layout, .draw:
                result = try warmRun(rows, rasterizes: mode == .draw)
            case .naivePNG, .naiveSVG, .naivePDF, .naiveDraw:
                result = naiveRun(rows, directory: directory)
            }
            result.fields["loop_ms"] = (now() - start) * 1e3
            result.fields["n"] = Double(rows.count)
            result.fields["peak_rss_mib"] = Double(Memory.peakResidentBytes) / 1048576
            FileHandle.standardError.write(Data((result.line(mode: mode.rawValue) + "\n").utf8))
        }

        private func fileName(_ index: Int, _ ext: String) -> String { String(format: "card-%05d.", index) + ext }

        private func infografisRun(_ rows: [SeedRow], format: OutputFormat, directory: String) throws -> RunResult {
            let cards = InfografisCards(textCacheBytes: textCacheBytes)
            cards.compression = pngCompression
            // Sample storage made up front: growing it during the loop would show in the RSS samples.
            let n = rows.count
            var totals = Samples(capacity: n), build = Samples(capacity: n), layout = Samples(capacity: n)
            var rasterize = Samples(capacity: n), encode = Samples(capacity: n), write = Samples(capacity: n)
            var sizes = Samples(capacity: n), rss = Samples(capacity: sampleMemory ? n : 0)
            var checkpoints: [String: Double] = [:]
            checkpoints.reserveCapacity(64)
            var overflowing = 0
            for (index, row) in rows.enumerated() {
                let (phases, bytes) = try cards.render(row, as: format, to: directory + "/" + fileName(index, format.rawValue))
                totals.add(phases.total); build.add(phases.build); layout.add(phases.layout)
                rasterize.add(phases.rasterize); encode.add(phases.encode); write.add(phases.write)
                sizes.add(Double(bytes.count))
                if sampleMemory {
                    rss.add(Double(Memory.residentBytes))
                    // Every tenth of the run: RSS next to what the text caches hold, so that
                    // growth from caches still filling towards their bounds shows as such.
                    let tenth = max(1, rows.count / 10)
                    if (index + 1) % tenth == 0, (index + 1) / tenth <= 10 {
                        let text = cards.engine.textCacheStatistics
                        let mark = (index + 1) / tenth * 10
                        checkpoints["rss_mib_at_\(mark)pct"] = rss.values.last! / 1048576
                        checkpoints["cache_kib_at_\(mark)pct"] = Double(text.approximateBytes) / 1024
                        checkpoints["cache_entries_at_\(mark)pct"] = Double(text.entries)
                        checkpoints["cache_evictions_at_\(mark)pct"] = Double(text.evictions)
                        checkpoints["cache_promotions_at_\(mark)pct"] = Double(text.promotions)
                        checkpoints["cache_demotions_at_\(mark)pct"] = Double(text.demotions)
                    }
                }
                if index < 200, SeedCard.overflows(try cards.layout(row)) { overflowing += 1 }
            }
            var result = RunResult()
            result.fields = [
                "median_ms": totals.median * 1e3, "build_median_ms": build.median * 1e3,
                "layout_median_ms": layout.median * 1e3, "rasterize_median_ms": rasterize.median * 1e3,
                "encode_median_ms": encode.median * 1e3, "write_median_ms": write.median * 1e3,
                "bytes_median": sizes.median, "overflowing": Double(overflowing),
            ]
            let text = cards.engine.textCacheStatistics
            result.fields["cache_hits"] = Double(text.hits)
            result.fields["cache_misses"] = Double(text.misses)
            result.fields["cache_bytes"] = Double(text.approximateBytes)
            if rss.count > 0 { result.memory(rss.values) }
            result.fields.merge(checkpoints) { $1 }
            return result
        }

        /// `jobs` threads, each with its own engine, taking every `jobs`-th row.
        private func parallelRun(_ rows: [SeedRow], format: OutputFormat, directory: String) throws -> RunResult {
            let totals = LockedSamples()
            let workers = (0..<jobs).map { worker in
                WorkerThread { [pngCompression, jobs] in
                    let cards = InfografisCards()
                    cards.compression = pngCompression
                    for index in Swift.stride(from: worker, to: rows.count, by: jobs) {
                        do {
                            let path = directory + "/" + String(format: "card-%05d.", index) + format.rawValue
                            totals.add(try cards.render(rows[index], as: format, to: path).phases.total)
                        } catch {
                            FileHandle.standardError.write(Data("card \(index): \(error)\n".utf8))
                        }
                    }
                }
            }
            for worker in workers { worker.start() }
            for worker in workers { worker.join() }
            var result = RunResult()
            result.fields["median_ms"] = totals.samples.median * 1e3
            result.fields["jobs"] = Double(jobs)
            return result
        }

        /// Lays every row out once (warming the caches), then times a second pass: layout only,
        /// or layout and drawing into an image surface (no encoding, nothing written).
        private func warmRun(_ rows: [SeedRow], rasterizes: Bool) throws -> RunResult {
            let cards = InfografisCards()
            for row in rows { _ = try cards.layout(row) }
            let before = cards.engine.textCacheStatistics
            var totals = Samples()
            for row in rows {
                totals.add(try timed {
                    let laidOut = try cards.layout(row)
                    if rasterizes { _ = try Renderer.rasterize(laidOut.frame, scale: 1, workspace: cards.engine.raster) }
                })
            }
            let after = cards.engine.textCacheStatistics
            var result = RunResult()
            result.fields["median_ms"] = totals.median * 1e3
            result.fields["warm_hits"] = Double(after.hits - before.hits)
            result.fields["warm_misses"] = Double(after.misses - before.misses)
            return result
        }

        private func naiveRun(_ rows: [SeedRow], directory: String) -> RunResult {
            let card = NaiveCard()
            let (output, ext): (NaiveCard.Output, String) = switch mode {
            case .naiveSVG: (.svg, "svg")
            case .naivePDF: (.pdf, "pdf")
            case .naiveDraw: (.none, "png")
            default: (.png, "png")
            }
            var totals = Samples(), sizes = Samples()
            for (index, row) in rows.enumerated() {
                let path = directory + "/" + fileName(index, ext)
                totals.add(timed { card.render(row, output: output, to: path) })
                if output != .none { sizes.add(Double(fileSize(path))) }
            }
            var result = RunResult()
            result.fields = ["median_ms": totals.median * 1e3, "bytes_median": sizes.median]
            return result
        }
    }
}

/// Size of a file in bytes, 0 if missing.
func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
}

/// What one run prints: `mode=png n=200 median_ms=...`.
struct RunResult {
    var fields: [String: Double] = [:]

    func line(mode: String) -> String {
        "mode=\(mode) " + fields.keys.sorted().map { "\($0)=\(String(format: "%.4f", fields[$0]!))" }.joined(separator: " ")
    }

    /// Memory over a long run from per-card RSS samples: peak, and whether the last 20% grew.
    mutating func memory(_ rss: [Double]) {
        let tail = rss.suffix(max(1, rss.count / 5))
        let mib = 1048576.0
        fields["rss_at_80pct_mib"] = (tail.first ?? 0) / mib
        fields["rss_end_mib"] = (rss.last ?? 0) / mib
        fields["rss_tail_max_mib"] = (tail.max() ?? 0) / mib
        // Growth over the last 20%: the least-squares slope of RSS per 1,000 cards.
        let xs = tail.indices.map(Double.init), ys = Array(tail)
        let n = Double(xs.count), meanX = xs.reduce(0, +) / n, meanY = ys.reduce(0, +) / n
        let covariance = zip(xs, ys).map { ($0 - meanX) * ($1 - meanY) }.reduce(0, +)
        let variance = xs.map { ($0 - meanX) * ($0 - meanX) }.reduce(0, +)
        fields["rss_tail_slope_kib_per_1000"] = variance > 0 ? covariance / variance * 1000 / 1024 : 0
    }
}

/// Samples added from several threads.
final class LockedSamples: @unchecked Sendable {
    // @unchecked: every access to `values` holds `lock`.
    private let lock = NSLock()
    private var values = Samples()

    func add(_ value: Double) {
        lock.lock()
        values.add(value)
        lock.unlock()
    }

    var samples: Samples {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
