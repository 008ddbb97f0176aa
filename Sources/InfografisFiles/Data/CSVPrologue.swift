import Foundation
import InfografisCore

/// What comes before the first data row: byte-order mark, `#` comment lines, and the header line.
///
/// Only the first megabyte is read to find it; the rows themselves are streamed later.
struct CSVPrologue {
    /// Bytes to skip before the header starts (BOM and comment lines).
    var headerOffset: Int
    /// Text of the `#` comment lines, without the `#` and surrounding spaces.
    var comments: [String]
    /// The delimiter given in the options or detected from the header line.
    var delimiter: CSVDelimiter

    /// How much of the file is read to find the header.
    static let sniffLimit = 1 << 20

    init(path: String, options: CSVOptions) throws(Diagnostic) {
        let head = try Self.readHead(path: path)
        let fileLocation = SourceLocation.file(path: path, line: 1, column: 1)
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic(code: "csv-utf16",
                             message: "The CSV file is saved as UTF-16 text, which Infografis cannot read.",
                             location: fileLocation,
                             hint: "Save it again as \"CSV UTF-8\" in your spreadsheet program.")
        }
        var offset = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var comments: [String] = []
        // Skip blank lines and (if allowed) `#` comment lines before the header.
        while offset < head.count {
            let lineEnd = head[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? head.count
            let line = head[offset..<lineEnd]
            let isBlank = line.allSatisfy { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: " ") }
            let isComment = options.allowsCommentLines && line.first == UInt8(ascii: "#")
            guard isBlank || isComment else { break }
            if isComment {
                let text = String(decoding: line.dropFirst(), as: UTF8.self)
                comments.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            offset = lineEnd + 1
        }
        guard offset < head.count else {
            throw Diagnostic(code: "csv-empty-file",
                             message: "The CSV file \(path) has no header row\(head.isEmpty ? " (it is empty)" : "").",
                             location: fileLocation,
                             hint: "Export the sheet again with its first row holding the column names.")
        }
        self.headerOffset = offset
        self.comments = comments
        self.delimiter = options.delimiter ?? Self.detectDelimiter(in: head[offset...])
    }

    /// The first `sniffLimit` bytes of the file.
    static func readHead(path: String) throws(Diagnostic) -> [UInt8] {
        // A folder, FIFO or device (/dev/zero) would fail obscurely, block, or never end.
        if let failure = SafeFile.check(path), failure != .missing {
            throw Diagnostic(code: "csv-unreadable", message: "The CSV file \(path) cannot be read: \(failure.reason).",
                             hint: "Name a .csv file exported from the spreadsheet.")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Diagnostic(code: "csv-unreadable",
                             message: "The CSV file \(path) cannot be opened.",
                             hint: "Check that the path is right and that the file is readable.")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.read(upToCount: sniffLimit) ?? Data())
        } catch {
            throw Diagnostic(code: "csv-unreadable",
                             message: "The CSV file \(path) cannot be read: \(error.localizedDescription).",
                             hint: "Check that the path names a file, not a folder.")
        }
    }

    /// Picks the delimiter that occurs most often outside quotes in the header line (ties favour `,`, then `;`).
    static func detectDelimiter(in bytes: ArraySlice<UInt8>) -> CSVDelimiter {
        var counts: [CSVDelimiter: Int] = [:]
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                for delimiter in CSVDelimiter.allCases where delimiter.byte == byte {
                    counts[delimiter, default: 0] += 1
                }
            }
        }
        var best = CSVDelimiter.comma
        for delimiter in CSVDelimiter.allCases where counts[delimiter, default: 0] > counts[best, default: 0] {
            best = delimiter
        }
        return best
    }
}
