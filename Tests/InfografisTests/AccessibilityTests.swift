import Infografis
import Testing

/// Alt text: the document's content in reading order, stats, quotes and charts in words.
struct AltTextTests {
    @Test func readsTitleStatsQuotesAndChartsInOrder() {
        let card = Infographic(canvas: .instagramSquare, locale: "id-ID", title: "Judul Dokumen") {
            VStack {
                Title("ASN Bijak Bermedsos", kicker: "LITERASI DIGITAL")
                Stat(value: 0.737, format: .percent, label: "penduduk terhubung internet", change: 12.5)
                Quote("Kita punya fungsi pelayanan publik.", author: "Widodo Muktiyo", role: "Dirjen IKP Kominfo")
                ColumnChart(ChartData(labels: ["2018", "2020"], values: [0.648, 0.737]), format: .percent)
                Text("Sumber: APJII")
            }
        }
        let lines = AltText.describe(card.document()).split(separator: "\n").map(String.init)
        #expect(lines == [
            "Judul Dokumen",
            "LITERASI DIGITAL",
            "ASN Bijak Bermedsos",
            "73,7% penduduk terhubung internet (naik 12,5%)",
            "“Kita punya fungsi pelayanan publik.” — Widodo Muktiyo, Dirjen IKP Kominfo",
            "Diagram kolom: 2018 64,8%; 2020 73,7%.",
            "Sumber: APJII",
        ])
    }

    @Test func englishWordsForEnglishDocuments() {
        let card = Infographic(canvas: .instagramSquare, locale: "en-US") {
            VStack {
                Stat(value: 1_200_000, format: .compact, label: "users", change: -3)
                BarChart(ChartData(labels: ["A", "B"], values: [1, 2]))
                Pictogram(value: 7, total: 10)
            }
        }
        let lines = AltText.describe(card.document()).split(separator: "\n").map(String.init)
        #expect(lines == ["1.2M users (down 3%)", "Bar chart: A 1; B 2.", "7 of 10"])
    }

    @Test func altReplacesTheTextsOfItsSubtree() {
        let card = Infographic(canvas: .instagramSquare) {
            VStack {
                VStack { Text("A"); Text("B") }.accessibilityLabel("Peta sebaran")
                Text("C")
            }
        }
        #expect(AltText.describe(card.document()) == "Peta sebaran\nC")
    }

    @Test func documentTitleIsNotRepeatedWhenTheBodySaysIt() {
        let card = Infographic(canvas: .instagramSquare, title: "Cek Fakta") {
            VStack { Text("KICKER"); Text("Cek Fakta") }
        }
        #expect(AltText.describe(card.document()) == "KICKER\nCek Fakta")
    }
}

/// WCAG AA contrast warnings from layout, naming the node.
struct ContrastTests {
    private func warnings(_ infographic: Infographic) throws -> [Diagnostic] {
        let engine = Engine()
        return engine.layout(try engine.prepare(infographic.document())).warnings.filter { $0.code == "low-contrast" }
    }

    @Test func lightGreyBodyTextOnWhiteIsReported() throws {
        let card = Infographic(canvas: Canvas(width: 400, height: 200), background: .solid(.white)) {
            VStack { Text("Sumber: BPS").font(size: 16).foregroundColor("#BBBBBB").id("sumber") }
        }
        let found = try warnings(card)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == .node(path: "body.children[0]#sumber"))
        #expect(found.first?.message.contains("4.5:1 for body text") == true)
    }

    @Test func largeTextNeedsOnlyThreeToOne() throws {
        // #949494 on white is about 3.03:1: enough for 32 px, not for 16 px.
        let large = Infographic(canvas: Canvas(width: 400, height: 200), background: .solid(.white)) {
            Text("Judul").font(size: 32).foregroundColor("#949494")
        }
        let small = Infographic(canvas: Canvas(width: 400, height: 200), background: .solid(.white)) {
            Text("Judul").font(size: 16).foregroundColor("#949494")
        }
        #expect(try warnings(large).isEmpty)
        #expect(try warnings(small).count == 1)
    }

    @Test func textIsJudgedAgainstTheBoxBehindIt() throws {
        // White text: unreadable on the white canvas, fine on the navy tile it sits in.
        let onTile = Infographic(canvas: Canvas(width: 400, height: 200), background: .solid(.white)) {
            VStack { Text("73,7%").foregroundColor("#FFFFFF") }.padding(16).background("#0B2A55")
        }
        let onCanvas = Infographic(canvas: Canvas(width: 400, height: 200), background: .solid(.white)) {
            VStack { Text("73,7%").foregroundColor("#FFFFFF") }.padding(16)
        }
        #expect(try warnings(onTile).isEmpty)
        #expect(try warnings(onCanvas).count == 1)
    }

    @Test func highContrastThemeComponentsPassAA() throws {
        let theme = try #require(Theme.builtIn(named: "kontras-tinggi"))
        let card = Infographic(canvas: .instagramSquare, theme: theme) {
            VStack { Title("Cek Fakta", kicker: "LITERASI DIGITAL"); Stat(value: 0.737, format: .percent, label: "terhubung") }
        }
        #expect(try warnings(card).isEmpty)
    }
}

/// Value labels of one chart share one precision.
struct ChartLabelPrecisionTests {
    @Test func oneDecimalForAllWhenAnyValueNeedsIt() {
        let card = Infographic(canvas: .instagramSquare, locale: "id-ID") {
            BarChart(ChartData(labels: ["A", "B", "C"], values: [0.07, 0.063, 0.5]), format: .percent)
        }
        #expect(AltText.describe(card.document()) == "Diagram batang: A 7,0%; B 6,3%; C 50,0%.")
    }

    @Test func noDecimalsWhenNoValueNeedsThem() {
        let card = Infographic(canvas: .instagramSquare, locale: "id-ID") {
            ColumnChart(ChartData(labels: ["2020", "2024"], values: [12, 1500]))
        }
        #expect(AltText.describe(card.document()) == "Diagram kolom: 2020 12; 2024 1.500.")
    }
}
