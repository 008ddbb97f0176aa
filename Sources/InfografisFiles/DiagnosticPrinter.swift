import Foundation
import Infografis

/// Prints diagnostics for people (compiler style, with the source line and a caret) and for
/// programs (JSON).
public enum DiagnosticPrinter {
    /// Compiler-style text, one block per diagnostic, blank line between blocks:
    ///
    /// ```
    /// card.yaml:7:7: error: Unknown property `paddng` on column.
    ///       paddng: 64
    ///       ^
    /// hint: did you mean `padding`?
    /// ```
    ///
    /// Source lines come from `sources` (path → file text) or, when absent there, from disk; the
    /// caret line repeats the tabs of the source line so it stays aligned.
    public static func text(_ items: [Diagnostic], sources: [String: String] = [:]) -> String {
        var cache = sources
        return items.map { item in
            var lines: [String] = []
            let severity = item.severity.rawValue
            switch item.location {
            case let .file(path, line, column)?:
                lines.append("\(path):\(line):\(column): \(severity): \(item.message)")
                if let source = sourceLine(line, of: path, cache: &cache) {
                    let (shown, shownColumn) = window(source, around: column)
                    lines.append(shown)
                    lines.append(caret(under: shownColumn, in: shown))
                }
            case let location?:
                lines.append("\(location): \(severity): \(item.message)")
            case nil:
                lines.append("\(severity): \(item.message)")
            }
            if let hint = item.hint { lines.append("hint: \(hint)") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n") + (items.isEmpty ? "" : "\n")
    }

    /// A JSON array of `{severity, code, message, file, line, column, hint}` objects, one per line;
    /// absent values are `null`. For CSV locations `line` is the row and `column` the column name;
    /// for node paths `file` is null and the path is in `node`.
    public static func json(_ items: [Diagnostic]) -> String {
        guard !items.isEmpty else { return "[]\n" }
        let objects = items.map { item in
            var file: String?, line: String?, column: String?, node: String?
            switch item.location {
            case let .file(path, l, c)?: (file, line, column) = (path, String(l), String(c))
            case let .csv(path, row, name)?: (file, line, column) = (path, String(row), quoted(name))
            case let .node(path)?: node = path
            case nil: break
            }
            var fields = [
                ("severity", quoted(item.severity.rawValue)), ("code", quoted(item.code)),
                ("message", quoted(item.message)), ("file", file.map(quoted) ?? "null"),
                ("line", line ?? "null"), ("column", column ?? "null"), ("hint", item.hint.map(quoted) ?? "null"),
            ]
            if let node { fields.append(("node", quoted(node))) }
            return "  {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    // MARK: - Helpers

    /// Line `number` (from 1) of the file at `path`, without its line break; nil if unavailable.
    private static func sourceLine(_ number: Int, of path: String, cache: inout [String: String]) -> String? {
        if cache[path] == nil {
            cache[path] = try? String(contentsOfFile: path, encoding: .utf8)
        }
        guard let text = cache[path], number >= 1 else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard number <= lines.count else { return nil }
        var line = String(lines[number - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }

    /// At most about 120 characters of a long source line around `column` (hostile or minified
    /// files can have one line of megabytes), with `…` where it is cut, and the column within it.
    static func window(_ line: String, around column: Int) -> (String, Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > 120 else { return (line, column) }
        let start = max(0, min(column - 1 - 60, scalars.count - 120))
        let end = min(scalars.count, start + 120)
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        var shownColumn = column - start
        if start > 0 { text = "…" + text; shownColumn += 1 }
        if end < scalars.count { text += "…" }
        return (text, shownColumn)
    }

    /// Spaces (and the source's tabs) up to `column`, counted in Unicode scalars as the parser does, then `^`.
    private static func caret(under column: Int, in line: String) -> String {
        let before = line.unicodeScalars.prefix(max(column - 1, 0))
        let padding = before.map { $0 == "\t" ? "\t" : " " }.joined()
        return padding + String(repeating: " ", count: max(column - 1 - before.count, 0)) + "^"
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension Diagnostics: CustomStringConvertible {
    /// The compiler-style text of every item (see `DiagnosticPrinter.text`).
    public var description: String {
        DiagnosticPrinter.text(items)
    }
}
