// Reading themes from YAML: `extends` a built-in theme (or another theme file) and override
// any part. Every problem is reported with its line and column, as the layout loader does.

import Foundation
import Yams

extension Theme {
    /// The top-level keys of a theme file.
    public static let fileKeys = ["name", "extends", "palette", "fonts", "spacing", "radius", "components"]
    /// The keys of `fonts`.
    public static let fontKeys = ["heading", "heading-weight", "body", "body-weight", "body-size"]
    /// The keys of `spacing` (also accepted as a list of five numbers).
    public static let spacingKeys = ["xs", "s", "m", "l", "xl"]
    /// The keys of one entry of `components`.
    public static let componentStyleKeys = ["size", "color", "background", "accent", "radius", "padding", "variant"]
    /// Component names a theme may set defaults for (`components:` keys).
    public static let componentNames = [
        "stat", "quote", "icon", "title", "footer", "badge", "divider", "bullet-list", "steps", "timeline",
        "callout", "table", "qr-code", "logo", "chart",
    ]

    /// Reads a theme file at `path`; a theme without `extends` starts from `Theme.base`.
    public static func load(path: String) throws(Diagnostics) -> Theme {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Diagnostics([Diagnostic(code: "unreadable-file", message: "Cannot read the theme file \"\(path)\".",
                                          hint: "Check the path, and that the file is UTF-8 text.")])
        }
        return try decode(yaml: text, path: path)
    }

    /// Reads a theme from YAML `text`; `path` locates diagnostics and resolves `extends` files.
    public static func decode(yaml text: String, path: String) throws(Diagnostics) -> Theme {
        try decode(yaml: text, path: path, base: nil)
    }

    /// `decode(yaml:path:)` starting from `base` (nil: `Theme.base`) when the text has no `extends`.
    static func decode(yaml text: String, path: String, base: Theme?) throws(Diagnostics) -> Theme {
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw Diagnostics([Diagnostic(code: "syntax-error", message: "The theme file is not valid YAML: \(error).",
                                          location: .file(path: path, line: 1, column: 1))])
        }
        let reader = ThemeReader(path: path)
        let theme = node.flatMap { reader.theme($0, base: base) }
        guard let theme, reader.diagnostics.isEmpty else {
            throw Diagnostics(reader.diagnostics.isEmpty
                ? [Diagnostic(code: "wrong-type", message: "A theme file must be a mapping.",
                              location: .file(path: path, line: 1, column: 1))]
                : reader.diagnostics)
        }
        return theme
    }
}

/// Turns YAML nodes into a theme, collecting every problem it meets.
package final class ThemeReader {
    /// The file the nodes come from, for locations.
    let path: String
    /// Problems found so far.
    package var diagnostics: [Diagnostic] = []
    /// Files being read through `extends`, to stop cycles.
    private var chain: [String]

    package init(path: String, chain: [String] = []) {
        self.path = path
        self.chain = chain
    }

    /// A theme written as a mapping (the whole file, or the layout's `theme: {...}`), or nil.
    package func theme(_ node: Yams.Node, base: Theme? = nil) -> Theme? {
        guard case .mapping(let mapping) = node else {
            error("wrong-type", "A theme must be a mapping with `extends`, `palette`, ...; found \(describe(node)).", at: node)
            return nil
        }
        var theme = base ?? Theme.base
        if let base = mapping["extends"] {
            guard let resolved = self.base(base) else { return nil }
            theme = resolved
        }
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch name {
            case "extends": break
            case "name": if let text = string(value, "name") { theme.name = text }
            case "palette": palette(value, into: &theme.palette)
            case "fonts": fonts(value, into: &theme.fonts)
            case "spacing": spacing(value, into: &theme.spacing)
            case "radius": if let radius = number(value, "radius", min: 0) { theme.radius = radius }
            case "components": components(value, into: &theme.components)
            default: unknownKey(key, in: "theme", valid: Theme.fileKeys)
            }
        }
        return theme
    }

    /// `extends`: a built-in theme name, or a theme file path relative to this file.
    private func base(_ node: Yams.Node) -> Theme? {
        guard let name = string(node, "extends") else { return nil }
        if let theme = Theme.builtIn(named: name) { return theme }
        let isFile = [".yaml", ".yml", ".json"].contains { name.lowercased().hasSuffix($0) }
        guard isFile else {
            error("unknown-theme", "There is no built-in theme `\(name)`; the built-in themes are \(list(Theme.builtInNames)).",
                  at: node, hint: Theme.suggestion(for: name, among: Theme.builtInNames).map { "did you mean `\($0)`?" }
                    ?? "To extend a theme file, give its path ending in `.yaml`.")
            return nil
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let file = URL(fileURLWithPath: name, relativeTo: directory).standardizedFileURL.path
        guard !chain.contains(file), chain.count < 8 else {
            error("invalid-value", "The theme file \"\(name)\" extends itself (through `extends`).", at: node)
            return nil
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            error("missing-file", "The theme file \"\(name)\" does not exist (looked for \(file)).", at: node,
                  hint: "Paths are relative to the folder of the file that names them.")
            return nil
        }
        let reader = ThemeReader(path: file, chain: chain + [file])
        do {
            guard let root = try Yams.compose(yaml: text) else {
                error("wrong-type", "The theme file \"\(name)\" is empty.", at: node)
                return nil
            }
            let theme = reader.theme(root)
            diagnostics += reader.diagnostics
            return theme
        } catch {
            self.error("syntax-error", "The theme file \"\(name)\" is not valid YAML: \(error).", at: node)
            return nil
        }
    }

    private func palette(_ node: Yams.Node, into palette: inout Theme.Palette) {
        let valid = Theme.ColorRole.allCases.map(\.rawValue) + ["chart"]
        for (key, value) in entries(node, "palette") {
            let name = key.string ?? ""
            if name == "chart" {
                guard case .sequence(let items) = value, !items.isEmpty else {
                    error("wrong-type", "`chart` must be a list of colors; found \(describe(value)).", at: value)
                    continue
                }
                let colors = items.compactMap { color($0, "chart") }
                if colors.count == items.count { palette.chart = colors }
            } else if let role = Theme.ColorRole(rawValue: name) {
                if let color = color(value, name) { setRole(role, color, in: &palette) }
            } else {
                unknownKey(key, in: "palette", valid: valid)
            }
        }
    }

    private func setRole(_ role: Theme.ColorRole, _ color: Color, in palette: inout Theme.Palette) {
        switch role {
        case .background: palette.background = color
        case .surface: palette.surface = color
        case .primary: palette.primary = color
        case .secondary: palette.secondary = color
        case .accent: palette.accent = color
        case .text: palette.text = color
        case .mutedText: palette.mutedText = color
        case .onPrimary: palette.onPrimary = color
        case .positive: palette.positive = color
        case .negative: palette.negative = color
        }
    }

    private func fonts(_ node: Yams.Node, into fonts: inout Theme.Fonts) {
        for (key, value) in entries(node, "fonts") {
            switch key.string ?? "" {
            case "heading": if let family = string(value, "heading") { fonts.heading = family }
            case "body": if let family = string(value, "body") { fonts.body = family }
            case "heading-weight": if let weight = weight(value, "heading-weight") { fonts.headingWeight = weight }
            case "body-weight": if let weight = weight(value, "body-weight") { fonts.bodyWeight = weight }
            case "body-size": if let size = number(value, "body-size", min: 1) { fonts.bodySize = size }
            default: unknownKey(key, in: "fonts", valid: Theme.fontKeys)
            }
        }
    }

    private func spacing(_ node: Yams.Node, into spacing: inout Theme.Spacing) {
        let paths: [WritableKeyPath<Theme.Spacing, Double>] = [\.xs, \.s, \.m, \.l, \.xl]
        if case .sequence(let items) = node {
            guard items.count == 5 else {
                error("wrong-type", "`spacing` must be five numbers [xs, s, m, l, xl] or a mapping of them; found a list of \(items.count).", at: node)
                return
            }
            for (index, item) in items.enumerated() {
                if let value = number(item, "spacing", min: 0) { spacing[keyPath: paths[index]] = value }
            }
            return
        }
        for (key, value) in entries(node, "spacing") {
            guard let index = Theme.spacingKeys.firstIndex(of: key.string ?? "") else {
                unknownKey(key, in: "spacing", valid: Theme.spacingKeys)
                continue
            }
            if let number = number(value, key.string ?? "", min: 0) { spacing[keyPath: paths[index]] = number }
        }
    }

    private func components(_ node: Yams.Node, into components: inout [String: Theme.ComponentStyle]) {
        for (key, value) in entries(node, "components") {
            let name = key.string ?? ""
            guard Theme.componentNames.contains(name) else {
                unknownKey(key, in: "components", valid: Theme.componentNames)
                continue
            }
            var style = Theme.ComponentStyle()
            for (field, fieldValue) in entries(value, name) {
                switch field.string ?? "" {
                case "size": style.size = number(fieldValue, "size", min: 1)
                case "radius": style.radius = number(fieldValue, "radius", min: 0)
                case "padding": style.padding = number(fieldValue, "padding", min: 0)
                case "variant": style.variant = string(fieldValue, "variant")
                case "color": style.color = themeColor(fieldValue, "color")
                case "background": style.background = themeColor(fieldValue, "background")
                case "accent": style.accent = themeColor(fieldValue, "accent")
                default: unknownKey(field, in: name, valid: Theme.componentStyleKeys)
                }
            }
            components[name] = (components[name] ?? Theme.ComponentStyle()).merging(style)
        }
    }
}

// MARK: - Values

extension ThemeReader {
    /// A palette role name or a color.
    package func themeColor(_ node: Yams.Node, _ property: String) -> ThemeColor? {
        if let text = node.string, let role = Theme.ColorRole(rawValue: text) { return .role(role) }
        guard let text = node.string, let color = Color(css: text) else {
            let roles = Theme.ColorRole.allCases.map(\.rawValue)
            error("invalid-value", "`\(property)` must be a palette role (\(list(roles))) or a color such as \"#0B3C5D\"; found \(describe(node)).",
                  at: node, hint: node.string.flatMap { Theme.suggestion(for: $0, among: roles) }.map { "did you mean `\($0)`?" })
            return nil
        }
        return .color(color)
    }

    func color(_ node: Yams.Node, _ property: String) -> Color? {
        guard let text = node.string, let color = Color(css: text) else {
            error("invalid-value", "`\(property)` must be a color such as \"#0B3C5D\"; found \(describe(node)).", at: node,
                  hint: "Quote hex colors in YAML: \"#0B3C5D\" (an unquoted # starts a comment).")
            return nil
        }
        return color
    }

    func string(_ node: Yams.Node, _ property: String) -> String? {
        guard let text = node.string, !text.isEmpty else {
            error("wrong-type", "`\(property)` must be a text value; found \(describe(node)).", at: node)
            return nil
        }
        return text
    }

    func number(_ node: Yams.Node, _ property: String, min: Double) -> Double? {
        guard let text = node.string, let value = Double(text), value.isFinite else {
            error("wrong-type", "`\(property)` must be a number; found \(describe(node)).", at: node)
            return nil
        }
        guard value >= min else {
            error("out-of-range", "`\(property)` must be at least \(Int(min)); found \(describe(node)).", at: node)
            return nil
        }
        return value
    }

    func weight(_ node: Yams.Node, _ property: String) -> Int? {
        if let text = node.string, let value = Int(text), (100...900).contains(value) { return value }
        if let text = node.string, let weight = FontWeight(name: text) { return weight.value }
        error("invalid-value", "`\(property)` must be 100...900 or a name such as `bold`; found \(describe(node)).", at: node)
        return nil
    }

    /// The pairs of a mapping; reports anything else.
    func entries(_ node: Yams.Node, _ property: String) -> [(key: Yams.Node, value: Yams.Node)] {
        guard case .mapping(let mapping) = node else {
            error("wrong-type", "`\(property)` must be a mapping; found \(describe(node)).", at: node)
            return []
        }
        return mapping.map { ($0.key, $0.value) }
    }
}

// MARK: - Diagnostics

extension ThemeReader {
    func error(_ code: String, _ message: String, at node: Yams.Node, hint: String? = nil) {
        let location = SourceLocation.file(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        diagnostics.append(Diagnostic(code: code, message: message, location: location, hint: hint))
    }

    func unknownKey(_ key: Yams.Node, in property: String, valid: [String]) {
        let name = key.string ?? describe(key)
        error("unknown-property", "Unknown key `\(name)` in `\(property)`; it accepts \(list(valid)).", at: key,
              hint: Theme.suggestion(for: name, among: valid).map { "did you mean `\($0)`?" })
    }

    func describe(_ node: Yams.Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "\"\(scalar.string)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    func list(_ names: [String]) -> String {
        let quoted = names.map { "`\($0)`" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
    }
}

extension Theme {
    /// The name among `candidates` nearest to `name` (case and `_` ignored, edit distance ≤ 2, or a prefix), or nil.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        let query = Array(name.lowercased().replacingOccurrences(of: "_", with: "-"))
        guard !query.isEmpty else { return nil }
        let limit = query.count <= 4 ? 1 : 2
        let scored = candidates.map { ($0, editDistance(query, Array($0), limit: limit)) }.filter { $0.1 <= limit }
        if let best = scored.min(by: { $0.1 < $1.1 }) { return best.0 }
        return candidates.first { $0.hasPrefix(String(query)) || String(query).hasPrefix($0) && $0.count >= 4 }
    }
}
