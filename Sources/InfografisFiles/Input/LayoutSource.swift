import Foundation
import Infografis

// Reading a layout file without trusting it: a regular file, at most `Limits.maxLayoutFileBytes`,
// valid UTF-8 (the first bad byte is reported with its line and column).

extension LayoutFile {
    /// The text of the layout file at `path`.
    static func readText(path: String) throws(Diagnostics) -> String {
        let bytes: [UInt8]
        switch SafeFile.read(path, limit: Limits.maxLayoutFileBytes) {
        case .success(let read):
            bytes = read
        case .failure(let failure):
            let (code, hint) = switch failure {
            case .tooLarge: ("file-too-large", "A layout file is a few kilobytes; keep data in a CSV file.")
            case .directory, .notRegular: ("not-a-file", "Name a .yaml, .yml or .json file.")
            case .missing, .system: ("unreadable-file", "Check the path, and that the file is UTF-8 text.")
            }
            throw Diagnostics([Diagnostic(code: code, message: "Cannot read the layout file \"\(path)\": \(failure.reason).",
                                          hint: hint)])
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostics([Diagnostic(code: "invalid-utf8", message: "The layout file is saved as UTF-16 text.",
                                          location: .file(path: path, line: 1, column: 1),
                                          hint: "Save it as UTF-8 (in VS Code: the encoding in the status bar, \"Save with Encoding\").")])
        }
        if let offset = firstInvalidUTF8(bytes) {
            let (line, column) = lineAndColumn(of: offset, in: bytes)
            let byte = String(bytes[offset], radix: 16, uppercase: true)
            throw Diagnostics([Diagnostic(code: "invalid-utf8",
                                          message: "The layout file is not valid UTF-8 text: byte 0x\(byte.count == 1 ? "0" + byte : byte) at line \(line), column \(column) does not start a character.",
                                          location: .file(path: path, line: line, column: column),
                                          hint: "Save the file as UTF-8; it was probably written as Windows-1252 or Latin-1.")])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence; nil when all are.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error:
                // The decoder consumed at least one byte of the bad sequence; report its first byte.
                return offset
            }
        }
    }

    /// 1-based line and column (in Unicode scalars, as the YAML parser counts) of byte `offset`.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let before = bytes[..<offset]
        let line = before.lazy.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }
}
