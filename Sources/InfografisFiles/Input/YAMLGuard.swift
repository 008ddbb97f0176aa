internal import CYaml
import Infografis

/// Checks a layout file's YAML event stream before it is composed into a tree, so hostile input
/// fails with a diagnostic instead of exhausting the stack, the memory or the CPU:
///
/// - nesting deeper than `Limits.maxYAMLDepth` (Yams composes recursively, and so does the loader);
/// - more than `Limits.maxYAMLNodes` values once aliases are expanded ("billion laughs": ten
///   aliases of ten aliases of ... are a few hundred bytes that expand to 10⁹ values);
/// - control characters (NUL, BEL, ESC, ...) in scalars, which a quoted string can spell as
///   `"\0"`; they cannot be drawn and truncate text in C libraries, so they are reported.
///
/// libyaml's event parser is iterative, so this pass itself uses constant stack. Syntax errors are
/// left to the composer, which reports them with context.
enum YAMLGuard {
    /// Problems found in `text`; `fatal` when the text must not be composed at all.
    static func check(_ text: String, path: String) -> (problems: [Diagnostic], fatal: Bool) {
        if let raw = rawControlCharacter(in: text, path: path) { return ([raw], true) }
        let problems = events(text, path: path)
        return (problems, problems.contains { ["yaml-too-deep", "yaml-too-large", "yaml-alias-bomb"].contains($0.code) })
    }

    /// Problems found by walking the event stream.
    private static func events(_ text: String, path: String) -> [Diagnostic] {
        _ = nestingLimitSet
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return [] }
        var problems: [Diagnostic] = []
        bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var walker = Walker(path: path)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                if let fatal = walker.visit(event) {
                    problems = walker.problems + [fatal]
                    return
                }
            }
            problems = walker.problems
            // libyaml's scanner looks ahead, so it may meet the nesting limit before the walker does.
            if parser.error != YAML_NO_ERROR, let problem = parser.problem,
               String(cString: problem).hasPrefix("Maximum nesting level") {
                problems.append(walker.tooDeep(parser.problem_mark))
            }
        }
        return problems
    }

    /// A control character typed into the file itself (not spelled as an escape), which the YAML
    /// parser would only call "not allowed"; reported with its line and column.
    static func rawControlCharacter(in text: String, path: String) -> Diagnostic? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if ControlCharacters.isForbidden(scalar) {
                return Diagnostic(code: "control-character",
                                  message: "The file contains the control character \(ControlCharacters.describe(scalar)) at line \(line), column \(column).",
                                  location: .file(path: path, line: line, column: column),
                                  hint: "Delete it; it is invisible in most editors (it often comes from copying text out of a PDF or a terminal).")
            }
            column += 1
        }
        return nil
    }

    /// libyaml's own nesting limit (a process-wide setting, default 1000), lowered to ours once:
    /// its scanner reads ahead in flow collections, so it must stop there too.
    private static let nestingLimitSet: Bool = {
        yaml_set_max_nest_level(Int32(Limits.maxYAMLDepth))
        return true
    }()

    /// Sizes of open collections and of anchored values, counted as the events stream by.
    private struct Walker {
        let path: String
        /// Open collections: their anchor and the number of values in them so far (themselves included).
        var open: [(anchor: String?, size: Int)] = []
        /// Expanded size of each anchored value.
        var anchors: [String: Int] = [:]
        /// Values seen so far, aliases counted at their expanded size.
        var total = 0
        var problems: [Diagnostic] = []

        /// Accounts for one event; returns a diagnostic that stops the check.
        mutating func visit(_ event: yaml_event_t) -> Diagnostic? {
            let mark = event.start_mark
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if let value = scalar.value { checkControls(value, length: scalar.length, mark: mark) }
                if let anchor = string(scalar.anchor) { anchors[anchor] = 1 }
                return add(1, at: mark)
            case YAML_ALIAS_EVENT:
                let size = string(event.data.alias.anchor).flatMap { anchors[$0] } ?? 1
                return add(size, at: mark, alias: true)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = event.type == YAML_SEQUENCE_START_EVENT
                    ? string(event.data.sequence_start.anchor) : string(event.data.mapping_start.anchor)
                open.append((anchor, 1))
                total += 1
                if open.count > Limits.maxYAMLDepth { return tooDeep(mark) }
                return total > Limits.maxYAMLNodes ? tooLarge(mark, alias: false) : nil
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return nil }
                if let anchor = closed.anchor { anchors[anchor] = closed.size }
                if !open.isEmpty { open[open.count - 1].size = open[open.count - 1].size.addingClamped(closed.size) }
                return nil
            default:
                return nil
            }
        }

        /// Adds a value of `size` to the open collection and the total.
        private mutating func add(_ size: Int, at mark: yaml_mark_t, alias: Bool = false) -> Diagnostic? {
            if !open.isEmpty { open[open.count - 1].size = open[open.count - 1].size.addingClamped(size) }
            total = total.addingClamped(size)
            return total > Limits.maxYAMLNodes ? tooLarge(mark, alias: alias) : nil
        }

        func tooDeep(_ mark: yaml_mark_t) -> Diagnostic {
            Diagnostic(code: "yaml-too-deep",
                       message: "The file nests lists and mappings more than \(Limits.maxYAMLDepth) levels deep.",
                       location: location(mark),
                       hint: "A layout never needs this; check for runaway `[` or `{`, or flatten the layout.")
        }

        private func tooLarge(_ mark: yaml_mark_t, alias: Bool) -> Diagnostic {
            alias
                ? Diagnostic(code: "yaml-alias-bomb",
                             message: "Aliases in this file expand to more than \(Limits.maxYAMLNodes) values (an alias repeats everything its anchor names).",
                             location: location(mark),
                             hint: "Use anchors (`&name`) and aliases (`*name`) only for small repeated values, and do not nest them.")
                : Diagnostic(code: "yaml-too-large",
                             message: "The file has more than \(Limits.maxYAMLNodes) values; a layout never needs that many.",
                             location: location(mark),
                             hint: "Keep data in a CSV file and reference it from the layout.")
        }

        /// Reports C0 controls other than tab and line breaks, DEL and C1 controls in a scalar.
        private mutating func checkControls(_ value: UnsafeMutablePointer<yaml_char_t>, length: Int, mark: yaml_mark_t) {
            guard problems.count < 20 else { return }
            let text = String(decoding: UnsafeBufferPointer(start: value, count: length), as: UTF8.self)
            guard let bad = text.unicodeScalars.first(where: ControlCharacters.isForbidden) else { return }
            problems.append(Diagnostic(code: "control-character",
                                       message: "This text contains the control character \(ControlCharacters.describe(bad)), which cannot be drawn.",
                                       location: location(mark),
                                       hint: "Remove it; write line breaks as real line breaks or `\\n` and tabs as `\\t`."))
        }

        private func location(_ mark: yaml_mark_t) -> SourceLocation {
            .file(path: path, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
    }
}

extension Int {
    /// `self + other`, stopping at `Int.max` instead of trapping.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
