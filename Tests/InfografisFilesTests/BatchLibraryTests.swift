import Foundation
import Infografis
import InfografisFiles
import Testing

/// The `Batch` API with rows from memory or an async source, as another program would use it.
@Suite("Batch library")
struct BatchLibraryTests {
    static let yaml = """
        canvas: {width: 200, height: 200}
        body:
          column:
            padding: 16
            gap: 8
            background: "#EEF6F5"
            children:
              - text: {content: "{{provinsi | upper}}", size: 20, weight: bold, color: "#0B3C5D"}
              - text: {content: "{{penduduk | compact}} jiwa", size: 16}
              - text: {content: "terbanyak", size: 12, visible: "{{penduduk}} > 15000"}
        """

    static func layout() throws -> LayoutTemplate {
        try LayoutTemplate(yaml: yaml, path: "kartu.yaml")
    }

    static func rows(_ count: Int, bad: Set<Int> = []) -> [[String: String]] {
        (1...count).map { ["provinsi": "Provinsi \($0)", "penduduk": bad.contains($0) ? "banyak" : "\($0 * 1000)"] }
    }

    static func collect<Rows>(_ batch: Batch<Rows>) async throws -> [BatchResult] {
        var results: [BatchResult] = []
        for try await result in batch { results.append(result) }
        return results
    }

    @Test func inMemoryRowsGiveBytesInRowOrderAndBadRowsDoNotStopTheOthers() async throws {
        let batch = Batch(layout: try Self.layout(), rows: Self.rows(20, bad: [5]), options: BatchOptions(jobs: 2))
        let results = try await Self.collect(batch)
        #expect(results.map(\.row) == Array(1...20))
        #expect(results[4].status == .error)
        #expect(results[4].diagnostics.first?.column == "penduduk")
        #expect(results[4].diagnostics.first?.diagnostic.location == .file(path: "kartu.yaml", line: 9, column: 26))
        #expect(results[4].outputs.allSatisfy { $0.bytes == nil })
        for result in results where result.row != 5 {
            #expect(result.status == .ok)
            #expect(result.name == String(format: "%04d", result.row))
            let png = try #require(result.outputs.first?.bytes)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }

    @Test func bytesDoNotDependOnTheNumberOfWorkers() async throws {
        let layout = try Self.layout()
        let options = { (jobs: Int) in BatchOptions(formats: [.png, .svg], jobs: jobs) }
        let one = try await Self.collect(Batch(layout: layout, rows: Self.rows(12), options: options(1)))
        let three = try await Self.collect(Batch(layout: layout, rows: Self.rows(12), options: options(3)))
        #expect(one.count == 12)
        #expect(one.map { $0.outputs.map(\.bytes) } == three.map { $0.outputs.map(\.bytes) })
    }

    @Test func asyncSourceWithShardAndSizes() async throws {
        let stream = AsyncStream<[String: String]> { continuation in
            for row in Self.rows(9) { continuation.yield(row) }
            continuation.finish()
        }
        let sizes = [BatchSize(argument: "200x200"), BatchSize(argument: "300x150")].compactMap { $0 }
        let options = BatchOptions(sizes: sizes, jobs: 2, shard: BatchShard(index: 1, count: 3))
        let results = try await Self.collect(Batch(layout: try Self.layout(), rows: stream, options: options))
        #expect(results.map(\.row) == [2, 5, 8])
        #expect(results[0].outputs.map(\.fileName) == ["0002-200x200.png", "0002-300x150.png"])
        let wide = try #require(results[0].outputs[1].bytes)
        #expect(wide[16..<24].elementsEqual([0, 0, 0x01, 0x2C, 0, 0, 0, 0x96]))  // 300 x 150
    }

    @Test func hiddenBodySkipsAndDuplicateNamesAreRowErrors() async throws {
        let layout = try LayoutTemplate(yaml: "canvas: {width: 50, height: 50}\nbody:\n  text: {content: \"{{n}}\", visible: \"{{n}} != x\"}\n",
                                        path: "kartu.yaml")
        let naming = BatchNaming(template: try Template("{{n}}"))
        let rows = [["n": "a"], ["n": "x"], ["n": "A"]]
        let results = try await Self.collect(Batch(layout: layout, rows: rows, options: BatchOptions(naming: naming, jobs: 1)))
        #expect(results.map(\.status) == [.ok, .skipped, .error])
        #expect(results[1].skipReason == .hidden)
        #expect(results[2].diagnostics.first?.diagnostic.code == "batch-duplicate-name")
    }

    @Test func writesFilesAndResumeSkipsThem() async throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let options = BatchOptions(outputDirectory: dir.path, jobs: 2)
        let first = try await Self.collect(Batch(layout: try Self.layout(), rows: Self.rows(6), options: options))
        #expect(first.allSatisfy { $0.status == .ok && $0.outputs.allSatisfy { $0.bytes == nil && $0.path != nil } })
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == (1...6).map { String(format: "%04d.png", $0) })
        try FileManager.default.removeItem(at: dir.appendingPathComponent("0003.png"))
        var resumed = options
        resumed.resume = true
        let second = try await Self.collect(Batch(layout: try Self.layout(), rows: Self.rows(6), options: resumed))
        #expect(second.map(\.status) == [.skipped, .skipped, .ok, .skipped, .skipped, .skipped])
        #expect(second[0].skipReason == .exists)
    }
}

/// Layout warnings of a row name the layout line and the data column that fed the text.
@Suite("Batch warnings")
struct BatchWarningTests {
    @Test func missingGlyphNamesRowColumnAndCharacter() async throws {
        let rows = [["provinsi": "Aceh", "penduduk": "5000"], ["provinsi": "X\u{0378}Y", "penduduk": "7000"]]
        let results = try await BatchLibraryTests.collect(
            Batch(layout: try BatchLibraryTests.layout(), rows: rows, options: BatchOptions(jobs: 1)))
        #expect(results.map(\.status) == [.ok, .warning])
        let warning = try #require(results[1].diagnostics.first)
        #expect(warning.row == 2)
        #expect(warning.column == "provinsi")
        #expect(warning.diagnostic.code == "missing-glyph")
        #expect(warning.diagnostic.location == .file(path: "kartu.yaml", line: 8, column: 9))  // the `text:` key
        #expect(warning.diagnostic.message == "No installed font can show \u{201C}\u{0378}\u{201D} (U+0378); it is drawn as a box. "
            + "The text comes from column \"provinsi\" in row 2.")
    }
}
