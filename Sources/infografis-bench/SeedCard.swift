import Infografis
import InfografisFiles

/// One row of `seed-cards.csv`: `title,v1,l1,v2,l2,v3,l3,quote,author`.
struct SeedRow: Sendable, Hashable {
    var title: String
    var stats: [(value: String, label: String)]
    var quote: String
    var author: String

    static func == (lhs: SeedRow, rhs: SeedRow) -> Bool {
        lhs.title == rhs.title && lhs.quote == rhs.quote && lhs.author == rhs.author
            && lhs.stats.map(\.value) == rhs.stats.map(\.value) && lhs.stats.map(\.label) == rhs.stats.map(\.label)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(quote)
    }
}

extension SeedRow {
    /// The row's fields by column name; missing columns read as empty text.
    init(_ row: DataRow) {
        func field(_ name: String) -> String { row[name] ?? "" }
        title = field("title")
        stats = (1...3).map { (field("v\($0)"), field("l\($0)")) }
        quote = field("quote")
        author = field("author")
    }

    /// Every data row of a seed-card CSV file, in order.
    static func load(path: String) throws -> [SeedRow] {
        var rows: [SeedRow] = []
        try CSVTable(path: path).forEachRow { rows.append(SeedRow($0)) }
        return rows
    }

    /// `count` rows cycling through `rows`; from the second cycle on, each title gets a
    /// suffix, so every card is new text to the caches (as in a real 10,000-row batch).
    static func cycled(_ rows: [SeedRow], count: Int) -> [SeedRow] {
        guard !rows.isEmpty else { return [] }
        return (0..<count).map { index in
            var row = rows[index % rows.count]
            if index >= rows.count { row.title += " (\(index / rows.count + 1))" }
            return row
        }
    }

    /// `rows` as a CSV file with the columns of `seed-cards.csv` (every field quoted).
    static func csv(_ rows: [SeedRow]) -> String {
        func quoted(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var lines = ["title,v1,l1,v2,l2,v3,l3,quote,author"]
        for row in rows {
            lines.append(([row.title] + row.stats.flatMap { [$0.value, $0.label] } + [row.quote, row.author])
                .map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The row's values for the YAML template's `{{column}}` placeholders.
    var dataRow: DataRow {
        let names = ["title", "v1", "l1", "v2", "l2", "v3", "l3", "quote", "author"]
        let values = [title] + stats.flatMap { [$0.value, $0.label] } + [quote, author]
        return DataRow(number: 1, values: values, columns: CSVColumns(path: "seed-cards.csv", names: names))
    }
}

/// The seed card of `../shared/bench/README.md`, drawn with Infografis primitives in a
/// flexbox layout (the same sizes, colors and DejaVu Sans faces as the plain C program).
/// `layouts/bench/seed-card.yaml` is the same card as a file; the harness checks both agree.
enum SeedCard {
    static let footer = "Sumber: InfoPublik, 13 Oktober 2020"

    static func infographic(_ row: SeedRow) -> Infographic {
        Infographic(canvas: .instagramSquare, background: "#0B3C5D", locale: "id-ID",
                    textStyle: TextStyle(family: "DejaVu Sans", size: 24, color: "#1F2D3A")) {
            VStack {
                VStack(spacing: 36) {
                    Text(row.title).font(size: 60, weight: .bold).foregroundColor("#0B3C5D")
                    HStack(spacing: 25) {
                        for stat in row.stats {
                            StatTile(value: stat.value, label: stat.label)
                        }
                    }
                    QuoteBlock(text: row.quote, author: row.author)
                    Spacer()
                    HStack {
                        CheckIcon()
                        Path(data: "M6 20h14v24h-14z M20 20L64 2L64 62L20 44z", viewBox: SeedCard.iconBox,
                             fill: "#F5A623")
                            .frame(width: 64, height: 64)
                            .margin(.left, 20)
                        Path(data: "M10 4h44a10 10 0 0 1 10 10v24a10 10 0 0 1 -10 10h-44a10 10 0 0 1 -10 -10"
                                 + "v-24a10 10 0 0 1 10 -10z M14 46L32 46L14 64z",
                             viewBox: SeedCard.iconBox, fill: "#0B3C5D")
                            .frame(width: 64, height: 64)
                            .margin(.left, 28)
                    }
                    .id("icons")
                    .margin(.bottom, -10)
                    Text(SeedCard.footer).font(size: 20).foregroundColor("#888888").frame(height: 24)
                }
                .id("panel")
                .flexGrow(1)
                .padding(top: 40, right: 40, bottom: 26, left: 40)
                .background("#FFFFFF")
                .cornerRadius(32)
            }
            .padding(40)
        }
    }

    /// The 64 × 64 box every icon is drawn in.
    static let iconBox = Rect(origin: .zero, size: Size(64, 64))

    /// Whether the panel's content ran past its bottom edge (the 5-line title with the 4-line quote).
    static func overflows(_ laidOut: LaidOutDocument) -> Bool {
        guard let panel = laidOut.tree.children.first, let last = panel.children.last else { return false }
        return last.frame.maxY > panel.frame.maxY - 26 + 0.5
    }
}

/// A value over its label on a tinted 290 × 200 tile.
struct StatTile: Component {
    var value: String
    var label: String

    var body: any Element {
        VStack {
            Text(value).font(size: 64, weight: .bold).foregroundColor("#0B3C5D").singleLine().frame(height: 86)
            Text(label).font(size: 24).foregroundColor("#33475B")
        }
        .padding(top: 20, right: 24, bottom: 0, left: 24)
        .frame(width: 290, height: 200)
        .background("#E8F1F8")
        .cornerRadius(20)
    }
}

/// The quote in italics beside a 6 px accent bar spanning it and its author.
struct QuoteBlock: Component {
    var text: String
    var author: String

    var body: any Element {
        HStack(spacing: 24) {
            Box().frame(width: 6).background("#F5A623")
            VStack(spacing: 10) {
                Text(text).font(size: 34).italic()
                Text(author).font(size: 24).foregroundColor("#5A6B7B")
            }
            .frame(width: 860)
        }
    }
}

/// A teal disc with a white round-capped check mark.
struct CheckIcon: Component {
    var body: any Element {
        ZStack {
            Path(data: "M2 32a30 30 0 1 0 60 0a30 30 0 1 0 -60 0z", viewBox: SeedCard.iconBox, fill: "#1B998B")
                .frame(width: 64, height: 64)
            Path(data: "M18 33L28 43L47 21", viewBox: SeedCard.iconBox, fill: nil, stroke: "#FFFFFF",
                 strokeWidth: 6, lineCap: .round)
                .frame(width: 64, height: 64)
        }
    }
}
