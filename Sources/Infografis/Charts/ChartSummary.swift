// Chart summaries: what a chart says, in words, for alt text.

/// The name of a chart kind in the document's language.
struct ChartKindName {
    let indonesian: String
    let english: String

    func name(locale: String) -> String { isEnglish(locale) ? english : indonesian }

    static let bar = ChartKindName(indonesian: "Diagram batang", english: "Bar chart")
    static let column = ChartKindName(indonesian: "Diagram kolom", english: "Column chart")
    static let line = ChartKindName(indonesian: "Diagram garis", english: "Line chart")
    static let pie = ChartKindName(indonesian: "Diagram lingkaran", english: "Pie chart")
}

/// True for English locales (`en`, `en-US`, ...).
func isEnglish(_ locale: String) -> Bool { locale.lowercased().hasPrefix("en") }

extension ChartData {
    /// `Diagram kolom: 2018 64,8%; 2020 73,7%.` with every series' value per category; at most
    /// `limit` categories, then how many more there are.
    func summary(_ kind: ChartKindName, locale: String, limit: Int = 12, value: (Double) -> String) -> String {
        let parts = labels.prefix(limit).enumerated().map { index, label in
            let values = series.map { series -> String in
                let text = index < series.values.count && series.values[index].isFinite ? value(series.values[index]) : "–"
                return series.name.isEmpty || self.series.count == 1 ? text : "\(series.name) \(text)"
            }
            return "\(label) \(values.joined(separator: ", "))"
        }
        var sentence = kind.name(locale: locale) + ": " + parts.joined(separator: "; ")
        if labels.count > limit {
            let more = labels.count - limit
            sentence += isEnglish(locale) ? "; and \(more) more" : "; dan \(more) lainnya"
        }
        return sentence + "."
    }
}

extension Array where Element == Node {
    /// The nodes with `label` as their accessibility label.
    func labelled(_ label: String) -> [Node] {
        map { node in
            var node = node
            node.accessibilityLabel = label
            return node
        }
    }
}
