import Foundation
import Infografis
@testable import InfografisFiles
import Testing

/// The synchronous face of a batch (`BatchRunner`), as the CLI drives it.
@Suite("Batch runner", .timeLimit(.minutes(2)))
struct BatchRunnerTests {

    /// The synchronous runner wakes its caller once per `refill` results: `waitForResults`
    /// returns only when that many are done in row order (a slow first row holds it back even
    /// when later rows are done), and `ready()` then hands them over in row order without waiting.
    @Test func waitingForSeveralResultsKeepsRowOrder() throws {
        let gate = DispatchSemaphore(value: 0)
        var options = BatchOptions(formats: [.png], jobs: 2)
        options.beforeRender = { row in if row == 1 { _ = gate.wait(timeout: .now() + 60) } }
        let runner = BatchRunner(layout: try BatchLibraryTests.layout(), options: options)
        #expect(runner.window == 16 && runner.refill == 8)
        let rows = BatchLibraryTests.rows(6)
        for (index, row) in rows.enumerated() { runner.submit(row: index + 1, values: row) }
        // Rows 2-6 finish while row 1 waits: nothing is ready in row order yet.
        let pipeline = runner.pipeline
        let waited = DispatchSemaphore(value: 0)
        Thread {
            pipeline.waitForResults(atLeast: 3)
            waited.signal()
        }.start()
        #expect(waited.wait(timeout: .now() + 0.5) == .timedOut)
        #expect(runner.ready() == nil)
        gate.signal()
        #expect(waited.wait(timeout: .now() + 30) == .success)
        var taken: [Int] = []
        while let result = runner.ready() { taken.append(result.row) }
        #expect(taken.count >= 3)
        #expect(taken == Array(1...taken.count))
        // Asking for more than is pending waits for all of them.
        runner.waitForResults(atLeast: 100)
        while let result = runner.ready() { taken.append(result.row) }
        #expect(taken == [1, 2, 3, 4, 5, 6])
        runner.finish()
    }

}
