import Foundation
import Infografis
import InfografisFiles
import Testing

/// The path layout text is loaded as in these tests (images resolve against its folder).
let testPath = "card.yaml"

/// The diagnostics loading `yaml` throws; empty when it loads.
func problems(_ yaml: String, path: String = testPath) -> [Diagnostic] {
    do {
        _ = try LayoutFile.load(yaml: yaml, path: path)
        return []
    } catch {
        return error.items
    }
}

/// The document of `yaml`, which must load.
func document(_ yaml: String, path: String = testPath, root: String? = nil) throws -> Document {
    do {
        return try LayoutFile.load(yaml: yaml, path: path, root: root).document()
    } catch {
        Issue.record("Unexpected diagnostics:\n\(DiagnosticPrinter.text(error.items, sources: [path: yaml]))")
        throw error
    }
}

/// The root node of a file whose body is `body` (flow YAML, e.g. `{text: Hi}`).
func root(_ body: String) throws -> Node {
    try document("body: \(body)\n").root
}

/// The first diagnostic of a file whose body is `body`.
func firstProblem(_ body: String) -> Diagnostic? {
    problems("body: \(body)\n").first
}

/// `line:column` of a diagnostic's file location, for short assertions.
func place(_ diagnostic: Diagnostic?) -> String? {
    guard case let .file(_, line, column)? = diagnostic?.location else { return nil }
    return "\(line):\(column)"
}

/// A text node with the default style changed by `edit`.
func textNode(_ text: String, _ edit: (inout TextStyle) -> Void = { _ in }) -> Node {
    var style = TextStyle()
    edit(&style)
    return Node(.text(TextContent(text, style: style)))
}

/// A new empty directory for files a test writes.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("infografis-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
