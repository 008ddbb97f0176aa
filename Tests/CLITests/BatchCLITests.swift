import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// End-to-end tests of `infografis batch`: small cards (200 x 200) and 20 to 300 rows, so the
/// whole suite stays fast. The kill and interrupt tests are the longest (a few seconds each).
@Suite(.serialized)
struct BatchCLITests {
    /// A directory with `card.yaml` and `data.csv` of `rows` rows; rows in `bad` have a non-number.
    static func fixture(rows: Int, bad: Set<Int> = [], duplicate: Int? = nil) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        try """
            canvas: {width: 200, height: 200}
            background: "#0B3C5D"
            body:
              column:
                padding: 16
                gap: 6
                children:
                  - text: {content: "{{provinsi | upper}}", size: 18, weight: bold, color: white}
                  - text: {content: "{{penduduk | compact}} jiwa", size: 15, color: "#CFE8E4"}
                  - text: {content: "lebih dari 1 juta", size: 11, color: white, visible: "{{penduduk}} > 1000000"}
            """.write(to: dir.appendingPathComponent("card.yaml"), atomically: true, encoding: .utf8)
        var csv = "# Sumber: data uji\nkode,provinsi,penduduk\n"
        for row in 1...rows {
            let name = row == duplicate ? "Provinsi 1" : "Provinsi \(row)"
            csv += "\(row),\(name),\(bad.contains(row) ? "banyak" : String(row * 73_519))\n"
        }
        try csv.write(to: dir.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        return dir
    }

    static func files(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    static func bytes(_ dir: URL, _ name: String) throws -> Data {
        try Data(contentsOf: dir.appendingPathComponent(name))
    }

    static func report(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func happyPathWritesOneCardPerRowAndAReport() throws {
        let dir = try Self.fixture(rows: 20)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--format", "png,svg",
                                  "--name", "{{kode}}-{{provinsi}}", "--report", "report.json", "--jobs", "2"], in: dir)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let out = dir.appendingPathComponent("out")
        let expected = (1...20).flatMap { ["\($0)-Provinsi-\($0).png", "\($0)-Provinsi-\($0).svg"] }.sorted()
        #expect(Self.files(out) == expected)
        let png = try Self.bytes(out, "1-Provinsi-1.png")
        #expect(png[16..<24].elementsEqual([0, 0, 0, 200, 0, 0, 0, 200]))
        let report = try Self.report(dir.appendingPathComponent("report.json"))
        #expect(report["status"] as? String == "ok")
        #expect(report["exitCode"] as? Int == 0)
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary["rows"] == 20 && summary["ok"] == 20 && summary["error"] == 0)
        let rows = try #require(report["rows"] as? [[String: Any]])
        #expect(rows.map { $0["row"] as? Int } == (1...20).map { $0 })
        #expect(rows[0]["outputs"] as? [String] == ["out/1-Provinsi-1.png", "out/1-Provinsi-1.svg"])
    }

    @Test func badRowsAreReportedAndTheOthersRendered() throws {
        let dir = try Self.fixture(rows: 20, bad: [4, 11])
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("data.csv")
        try (String(contentsOf: csv, encoding: .utf8) + "21,Provinsi 21\n").write(to: csv, atomically: true, encoding: .utf8)
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--report", "report.json", "--quiet"],
                                 in: dir)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(Self.files(dir.appendingPathComponent("out")).count == 18)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/0004.png").path))
        // Each bad row: its number, the layout location, the column and the reason.
        #expect(result.stderr.contains("row 4 (0004): error"))
        #expect(result.stderr.contains("card.yaml:9:26: error: The value of column \"penduduk\" (row 4 of data.csv) is \"banyak\""))
        #expect(result.stderr.contains("data.csv: row 21, column \"penduduk\": error: Row 21 has 2 fields"))
        let rows = try #require(try Self.report(dir.appendingPathComponent("report.json"))["rows"] as? [[String: Any]])
        let failed = rows.filter { $0["status"] as? String == "error" }
        #expect(failed.map { $0["row"] as? Int } == [4, 11, 21])
        let diagnostic = try #require((failed[0]["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["code"] as? String == "template-not-a-number")
        #expect(diagnostic["file"] as? String == "card.yaml")
        #expect(diagnostic["line"] as? Int == 9)
        #expect(diagnostic["row"] as? Int == 4)
        #expect(diagnostic["dataColumn"] as? String == "penduduk")
        #expect(failed[0]["outputs"] as? [String] == [])
    }

    /// A warning every row triggers the same way is printed once, then the rows that repeated
    /// it; the report still has it on every row. Warnings that differ per row are all printed.
    @Test func aWarningRepeatedWordForWordIsPrintedOnceWithItsRows() throws {
        let dir = try Self.fixture(rows: 6)
        defer { try? FileManager.default.removeItem(at: dir) }
        let card = dir.appendingPathComponent("card.yaml")
        try (String(contentsOf: card, encoding: .utf8)
            + "\n      - text: {content: \"Sumber: data uji\", size: 11, color: \"#2A4A60\"}\n")
            .write(to: card, atomically: true, encoding: .utf8)
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--report", "report.json", "--quiet"],
                                 in: dir)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let full = result.stderr.components(separatedBy: "warning: The text \"Sumber: data uji\" has a contrast").count - 1
        #expect(full == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("row 1 (0001): warning"))
        #expect(!result.stderr.contains("row 2 (0002)"))
        #expect(result.stderr.contains("card.yaml:11:9: warning: the same warning (low-contrast) also in 5 more rows: 2–6"),
                "stderr: \(result.stderr)")
        let rows = try #require(try Self.report(dir.appendingPathComponent("report.json"))["rows"] as? [[String: Any]])
        #expect(rows.map { $0["status"] as? String } == Array(repeating: "warning", count: 6))
    }

    @Test func invalidLayoutOrMissingColumnRendersNothingAndExitsTwo() throws {
        let dir = try Self.fixture(rows: 3)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--name", "{{kod}}"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--name: The template uses the column \"kod\""), "stderr: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test func duplicateNamesFailBeforeAnythingIsWritten() throws {
        let dir = try Self.fixture(rows: 30, duplicate: 25)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--name", "{{provinsi}}",
                                  "--report", "report.json"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Rows 1 and 25 would all be written as \"Provinsi-1\""), "stderr: \(result.stderr)")
        #expect(Self.files(dir.appendingPathComponent("out")).isEmpty)
        let report = try Self.report(dir.appendingPathComponent("report.json"))
        #expect(report["status"] as? String == "invalid")
        #expect((report["errors"] as? [[String: Any]])?.first?["code"] as? String == "batch-duplicate-name")
    }

    @Test func outputsAreByteIdenticalWhateverTheJobs() throws {
        let dir = try Self.fixture(rows: 24)
        defer { try? FileManager.default.removeItem(at: dir) }
        for jobs in ["1", "2"] {
            let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out\(jobs)", "--jobs", jobs,
                                      "--format", "png,svg", "--quiet"], in: dir)
            #expect(result.status == 0, "stderr: \(result.stderr)")
        }
        let one = dir.appendingPathComponent("out1"), two = dir.appendingPathComponent("out2")
        #expect(Self.files(one).count == 48)
        #expect(Self.files(one) == Self.files(two))
        for name in Self.files(one) {
            #expect(try Self.bytes(one, name) == Self.bytes(two, name), "\(name) differs")
        }
    }

    @Test func shardsTogetherRenderEveryRowExactlyOnce() throws {
        let dir = try Self.fixture(rows: 20)
        defer { try? FileManager.default.removeItem(at: dir) }
        var rendered: [Int] = []
        for shard in 0..<3 {
            let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "sharded", "--shard", "\(shard)/3",
                                      "--report", "report-\(shard).json", "--quiet"], in: dir)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let rows = try #require(try Self.report(dir.appendingPathComponent("report-\(shard).json"))["rows"] as? [[String: Any]])
            let numbers = rows.compactMap { $0["row"] as? Int }
            #expect(numbers.allSatisfy { ($0 - 1) % 3 == shard })
            rendered += numbers
        }
        #expect(rendered.sorted() == Array(1...20))
        #expect(Set(rendered).count == rendered.count)
        let single = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "single", "--quiet"], in: dir)
        #expect(single.status == 0)
        let sharded = dir.appendingPathComponent("sharded"), whole = dir.appendingPathComponent("single")
        #expect(Self.files(sharded) == Self.files(whole))
        for name in Self.files(whole) { #expect(try Self.bytes(sharded, name) == Self.bytes(whole, name)) }
    }

    @Test func shardAutoReadsTheIndexedJobEnvironment() throws {
        let dir = try Self.fixture(rows: 7)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--shard", "auto", "--quiet"], in: dir,
                                 environment: ["JOB_COMPLETION_INDEX": "1", "JOB_COMPLETIONS": "3"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Self.files(dir.appendingPathComponent("out")) == ["0002.png", "0005.png"])
        let missing = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--shard", "auto"], in: dir)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("JOB_COMPLETION_INDEX"))
    }

    @Test func severalSizesAreNamedBySize() throws {
        let dir = try Self.fixture(rows: 2)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--size", "200x200,300x150", "--quiet"],
                                 in: dir)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Self.files(dir.appendingPathComponent("out"))
                == ["0001-200x200.png", "0001-300x150.png", "0002-200x200.png", "0002-300x150.png"])
    }

    @Test func plainProgressLinesWhenNotATerminal() throws {
        let dir = try Self.fixture(rows: 5)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--progress-interval", "0"], in: dir)
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("batch: ") && $0.contains(" rows (") }.count == 5, "stderr: \(result.stderr)")
        #expect(lines.contains { $0.hasPrefix("batch: 5/5 rows (100%), ") })
        #expect(lines.last?.hasPrefix("batch: 5 of 5 rows: 5 rendered in ") == true)
        #expect(!result.stderr.contains("\u{1B}["))
        let quiet = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out2", "--quiet"], in: dir)
        #expect(quiet.stderr.isEmpty)
    }

    /// Long-ish (a few seconds): kill -9 in the middle, check that only complete files exist, resume,
    /// and compare every file with an uninterrupted run.
    @Test func killedMidwayLeavesOnlyCompleteFilesAndResumeFinishesIdentically() throws {
        let rows = 300
        let dir = try Self.fixture(rows: rows)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let process = try CLI.start(["batch", "card.yaml", "data.csv", "--out", "out", "--jobs", "2", "--quiet"], in: dir)
        let deadline = Date().addingTimeInterval(60)
        while Self.files(out).count < 20, process.isRunning, Date() < deadline { usleep(2_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let left = Self.files(out)
        let expected = Set((1...rows).map { String(format: "%04d.png", $0) })
        #expect(left.allSatisfy(expected.contains), "unexpected files: \(left.filter { !expected.contains($0) })")
        #expect(left.count < rows, "the batch ended before it could be killed; the test proves less")
        let resumed = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--resume", "--report", "r.json",
                                   "--quiet"], in: dir)
        #expect(resumed.status == 0, "stderr: \(resumed.stderr)")
        let summary = try #require(try Self.report(dir.appendingPathComponent("r.json"))["summary"] as? [String: Int])
        #expect(summary["skipped"] == left.count)
        #expect(summary["ok"] == rows - left.count)
        let whole = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "whole", "--quiet"], in: dir)
        #expect(whole.status == 0)
        let reference = dir.appendingPathComponent("whole")
        #expect(Self.files(out) == Self.files(reference))
        for name in Self.files(reference) { #expect(try Self.bytes(out, name) == Self.bytes(reference, name), "\(name)") }
    }

    @Test func interruptFinishesInFlightRowsAndWritesTheReport() throws {
        let dir = try Self.fixture(rows: 300)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let process = try CLI.start(["batch", "card.yaml", "data.csv", "--out", "out", "--jobs", "2", "--quiet",
                                     "--report", "report.json"], in: dir)
        let deadline = Date().addingTimeInterval(60)
        while Self.files(out).count < 10, process.isRunning, Date() < deadline { usleep(2_000) }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let report = try Self.report(dir.appendingPathComponent("report.json"))
        #expect(report["status"] as? String == "interrupted")
        let rows = try #require(report["rows"] as? [[String: Any]])
        // Every row taken is finished and its file complete; rows are a prefix of the file.
        #expect(rows.map { $0["row"] as? Int } == (1...rows.count).map { $0 })
        #expect(Self.files(out).count == rows.count)
        #expect(rows.count < 300)
    }
}
