import Foundation
import Synchronization

/// A finished child process: exit status, wall time, peak RSS (from `wait4`), and its output.
struct ChildResult {
    var status: Int32
    var seconds: Double
    var peakResidentBytes: Int
    var standardOutput: String
    var standardError: String

    /// `key=value` fields of the output, e.g. the plain C program's `median_ms=67.585`.
    func field(_ key: String) -> Double? {
        for token in (standardError + " " + standardOutput).split(whereSeparator: { $0 == " " || $0 == "\n" })
        where token.hasPrefix(key + "=") {
            return Double(token.dropFirst(key.count + 1))
        }
        return nil
    }
}

/// Runs `arguments[0]` with the rest as arguments and waits; stdout and stderr go to
/// temporary files. The peak RSS comes from GNU time (`/usr/bin/time`, Debian package `time`)
/// when installed: `wait4` on a posix_spawned child reports the parent's peak too, because
/// the child starts in the parent's address space (vfork) and Linux keeps the larger peak.
func runChild(_ arguments: [String], environment: [String: String] = [:]) throws -> ChildResult {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else {
        return try spawnAndWait(arguments, environment: environment)
    }
    var result = try spawnAndWait(["/usr/bin/time", "-f", "child_maxrss_kib=%M"] + arguments, environment: environment)
    if let kib = result.field("child_maxrss_kib") { result.peakResidentBytes = Int(kib) * 1024 }
    return result
}

private func spawnAndWait(_ arguments: [String], environment: [String: String]) throws -> ChildResult {
    let directory = FileManager.default.temporaryDirectory.path
    let unique = "\(getpid())-\(UInt32.random(in: .min ... .max))"  // children may run at once
    let outPath = "\(directory)/infografis-bench-\(unique)-out.txt"
    let errPath = "\(directory)/infografis-bench-\(unique)-err.txt"
    defer {
        unlink(outPath)
        unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    let envStrings = env.map { "\($0.key)=\($0.value)" }
    let cArguments = arguments.map { strdup($0) } + [nil]
    let cEnvironment = envStrings.map { strdup($0) } + [nil]
    defer {
        for pointer in cArguments { free(pointer) }
        for pointer in cEnvironment { free(pointer) }
    }
    var pid: pid_t = 0
    let start = now()
    let spawned = posix_spawn(&pid, arguments[0], &actions, nil, cArguments, cEnvironment)
    guard spawned == 0 else { throw BenchError("cannot start \(arguments[0]): error \(spawned)") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = now() - start
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return ChildResult(status: exitStatus, seconds: seconds, peakResidentBytes: Int(usage.ru_maxrss) * 1024,
                       standardOutput: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                       standardError: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
}

/// Runs several children at the same time and waits for all of them. The result's wall time
/// runs from starting them to the last one ending; its status is the first failure's (else 0),
/// its peak RSS the largest, its output all of theirs.
func runChildrenTogether(_ commands: [[String]]) throws -> ChildResult {
    let outcomes = Mutex<[Result<ChildResult, any Error>?]>(Array(repeating: nil, count: commands.count))
    let start = now()
    DispatchQueue.concurrentPerform(iterations: commands.count) { index in
        let outcome = Result { try runChild(commands[index]) }
        outcomes.withLock { $0[index] = outcome }
    }
    let seconds = now() - start
    let finished = try outcomes.withLock { $0 }.map { try $0!.get() }
    return ChildResult(status: finished.first { $0.status != 0 }?.status ?? 0, seconds: seconds,
                       peakResidentBytes: finished.map(\.peakResidentBytes).max() ?? 0,
                       standardOutput: finished.map(\.standardOutput).joined(separator: "\n"),
                       standardError: finished.map(\.standardError).joined(separator: "\n"))
}

/// A failure of the harness itself (missing tool, failed child), with a sentence saying what.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
