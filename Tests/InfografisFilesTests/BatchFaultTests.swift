import Foundation
import Infografis
@testable import InfografisFiles
import Testing

/// The row time limit: a slow row (made slow on purpose with the `beforeRender` hook) is given up,
/// nothing of it is written, and a fresh worker renders the rest.
@Suite("Batch faults", .timeLimit(.minutes(3)))
struct BatchFaultTests {
    /// Options whose `rows` block on `gate` before rendering. The gate must hold for as long as the
    /// test may take on a loaded machine: while the whole suite runs, long synchronous tests can keep
    /// this test's consumer off the cooperative threads for many seconds, and a gate that opened on
    /// its own meanwhile (it once held 20 s) let given-up workers rejoin and broke the count of
    /// timeouts. The `.timeLimit` on the suite turns a broken limit into a failure, not a hang.
    static func options(_ directory: String? = nil, timeout: Double, stall rows: Set<Int>,
                        gate: DispatchSemaphore) -> BatchOptions {
        var options = BatchOptions(outputDirectory: directory, jobs: 1, rowTimeout: timeout)
        options.beforeRender = { if rows.contains($0) { _ = gate.wait(timeout: .now() + 600) } }
        return options
    }

    @Test func aSlowRowIsGivenUpAndTheOthersAreRenderedByAFreshWorker() async throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gate = DispatchSemaphore(value: 0)
        let options = Self.options(dir.path, timeout: 1, stall: [2], gate: gate)
        // Row 2 blocks until released: the batch can only end if it gives up on the row.
        let results = try await BatchLibraryTests.collect(
            Batch(layout: try BatchLibraryTests.layout(), rows: BatchLibraryTests.rows(5), options: options))
        gate.signal()
        #expect(results.map(\.row) == [1, 2, 3, 4, 5])
        #expect(results.map(\.status) == [.ok, .error, .ok, .ok, .ok])
        let diagnostic = try #require(results[1].diagnostics.first?.diagnostic)
        #expect(diagnostic.code == "row-timeout")
        #expect(diagnostic.message == "Row 2 was still rendering after 1 second, the --row-timeout limit; "
            + "it was given up and none of its files were written.")
        // The abandoned worker, now released, finishes late: its result is dropped, no file appears.
        try await Task.sleep(for: .milliseconds(500))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == ["0001.png", "0003.png", "0004.png", "0005.png"])
    }

    @Test func whenEveryRowIsStuckTheRestFailAtOnceInsteadOfWaiting() async throws {
        let gate = DispatchSemaphore(value: 0)
        let options = Self.options(timeout: 0.05, stall: Set(1...8), gate: gate)
        let results = try await BatchLibraryTests.collect(
            Batch(layout: try BatchLibraryTests.layout(), rows: BatchLibraryTests.rows(8), options: options))
        for _ in 1...8 { gate.signal() }
        #expect(results.map(\.row) == Array(1...8))
        let codes = results.map { $0.diagnostics.first?.diagnostic.code }
        #expect(codes.prefix(5).allSatisfy { $0 == "row-timeout" })  // four replacements for one worker, then none
        #expect(codes.dropFirst(5).allSatisfy { $0 == "batch-stalled" })
    }

    @Test func zeroTurnsTheLimitOff() async throws {
        let gate = DispatchSemaphore(value: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { gate.signal() }
        let options = Self.options(timeout: 0, stall: [1], gate: gate)
        let results = try await BatchLibraryTests.collect(
            Batch(layout: try BatchLibraryTests.layout(), rows: BatchLibraryTests.rows(2), options: options))
        #expect(results.map(\.status) == [.ok, .ok])
    }
}
