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
