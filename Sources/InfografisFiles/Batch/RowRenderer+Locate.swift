import Infografis

// Warnings found after loading (text overflow, low contrast, missing glyphs) name a node path.
// In a batch, point them at the layout file and at the data columns that fed the node.

extension RowRenderer {
    /// `warnings` of `row`'s `infographic`, located in the layout file, each with the data
    /// columns whose placeholders are written inside the node it names (also said in the message).
    func located(_ warnings: [Diagnostic], of infographic: Infographic, row: Int) -> [(Diagnostic, column: String?)] {
        guard !warnings.isEmpty else { return [] }
        let map = SourceMap(locations: SourceMarked.locations(of: infographic))
        let starts = map.locations.values.compactMap(Self.position).sorted { $0 < $1 }
        return warnings.map { warning in
            guard case .node(let path)? = warning.location, let location = map.location(ofNodePath: path),
                  let start = Self.position(location) else { return (warning, nil) }
            var located = warning
            located.location = location
            // The node's text runs from its kind key to where the next node starts.
            let end = starts.first { $0 > start }
            let columns = layout.placeholders.compactMap { placeholder -> String? in
                guard let at = placeholder.location.flatMap(Self.position), at >= start, end.map({ at < $0 }) ?? true
                else { return nil }
                return placeholder.column
            }
            var unique: [String] = []
            for column in columns where !unique.contains(column) { unique.append(column) }
            guard !unique.isEmpty else { return (located, nil) }
            let named = unique.map { "\"\($0)\"" }.joined(separator: ", ")
            located.message += " The text comes from \(unique.count == 1 ? "column" : "columns") \(named) in row \(row)."
            return (located, unique.joined(separator: ", "))
        }
    }

    /// Line and column of a file location, comparable in reading order.
    private static func position(_ location: SourceLocation) -> Position? {
        guard case let .file(_, line, column) = location else { return nil }
        return Position(line: line, column: column)
    }

    private struct Position: Comparable {
        var line: Int
        var column: Int
        static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
    }
}
