import Foundation
import Infografis
import Yams

/// Loads layout files (YAML, or JSON, which is read by the same parser) into an `Infographic`.
///
/// Every problem in a file is reported in one pass: loading throws `Diagnostics` with all of them,
/// each located at `file:line:column` with a sentence and, where it helps, a hint.
public enum LayoutFile {
    /// The top-level keys of a layout file.
    public static let documentKeys = ["canvas", "theme", "background", "locale", "title", "font", "body"]

    /// Reads and loads the layout file at `path` (relative paths start at the current directory);
    /// referenced files must lie inside `root` (see `ProjectRoot`).
    public static func load(path: String, root: String? = nil) throws(Diagnostics) -> Infographic {
        let text = try readText(path: path)
        return try load(yaml: text, path: path, root: root)
    }

    /// Loads a layout from YAML or JSON `text`; `path` is used in diagnostics and to resolve image paths.
    /// `root` confines referenced files (see `ProjectRoot`).
    ///
    /// `visible:` conditions that read no column are applied; `{{column}}` placeholders are checked and
    /// left as written (a preview of a batch layout; `LayoutTemplate` fills them from data rows).
    public static func load(yaml text: String, path: String, root: String? = nil) throws(Diagnostics) -> Infographic {
        try LayoutTemplate(yaml: text, path: path, root: root).preview()
    }

    /// The YAML node tree of `text`, or its syntax error, with the `YAMLGuard`'s non-fatal problems
    /// (control characters in values), which the decoder reports together with its own. Hostile YAML
    /// (too deep, too large, an alias bomb, a raw control character) throws before it is composed.
    static func compose(yaml text: String, path: String) throws(Diagnostics) -> (node: YAMLNode?, problems: [Diagnostic]) {
        let (guardProblems, fatal) = YAMLGuard.check(text, path: path)
        if fatal { throw Diagnostics(guardProblems) }
        do {
            return (try Yams.compose(yaml: text), guardProblems)
        } catch {
            throw Diagnostics([syntaxError(error, text: text, path: path)])
        }
    }

    /// Decodes a composed (and possibly bound) node tree; every problem (with `problems` found
    /// before, e.g. by the `YAMLGuard`) is thrown together, in source order. Returns the infographic
    /// and where each document key's value is written (for the `SourceMap`).
    static func decode(_ root: YAMLNode?, path: String, root projectRoot: String? = nil,
                       problems: [Diagnostic] = []) throws(Diagnostics)
        -> (infographic: Infographic, keys: [String: SourceLocation]) {
        try decode(root, path: path, resolvedRoot: ProjectRoot(layoutPath: path, explicit: projectRoot), problems: problems)
    }

    /// As `decode(_:path:root:problems:)`, with the project root already resolved (a batch
    /// resolves it once, not per row: resolving reads symbolic links).
    static func decode(_ root: YAMLNode?, path: String, resolvedRoot: ProjectRoot,
                       problems: [Diagnostic] = []) throws(Diagnostics)
        -> (infographic: Infographic, keys: [String: SourceLocation]) {
        let decoder = FileDecoder(path: path, root: resolvedRoot)
        decoder.diagnostics = problems
        guard let root, case .mapping(let mapping) = root else {
            throw Diagnostics([Diagnostic(code: "wrong-type",
                                          message: "A layout file must be a mapping with at least `body`; found \(root.map(decoder.describe) ?? "nothing").",
                                          location: .file(path: path, line: root?.mark?.line ?? 1, column: root?.mark?.column ?? 1),
                                          hint: "Start with `canvas: instagram-square` and `body:`.")])
        }
        let infographic = decoder.infographic(mapping, root)
        guard let infographic, decoder.diagnostics.isEmpty else {
            throw Diagnostics(inSourceOrder(decoder.diagnostics))
        }
        var keys: [String: SourceLocation] = [:]
        for (key, value) in mapping { keys[key.scalar?.string ?? ""] = decoder.location(of: value) }
        return (infographic, keys)
    }

    /// `items` sorted by line and column (stable: problems at one place keep the order they were found).
    static func inSourceOrder(_ items: [Diagnostic]) -> [Diagnostic] {
        func key(_ item: Diagnostic) -> (Int, Int) {
            guard case let .file(_, line, column)? = item.location else { return (0, 0) }
            return (line, column)
        }
        return items.enumerated().sorted { a, b in
            let (ka, kb) = (key(a.element), key(b.element))
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}

// MARK: - Document keys

extension FileDecoder {
    /// The whole document; nil if `body` is missing or invalid.
    func infographic(_ mapping: YAMLNode.Mapping, _ root: YAMLNode) -> Infographic? {
        var canvas = Canvas.instagramSquare
        // The theme comes first: the background and the text style start from it.
        let theme = mapping["theme"].flatMap { self.theme($0) }
        var background: Paint? = .solid(theme?.palette.background ?? .white)
        var locale = "id-ID"
        var title: String?
        var textStyle = theme?.bodyTextStyle ?? TextStyle()
        var body: (any Element)?
        var hasBody = false
        for (key, value) in mapping {
            switch key.scalar?.string ?? "" {
            case "canvas": canvas = self.canvas(value) ?? canvas
            case "theme": break
            case "background": background = paint(value, "background") ?? background
            case "locale": locale = self.locale(value) ?? locale
            case "title": title = string(value, "title")
            case "font": font(value)?(&textStyle)
            case "body":
                hasBody = true
                body = element(value, depth: 1)
            default:
                let name = key.scalar?.string ?? describe(key)
                let owners = NodeKinds.kinds(accepting: name)
                error("unknown-property", "Unknown top-level key `\(name)`; a layout file has \(list(LayoutFile.documentKeys)).",
                      at: key, hint: Suggestions.hint(for: name, among: LayoutFile.documentKeys)
                        ?? (owners.isEmpty ? nil : "`\(name)` is a node property: put it inside a node under `body`."))
            }
        }
        if !hasBody {
            error("missing-property", "The layout file has no `body`.", at: root,
                  hint: "Add the root node, e.g. `body: {column: {children: [{text: \"Hello\"}]}}`.")
        }
        guard let body else { return nil }
        var infographic = Infographic(canvas: canvas, background: background, locale: locale, title: title,
                                      textStyle: textStyle, body: body)
        infographic.theme = theme
        return infographic
    }

    /// `theme`: a built-in name, a theme file path (`.yaml`, `.yml`, `.json`, relative to the layout
    /// file), or a theme mapping such as `{extends: pemerintah, palette: {primary: "#123456"}}`.
    func theme(_ node: YAMLNode) -> Theme? {
        if case .mapping = node {
            let reader = ThemeReader(path: path)
            let theme = reader.theme(node)
            diagnostics += reader.diagnostics
            return theme
        }
        guard let name = string(node, "theme") else { return nil }
        if let theme = Theme.builtIn(named: name) { return theme }
        guard [".yaml", ".yml", ".json"].contains(where: { name.lowercased().hasSuffix($0) }) else {
            error("unknown-theme", "There is no built-in theme `\(name)`; the built-in themes are \(list(Theme.builtInNames)).",
                  at: node, hint: Suggestions.hint(for: name, among: Theme.builtInNames)
                    ?? "To use your own theme, give the path of its file, ending in `.yaml`.")
            return nil
        }
        // Inside the project root, and a regular file (not a FIFO or a device that would block the read).
        guard let file = referencedFile(name, property: "theme", at: node, what: "theme") else { return nil }
        if let failure = SafeFile.check(file) {
            error("not-a-file", "The theme file \"\(name)\" cannot be read: \(failure.reason).", at: node,
                  hint: "Name a .yaml, .yml or .json theme file.")
            return nil
        }
        do {
            return try Theme.load(path: file)
        } catch {
            diagnostics += error.items
            return nil
        }
    }

    /// `canvas`: a preset name, `"1080x1350"`, or `{width, height}` (1...16384 pixels each).
    func canvas(_ node: YAMLNode) -> Canvas? {
        let presets = Canvas.presets.compactMap(\.name)
        let side = NumberRange.closed(1...16_384)
        switch node {
        case .mapping:
            let fields = fields(node, "canvas", required: ["width", "height"], optional: [])
            guard let widthNode = fields["width"], let heightNode = fields["height"] else { return nil }
            let width = number(widthNode, "width", in: side), height = number(heightNode, "height", in: side)
            guard let width, let height else { return nil }
            return checkedArea(Canvas(width: width, height: height), at: node)
        case .scalar(let scalar):
            if let preset = Canvas.preset(named: scalar.string) { return preset }
            let parts = scalar.string.lowercased().split(separator: "x").compactMap { Double($0) }
            if parts.count == 2, parts.allSatisfy(side.contains) {
                return checkedArea(Canvas(width: parts[0], height: parts[1]), at: node)
            }
            error("invalid-value", "`canvas` must be a preset (\(list(presets))), a size such as \"1080x1350\", or `{width, height}` in pixels from 1 to 16384; found \(describe(node)).",
                  at: node, hint: Suggestions.hint(for: scalar.string, among: presets))
            return nil
        default:
            wrongType("canvas", expected: "a preset name or `{width, height}`", found: node)
            return nil
        }
    }

    /// `locale`: a BCP 47 tag such as `id-ID` or `en`.
    func locale(_ node: YAMLNode) -> String? {
        guard let text = string(node, "locale") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard valid else {
            error("invalid-value", "`locale` must be a language tag such as `id-ID` or `en`; found \(describe(node)).",
                  at: node, hint: text.contains("_") ? "Use a hyphen: `\(text.replacingOccurrences(of: "_", with: "-"))`." : nil)
            return nil
        }
        return text
    }
}

// MARK: - Syntax errors

extension LayoutFile {
    /// A parser error as a located diagnostic.
    static func syntaxError(_ error: any Error, text: String, path: String) -> Diagnostic {
        let hint = "Check the indentation and quoting here; a JSON file must be valid JSON."
        guard let yamlError = error as? YamlError else {
            return Diagnostic(code: "syntax-error", message: "The file cannot be parsed: \(error).",
                              location: .file(path: path, line: 1, column: 1), hint: hint)
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "The file is not valid YAML: \(problem)"
            if let context, context.mark.line != mark.line || context.mark.column != mark.column {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = mark.line <= lines.count ? lines[mark.line - 1] : ""
            let usesTab = line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t")
            let atEnd = lines.dropFirst(mark.line).allSatisfy { $0.allSatisfy(\.isWhitespace) } && line.isEmpty
            let specific = usesTab ? "Indent with spaces; YAML does not allow tabs for indentation."
                : atEnd ? "The file ends inside an unclosed `[`, `{` or quote; close it." : hint
            return Diagnostic(code: "syntax-error", message: message + ".",
                              location: .file(path: path, line: mark.line, column: mark.column), hint: specific)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            let mark = secondOccurrence(of: duplicates.first ?? "", in: text, mappingAt: context.mark)
            return Diagnostic(code: "duplicate-key", message: "The key \(keys) appears more than once in one mapping.",
                              location: .file(path: path, line: mark.line, column: mark.column),
                              hint: "Keep one of them; the parser cannot tell which one you meant.")
        case let .reader(problem, offset, _, _):
            let prefix = offset.map { String(text.prefix($0)) } ?? ""
            let line = prefix.filter { $0 == "\n" }.count + 1
            let column = prefix.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count + 1 } ?? 1
            return Diagnostic(code: "syntax-error", message: "The file cannot be read as text: \(problem).",
                              location: .file(path: path, line: line, column: column), hint: "Save the file as UTF-8.")
        default:
            return Diagnostic(code: "syntax-error", message: "The file cannot be parsed: \(yamlError).",
                              location: .file(path: path, line: 1, column: 1), hint: hint)
        }
    }

    /// Where `key` is written the second time in the block mapping that starts at `start`
    /// (same indentation, before the mapping ends); `start` when it cannot be found (flow mappings).
    static func secondOccurrence(of key: String, in text: String, mappingAt start: Mark) -> (line: Int, column: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = start.column - 1
        var seen = 0
        for index in (start.line - 1)..<lines.count {
            let line = lines[index]
            let prefix = line.unicodeScalars.prefix(indent)
            let rest = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(indent)))
            let isBlank = line.allSatisfy { $0 == " " } || rest.hasPrefix("#")
            if isBlank { continue }
            if index >= start.line, !prefix.allSatisfy({ $0 == " " }) { break }
            if index >= start.line, rest.hasPrefix(" ") { continue }
            if [key + ":", "\"\(key)\":", "'\(key)':"].contains(where: rest.hasPrefix) {
                seen += 1
                if seen == 2 { return (index + 1, start.column) }
            }
        }
        return (start.line, start.column)
    }
}
