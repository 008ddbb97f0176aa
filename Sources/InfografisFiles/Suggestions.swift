/// "Did you mean" hints: the valid name nearest to a misspelled one, only when it is close.
enum Suggestions {
    /// CSS property names people type, mapped to this format's key for the same thing.
    static let cssNames: [String: String] = [
        "font-size": "size", "font-weight": "weight", "font-family": "font", "font-style": "italic",
        "border-radius": "radius", "flex-grow": "grow", "flex-shrink": "shrink", "flex-basis": "basis",
        "justify-content": "justify", "align-items": "align", "flex-wrap": "wrap", "flex-direction": "direction",
        "background-color": "background", "box-shadow": "shadow", "overflow": "clip", "text": "content",
        "line-clamp": "max-lines", "viewbox": "view-box", "source": "src", "path": "src",
        "spacing": "gap", "alignment": "align", "align": "alignment", "items": "children",
    ]

    /// `did you mean `x`?` for the nearest of `candidates`, or nil when none is close.
    static func hint(for name: String, among candidates: [String]) -> String? {
        nearest(to: name, among: candidates).map { "did you mean `\($0)`?" }
    }

    /// The candidate nearest to `name`: the same after normalising case, `_` and camelCase; a
    /// CSS synonym; or within a small edit distance (1 for short names, 2 up to 8 letters, else 3).
    static func nearest(to name: String, among candidates: [String]) -> String? {
        let normalized = normalize(name)
        if let same = candidates.first(where: { normalize($0) == normalized }) { return same }
        if let synonym = cssNames[normalized], candidates.contains(synonym), synonym != name { return synonym }
        let limit = normalized.count <= 4 ? 1 : normalized.count <= 8 ? 2 : 3
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(normalized, normalize(candidate))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }

    /// Lowercase kebab-case: `minWidth` and `min_width` become `min-width`.
    static func normalize(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase, !result.isEmpty, result.last != "-" {
                result.append("-")
            }
            result.append(character == "_" || character == " " ? "-" : Character(character.lowercased()))
        }
        return result
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
    /// neighbours each cost 1 (so `widht` is 1 from `width`).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
