import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress of a batch on standard error: a one-line bar on a terminal, plain periodic lines
/// otherwise (logs, CI), nothing with `--quiet`. Messages (row errors) are printed above the bar.
final class BatchProgress {
    enum Mode { case bar, lines, off }

    let total: Int
    let mode: Mode
    /// Seconds between plain lines; 0 prints one per row.
    let interval: Double
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var done = 0
    private var failed = 0
    private var barShown = false

    init(total: Int, quiet: Bool, interval: Double) {
        self.total = total
        self.interval = interval
        mode = quiet ? .off : (isatty(STDERR_FILENO) == 1 ? .bar : .lines)
    }

    /// Records that `done` rows are finished, `failed` of them with errors.
    func update(done: Int, failed: Int) {
        self.done = done
        self.failed = failed
        let now = Date()
        switch mode {
        case .off:
            return
        case .bar:
            guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
            lastDraw = now
            write("\r\u{1B}[2K" + barLine())
            barShown = true
        case .lines:
            guard now.timeIntervalSince(lastDraw) >= interval || done == total else { return }
            lastDraw = now
            write(plainLine() + "\n")
        }
    }

    /// Prints `text` (ends with a newline) above the bar; row errors are shown even with `--quiet`.
    func message(_ text: String) {
        if mode == .bar, barShown {
            write("\r\u{1B}[2K" + text + barLine())
        } else {
            write(text)
        }
    }

    /// Clears the bar (a terminal keeps the summary line instead).
    func end() {
        if mode == .bar, barShown { write("\r\u{1B}[2K") }
        barShown = false
    }

    // MARK: - Lines

    private var elapsed: Double { Date().timeIntervalSince(start) }

    private var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    private var eta: String {
        guard rate > 0 else { return "?" }
        return Self.duration(Double(total - done) / rate)
    }

    private func barLine() -> String {
        let width = 24
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let failures = failed > 0 ? " · \(failed) failed" : ""
        return "[\(bar)] \(done)/\(total) rows · \(String(format: "%.1f", rate)) rows/s · ETA \(eta)\(failures)"
    }

    private func plainLine() -> String {
        let percent = total > 0 ? done * 100 / total : 100
        let failures = failed > 0 ? ", \(failed) failed" : ""
        return "batch: \(done)/\(total) rows (\(percent)%), \(String(format: "%.1f", rate)) rows/s, ETA \(eta)\(failures)"
    }

    /// `42s`, `3m05s`, `1h02m`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        if total < 3600 { return String(format: "%dm%02ds", total / 60, total % 60) }
        return String(format: "%dh%02dm", total / 3600, total % 3600 / 60)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
