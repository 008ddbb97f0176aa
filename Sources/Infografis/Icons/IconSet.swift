// IconSet: icons by name from Material Design Icons, as vector paths.

import Foundation
import InfografisCore

/// Named icons as vector paths, read from an SVG font (Material Design Icons by default).
///
/// The font is parsed once per process, on first use, with a thread-safe lazy static; an `IconSet` is an
/// immutable value that any thread may use. Glyph outlines are converted to y-down path data on lookup.
public struct IconSet: Sendable {
    /// Where Debian's `fonts-materialdesignicons-webfont` installs the SVG font.
    public static let materialDesignFontPath =
        "/usr/share/fonts/svg/materialdesignicons-webfont/materialdesignicons-webfont.svg"

    let font: SVGFont
    /// All icon names, sorted.
    public let names: [String]
    /// The coordinate system of every path: a square em, e.g. 0 0 512 512 for Material Design Icons.
    public var viewBox: Rect { Rect(origin: .zero, size: Size(font.unitsPerEm, font.unitsPerEm)) }

    /// Reads the SVG font at `path`; throws `IconError.fontMissing` or `.unreadableFont`.
    public init(svgFontAt path: String) throws(IconError) {
        font = try SVGFont.read(path: path)
        names = font.glyphs.keys.sorted()
    }

    private static let materialDesignResult: Result<IconSet, IconError> = Result { () throws(IconError) in
        try IconSet(svgFontAt: materialDesignFontPath)
    }

    /// Material Design Icons from the installed Debian package, parsed once per process (a failure is remembered too).
    public static func materialDesign() throws(IconError) -> IconSet {
        try materialDesignResult.get()
    }
}

// MARK: - Lookup

extension IconSet {
    /// The icon `name` as a path in `viewBox` (y down, filled black), or nil when there is no such icon.
    public func path(named name: String) -> PathContent? {
        try? resolve(.named(name))
    }

    /// The path for `source`; throws `IconError.unknownName` (with suggestions) for an unknown name.
    public func resolve(_ source: IconSource) throws(IconError) -> PathContent {
        switch source {
        case let .named(name):
            guard let raw = font.glyphs[name] else {
                throw .unknownName(name, suggestions: suggestions(for: name))
            }
            guard let data = flipGlyphPath(raw, ascent: font.ascent) else { throw .unsupportedPathData(name: name) }
            return PathContent(data: data, viewBox: viewBox)
        case let .file(path):
            throw .fileIconsNotSupported(path: path)
        }
    }

    /// Names matching `term`, case-insensitive. With a `*` the term is a wildcard pattern for the whole name
    /// (`chart-*`), sorted; otherwise names containing every word of it (split at spaces and hyphens): the exact
    /// name first, then names starting with the term, then the rest, each alphabetically.
    public func search(_ term: String) -> [String] {
        let query = term.lowercased().trimmingCharacters(in: .whitespaces)
        if query.contains("*") {
            let parts = query.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
            return names.filter { matchesWildcard($0, parts: parts) }
        }
        let words = query.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard !words.isEmpty else { return [] }
        let prefix = words.joined(separator: "-")
        let matches = names.filter { name in words.allSatisfy { name.contains($0) } }
        func rank(_ name: String) -> Int { name == prefix ? 0 : name.hasPrefix(prefix) ? 1 : 2 }
        return matches.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    /// Up to `limit` names nearest to `name` by edit distance (at most a third of its length, and at least 2),
    /// nearest first: for "did you mean" hints.
    public func suggestions(for name: String, limit: Int = 5) -> [String] {
        let query = Array(name.lowercased())
        let maximum = max(2, query.count / 3)
        let scored = names.compactMap { candidate -> (Int, String)? in
            guard abs(candidate.count - query.count) <= maximum else { return nil }
            let distance = editDistance(query, Array(candidate), limit: maximum)
            return distance <= maximum ? (distance, candidate) : nil
        }
        return scored.sorted { $0 < $1 }.prefix(max(0, limit)).map(\.1)
    }
}

/// True when `name` matches the pattern whose literal pieces between `*`s are `parts`.
func matchesWildcard(_ name: String, parts: [String]) -> Bool {
    guard let first = parts.first, let last = parts.last, parts.count > 1 else { return name == parts.first }
    guard name.hasPrefix(first), name.dropFirst(first.count).hasSuffix(last) else { return false }
    var rest = name.dropFirst(first.count).dropLast(last.count)
    for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
        guard let range = rest.range(of: middle) else { return false }
        rest = rest[range.upperBound...]
    }
    return true
}

/// Levenshtein distance between `a` and `b`; any value above `limit` is reported as `limit + 1`.
func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
    if a.isEmpty || b.isEmpty { return min(limit + 1, max(a.count, b.count)) }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowMinimum = current[0]
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            rowMinimum = min(rowMinimum, current[j])
        }
        if rowMinimum > limit { return limit + 1 }
        swap(&previous, &current)
    }
    return min(previous[b.count], limit + 1)
}
