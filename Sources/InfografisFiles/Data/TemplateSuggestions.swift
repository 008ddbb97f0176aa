import InfografisCore

/// "Did you mean" for misspelt names: the closest candidate within a few edits, or nil.
func closestMatch(to name: String, in candidates: some Sequence<String>) -> String? {
    let target = Array(name.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(target, Array(candidate.lowercased()))
        if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best, best.distance <= max(2, target.count / 3) else { return nil }
    return best.name
}

/// Levenshtein distance between two character arrays.
private func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// A hint that names the closest candidate, or lists what there is.
func didYouMeanHint(_ name: String, candidates: [String], kind: String) -> String {
    if let match = closestMatch(to: name, in: candidates) {
        return "Did you mean \"\(match)\"?"
    }
    let listed = candidates.prefix(12).map { "\"\($0)\"" }.joined(separator: ", ")
    let more = candidates.count > 12 ? ", …" : ""
    return candidates.isEmpty ? "There are no \(kind)s." : "The \(kind)s are \(listed)\(more)."
}
