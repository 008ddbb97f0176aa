import Foundation

/// Monotonic time in seconds.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// Seconds `body` takes.
@discardableResult
func timed(_ body: () throws -> Void) rethrows -> Double {
    let start = now()
    try body()
    return now() - start
}

/// Samples of one quantity, summarised by the median (robust on a shared, noisy machine).
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) { self.values = values }

    /// Empty, with room for `capacity` values already allocated and touched, so that adding
    /// them does not grow the resident set (the memory run must not measure its own samples).
    init(capacity: Int) {
        values = [Double](repeating: 0, count: capacity)
        values.removeAll(keepingCapacity: true)
    }

    mutating func add(_ value: Double) { values.append(value) }
    mutating func add(_ other: Samples) { values += other.values }

    var count: Int { values.count }
    var median: Double { quantile(0.5) }
    var sum: Double { values.reduce(0, +) }

    func quantile(_ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = Int(position.rounded(.up))
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }
}

/// Memory figures of this process from `/proc/self/status`, in bytes.
enum Memory {
    /// Resident set size now.
    static var residentBytes: Int { field("VmRSS") }
    /// Peak resident set size so far.
    static var peakResidentBytes: Int { field("VmHWM") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let number = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first
            return (number.flatMap { Int($0) } ?? 0) * 1024
        }
        return 0
    }
}

/// Runs `body` on a new thread with an 8 MiB stack and waits for it: a worker that owns its
/// own `Engine` (Pango objects stay on the thread that made them).
final class WorkerThread: @unchecked Sendable {
    // @unchecked: `thread` is written before start and only read after join.
    private var thread: pthread_t?
    private let body: () -> Void

    init(_ body: @escaping () -> Void) {
        self.body = body
    }

    func start() {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, 8 << 20)
        let box = Unmanaged.passRetained(self).toOpaque()
        var handle = pthread_t()
        let status = pthread_create(&handle, &attributes, { raw in
            let worker = Unmanaged<WorkerThread>.fromOpaque(raw!).takeRetainedValue()
            worker.body()
            return nil
        }, box)
        pthread_attr_destroy(&attributes)
        precondition(status == 0, "pthread_create failed: \(status)")
        thread = handle
    }

    func join() {
        if let thread { pthread_join(thread, nil) }
    }
}

/// Formats `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int = 2) -> String {
    guard value.isFinite else { return "–" }
    let text = String(format: "%.\(digits)f", value)
    // No "-0" for a value that rounds to zero.
    return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(text.dropFirst()) : text
}

/// 1234567 → "1,234,567".
func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, character) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { out += "," }
        out.append(character)
    }
    return value < 0 ? "-" + out : out
}
