import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `infografis batch` when a row hangs or the output cannot be written: a row over `--row-timeout`,
/// `--out` inside a file, and a disk that fills up (a tiny tmpfs; skipped where `mount` is not allowed).
@Suite(.serialized)
struct BatchFaultCLITests {
    /// Whether this process may mount a tmpfs (root in a container usually may; elsewhere not).
    static let tmpfsWorks: Bool = {
        guard let dir = try? CLI.temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        guard mount("tmpfs", dir.path, "tmpfs", 0, "size=4k") == 0 else { return false }
        umount(dir.path)
        return true
    }()

    /// `count` cards on a `fill`-sized tmpfs at `dir/full` (unmounted by the caller); returns the run.
    static func fillUp(_ dir: URL, size: String, prefill: Int = 0) throws -> CLI.Result {
        let full = dir.appendingPathComponent("full")
        try FileManager.default.createDirectory(at: full, withIntermediateDirectories: true)
        try #require(mount("tmpfs", full.path, "tmpfs", 0, "size=\(size)") == 0)
        if prefill > 0 {
            try FileManager.default.createDirectory(at: full.appendingPathComponent("out"), withIntermediateDirectories: true)
            try Data(count: prefill).write(to: full.appendingPathComponent("out/filler"))
        }
        return try CLI.run(["batch", "card.yaml", "data.csv", "--out", "full/out", "--jobs", "1",
                            "--report", "report.json"], in: dir)
    }

    @Test func aRowOverTheTimeLimitIsAnErrorAndTheOthersAreWritten() throws {
        let dir = try BatchCLITests.fixture(rows: 6)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--jobs", "1", "--row-timeout", "1",
                                  "--report", "report.json"], in: dir,
                                 // Row 3's worker is given up while it sleeps and still holds its
                                 // engine when the process exits, by design (see BatchPipeline+Watchdog);
                                 // under `make sanitize` LeakSanitizer would report that memory.
                                 environment: ["INFOGRAFIS_TEST_STALL": "3:30", "ASAN_OPTIONS": "detect_leaks=0"])
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(BatchCLITests.files(dir.appendingPathComponent("out")) == ["0001.png", "0002.png", "0004.png", "0005.png", "0006.png"])
        #expect(result.stderr.contains("row 3 (0003): error\nerror: Row 3 was still rendering after 1 second, "
            + "the --row-timeout limit; it was given up and none of its files were written.\nhint: "))
        let report = try BatchCLITests.report(dir.appendingPathComponent("report.json"))
        #expect(report["status"] as? String == "failed")
        let rows = try #require(report["rows"] as? [[String: Any]])
        #expect(((rows[2]["diagnostics"] as? [[String: Any]])?.first?["code"] as? String) == "row-timeout")
        #expect(rows[2]["outputs"] as? [String] == [])
    }

    @Test func rowTimeoutMustBeZeroOrMore() throws {
        let dir = try BatchCLITests.fixture(rows: 1)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "out", "--row-timeout=-1"], in: dir)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--row-timeout must be 0 (no limit) or a number of seconds."))
    }

    @Test func anOutputFolderInsideAFileNamesThePathAndTheReason() throws {
        let dir = try BatchCLITests.fixture(rows: 3)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["batch", "card.yaml", "data.csv", "--out", "card.yaml/out", "--report", "report.json"], in: dir)
        #expect(result.status == 2)
        let message = "Cannot create the output folder card.yaml/out: Not a directory. card.yaml is a file, not a folder."
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        let report = try BatchCLITests.report(dir.appendingPathComponent("report.json"))
        #expect(report["status"] as? String == "invalid")
        #expect((report["errors"] as? [[String: Any]])?.first?["message"] as? String == message)
    }

    @Test(.enabled(if: tmpfsWorks, "mount -t tmpfs is not permitted here: the disk-full test needs a tiny tmpfs"))
    func aFullDiskStopsTheBatchLeavingOnlyCompleteCards() throws {
        let dir = try BatchCLITests.fixture(rows: 20)
        let full = dir.appendingPathComponent("full")
        defer {
            umount(full.path)
            try? FileManager.default.removeItem(at: dir)
        }
        let result = try Self.fillUp(dir, size: "12k")
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("Cannot write full/out/"))
        #expect(result.stderr.contains(": No space left on device."))
        #expect(result.stderr.contains("error: The batch stopped at row "))
        // Only complete cards, no temporary files: every file is a whole PNG.
        let files = BatchCLITests.files(full.appendingPathComponent("out"))
        #expect(!files.isEmpty && files.count < 20)
        for name in files {
            #expect(name.hasSuffix(".png") && !name.hasPrefix("."), "left behind: \(name)")
            let png = try BatchCLITests.bytes(full.appendingPathComponent("out"), name)
            #expect(png.suffix(8).elementsEqual([0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]), "\(name) is cut short")
        }
        let report = try BatchCLITests.report(dir.appendingPathComponent("report.json"))
        #expect(report["status"] as? String == "failed")
        #expect((report["errors"] as? [[String: Any]])?.first?["code"] as? String == "batch-write-stopped")
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary["ok"] == files.count)
        #expect((summary["notRendered"] ?? 0) > 0, "the batch stopped taking rows")
    }

    @Test(.enabled(if: tmpfsWorks, "mount -t tmpfs is not permitted here: the disk-full test needs a tiny tmpfs"))
    func aDiskFullFromTheStartRendersNothingAndExitsTwo() throws {
        let dir = try BatchCLITests.fixture(rows: 5)
        let full = dir.appendingPathComponent("full")
        defer {
            umount(full.path)
            try? FileManager.default.removeItem(at: dir)
        }
        let result = try Self.fillUp(dir, size: "4k", prefill: 4096)
        #expect(result.status == 2, "stderr: \(result.stderr)")
        #expect(BatchCLITests.files(full.appendingPathComponent("out")) == ["filler"])
        let report = try BatchCLITests.report(dir.appendingPathComponent("report.json"))
        #expect(report["status"] as? String == "invalid")
        #expect(report["exitCode"] as? Int == 2)
    }
}
