import Foundation
import InfografisCore
import Testing
import InfografisFiles

/// A large generated file must stream: resident memory may not grow with the file size.
@Suite("CSV streaming")
struct CSVStreamingTests {
    /// Size of the generated file; `INFOGRAFIS_CSV_STREAM_MB` overrides it (e.g. 1024 for a 1 GB run).
    /// CSV.swift parses about 25 MB/s optimised but only 5 MB/s in a debug build, so a debug
    /// `swift test` reads 80 MB (76 MiB, still more than the 64 MiB growth allowed) to stay under 30 s.
    static let megabytes = ProcessInfo.processInfo.environment["INFOGRAFIS_CSV_STREAM_MB"].flatMap { Int($0) }
        ?? defaultMegabytes
    #if DEBUG
    static let defaultMegabytes = 80
    #else
    static let defaultMegabytes = 200
    #endif

    @Test("a large file streams with flat memory")
    func largeFileStreamsWithFlatMemory() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("infografis-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.csv").path
        let rowsWritten = try Self.writeLargeFile(at: path, bytes: Self.megabytes << 20)

        // Resident memory is process-wide and other suites run in parallel (the hostile-input tests
        // expand YAML to the node limit, render, decode images), so one pass can see their memory
        // too. So a pass over the limit is repeated up to twice. Each pass starts after freed heap
        // is returned to the system (malloc_trim), so a reader that does not stream grows past the
        // limit again on every pass instead of reusing the last pass's pages; noise rarely hits
        // three passes in a row.
        var growths: [Int] = []
        for _ in 0..<3 {
            Self.returnFreedMemory()
            let before = try #require(Self.residentMemory())
            let rows = try CSVRowIterator(path: path)
            var count = 0
            var lastNumber = 0
            var checksum = 0
            while let row = try rows.next() {
                count += 1
                lastNumber = row.number
                checksum &+= row.values[2].utf8.count
            }
            let after = try #require(Self.residentMemory())

            #expect(count == rowsWritten)
            #expect(lastNumber == rowsWritten)
            #expect(checksum > 0)
            growths.append(after - before)
            if growths.last! < 64 << 20 { break }
        }
        #expect(growths.contains { $0 < 64 << 20 },
                "resident memory grew by \(growths.map { "\($0 >> 20)" }.joined(separator: ", ")) MiB while streaming")
    }

    /// Writes a `;`-separated file with quoted fields until it reaches `bytes`; returns the row count.
    static func writeLargeFile(at path: String, bytes: Int) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("provinsi;minggu;penduduk;catatan\n".utf8))
        var written = 0
        var rows = 0
        var chunk = ""
        while written < bytes {
            chunk.removeAll(keepingCapacity: true)
            for _ in 0..<10_000 {
                rows += 1
                chunk += "Provinsi \(rows % 38);\(rows % 52 + 1);\(rows * 7).5;\"Catatan; \"\"baris\"\"\nke-\(rows)\"\n"
            }
            let data = Data(chunk.utf8)
            try handle.write(contentsOf: data)
            written += data.count
        }
        return rows
    }

    /// glibc's `malloc_trim(0)` (not in the Glibc module map, so looked up at run time): gives
    /// free heap pages back to the system, so the next pass's growth is not hidden by reuse.
    static func returnFreedMemory() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// VmRSS of this process in bytes, from /proc/self/status.
    static func residentMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }
}
