import InfografisCore

/// The problems a batch has printed, so that each distinct one is printed once: a layout
/// warning that every row triggers the same way (a footer below contrast on every card) would
/// otherwise bury the rest of the output under hundreds of identical blocks. Diagnostics that
/// differ in anything, e.g. a message naming the row or the data column's text, are distinct.
struct RepeatedDiagnostics {
    private var seen: Set<Diagnostic> = []
    /// Rows that repeated a printed diagnostic, by diagnostic, in the order first printed.
    private var rows: [Diagnostic: [Int]] = [:]
    private var order: [Diagnostic] = []

    /// The diagnostics of `row` not printed before; the others are recorded as repeats.
    mutating func firstSeen(_ diagnostics: [Diagnostic], row: Int) -> [Diagnostic] {
        var fresh: [Diagnostic] = []
        for diagnostic in diagnostics {
            if seen.insert(diagnostic).inserted {
                fresh.append(diagnostic)
            } else {
                if rows[diagnostic] == nil { order.append(diagnostic) }
                rows[diagnostic, default: []].append(row)
            }
        }
        return fresh
    }

    /// One line per repeated diagnostic: where it is, and the rows that repeated it.
    func summary() -> [String] {
        order.map { diagnostic in
            let repeated = rows[diagnostic] ?? []
            let place = diagnostic.location.map { "\($0): " } ?? ""
            let count = repeated.count == 1 ? "1 more row" : "\(repeated.count) more rows"
            let kind = diagnostic.severity.rawValue
            return "\(place)\(kind): the same \(kind) (\(diagnostic.code)) also in \(count): " + Self.ranges(repeated)
        }
    }

    /// `2-4, 7, 9-12`, from row numbers in increasing order; long lists end with "…".
    static func ranges(_ numbers: [Int], limit: Int = 12) -> String {
        var parts: [String] = []
        var index = 0
        while index < numbers.count {
            var end = index
            while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
            parts.append(end > index ? "\(numbers[index])–\(numbers[end])" : "\(numbers[index])")
            index = end + 1
        }
        return parts.count > limit ? parts.prefix(limit).joined(separator: ", ") + ", …" : parts.joined(separator: ", ")
    }
}
