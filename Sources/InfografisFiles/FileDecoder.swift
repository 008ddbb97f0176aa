import Foundation
import Infografis
import Yams

/// A node of the parsed YAML tree; every one carries its `mark` (line and column).
typealias YAMLNode = Yams.Node

/// Reads one layout file: turns YAML nodes into values and elements, and collects every
/// problem it meets (it never stops at the first).
final class FileDecoder {
    /// The layout file's path as the caller gave it; diagnostics print it as is.
    let path: String
    /// Absolute directory of the layout file: image paths resolve against it.
    let directory: URL
    /// Problems found so far, in the order met.
    var diagnostics: [Diagnostic] = []
    /// Referenced files must resolve inside it.
    let root: ProjectRoot

    init(path: String, root: ProjectRoot? = nil) {
        self.path = path
        self.root = root ?? ProjectRoot(layoutPath: path)
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        directory = absolute.standardizedFileURL.deletingLastPathComponent()
    }
}

// MARK: - Diagnostics

extension FileDecoder {
    /// Where `node` starts in the file (1:1 when the parser gave no mark).
    func location(of node: YAMLNode) -> SourceLocation {
        let mark = node.mark
        return .file(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Records an error at `node`.
    func error(_ code: String, _ message: String, at node: YAMLNode, hint: String? = nil) {
        diagnostics.append(Diagnostic(code: code, message: message, location: location(of: node), hint: hint))
    }

    /// Records a `wrong-type` error: `property` must be `expected`, and says what was found.
    func wrongType(_ property: String, expected: String, found node: YAMLNode, hint: String? = nil) {
        error("wrong-type", "`\(property)` must be \(expected); found \(describe(node)).", at: node, hint: hint)
    }

    /// Records an `out-of-range` error.
    func outOfRange(_ property: String, _ requirement: String, found node: YAMLNode, hint: String? = nil) {
        error("out-of-range", "`\(property)` must be \(requirement); found \(describe(node)).", at: node, hint: hint)
    }

    /// A short description of a node for messages: `the text "abc"`, `a list`, `a mapping`.
    func describe(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar):
            if scalar.string.isEmpty || (scalar.style == .plain && ["~", "null"].contains(scalar.string)) {
                return "nothing"
            }
            if scalar.style == .plain, Double(scalar.string) != nil { return scalar.string }
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "\"\(text)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

// MARK: - Scalars

extension FileDecoder {
    /// True for an empty value (`key:` with nothing after it, `~` or `null`).
    func isNull(_ node: YAMLNode) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A scalar's text (numbers and booleans included, as written).
    func string(_ node: YAMLNode, _ property: String) -> String? {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            wrongType(property, expected: "a text value", found: node)
            return nil
        }
        return scalar.string
    }

    /// A finite number in `range`.
    func number(_ node: YAMLNode, _ property: String, in range: NumberRange = .any) -> Double? {
        if case .scalar(let scalar) = node, [".nan", ".inf", "+.inf", "-.inf"].contains(scalar.string.lowercased()) {
            outOfRange(property, "a finite number", found: node)
            return nil
        }
        guard case .scalar(let scalar) = node, let value = Double(scalar.string.trimmingSpaces) else {
            wrongType(property, expected: "a number", found: node)
            return nil
        }
        guard value.isFinite else {
            outOfRange(property, "a finite number", found: node)
            return nil
        }
        guard range.contains(value) else {
            outOfRange(property, range.requirement, found: node)
            return nil
        }
        return value
    }

    /// A whole number in `range`.
    func integer(_ node: YAMLNode, _ property: String, in range: NumberRange = .any) -> Int? {
        guard let value = number(node, property, in: range) else { return nil }
        guard value.rounded() == value, abs(value) < 1e9 else {
            wrongType(property, expected: "a whole number", found: node)
            return nil
        }
        return Int(value)
    }

    /// `true` or `false`.
    func bool(_ node: YAMLNode, _ property: String) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        wrongType(property, expected: "true or false", found: node)
        return nil
    }

    /// One of `options`, by name; suggests the nearest name for a misspelling.
    func choice<Value>(_ node: YAMLNode, _ property: String, _ options: [(String, Value)]) -> Value? {
        let names = options.map(\.0)
        guard case .scalar(let scalar) = node, !isNull(node) else {
            wrongType(property, expected: "one of \(list(names))", found: node)
            return nil
        }
        let text = scalar.string.lowercased()
        if let found = options.first(where: { $0.0 == text }) { return found.1 }
        error("invalid-value", "`\(property)` must be one of \(list(names)); found \(describe(node)).", at: node,
              hint: Suggestions.hint(for: scalar.string, among: names))
        return nil
    }

    /// Names as `a, b or c`, each in backticks.
    func list(_ names: [String]) -> String {
        let quoted = names.map { "`\($0)`" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
    }
}

/// An allowed interval for a number, with the words that describe it in messages.
struct NumberRange {
    let contains: @Sendable (Double) -> Bool
    let requirement: String

    static let any = NumberRange(contains: { _ in true }, requirement: "a number")
    static let nonNegative = NumberRange(contains: { $0 >= 0 }, requirement: "zero or more")
    static let positive = NumberRange(contains: { $0 > 0 }, requirement: "greater than zero")
    static let unit = NumberRange(contains: { (0...1).contains($0) }, requirement: "between 0 and 1")

    static func closed(_ range: ClosedRange<Double>) -> NumberRange {
        func format(_ value: Double) -> String {
            value.rounded() == value ? String(Int(value)) : String(value)
        }
        return NumberRange(contains: { range.contains($0) },
                           requirement: "between \(format(range.lowerBound)) and \(format(range.upperBound))")
    }
}
