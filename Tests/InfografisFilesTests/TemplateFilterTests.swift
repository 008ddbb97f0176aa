import Foundation
import Infografis
import InfografisCore
import InfografisFiles
import Testing

/// Renders `source` against `row` in a locale (id-ID unless given).
func render(_ source: String, _ row: [String: String], locale: String = "id-ID") throws -> String {
    try Template(source).render(row, formatter: LocaleFormatter(locale))
}

/// The diagnostic that parsing or rendering throws, or nil.
func renderDiagnostic(_ source: String, _ row: [String: String], locale: String = "id-ID") -> Diagnostic? {
    do {
        _ = try render(source, row, locale: locale)
        return nil
    } catch {
        return error as? Diagnostic
    }
}

@Suite("Template filters")
struct TemplateFilterTests {
    static let row = [
        "penduduk": "1234567", "persen": "0,737", "anggaran": "15.000", "tanggal": "2020-10-13",
        "nama": "jawa BARAT", "nilai": "1.234,5", "kosong": "", "spasi": "  ", "dolar": "15000",
        "persen_teks": "73,7%",
    ]

    @Test("filters in id-ID", arguments: [
        ("{{penduduk | compact}}", "1,2\u{A0}juta"),
        ("{{anggaran | compact}}", "15.000"),
        ("{{persen | percent: 1}}", "73,7%"),
        ("{{persen|percent:0}}", "74%"),
        ("{{persen_teks | percent: 1}}", "73,7%"),
        ("{{anggaran | currency: IDR}}", "Rp\u{A0}15.000"),
        ("{{anggaran | currency}}", "Rp\u{A0}15.000"),
        ("{{anggaran | currency: usd}}", "US$15.000"),
        ("{{tanggal | date: long}}", "13 Oktober 2020"),
        ("{{tanggal | date}}", "13 Oktober 2020"),
        ("{{tanggal | date: full}}", "Selasa, 13 Oktober 2020"),
        ("{{tanggal | date: short}}", "13/10/2020"),
        ("{{nama | upper}}", "JAWA BARAT"),
        ("{{nama | lower}}", "jawa barat"),
        ("{{nama | title}}", "Jawa Barat"),
        ("{{nilai | number: 2}}", "1.234,50"),
        ("{{nilai | number}}", "1.234,5"),
        ("{{penduduk | number: 0}}", "1.234.567"),
        ("Penduduk: {{ penduduk | compact }} jiwa", "Penduduk: 1,2\u{A0}juta jiwa"),
    ])
    func indonesian(source: String, expected: String) throws {
        #expect(try render(source, Self.row) == expected)
    }

    @Test("filters in en-US", arguments: [
        ("{{penduduk | compact}}", "1.2M"),
        ("{{dolar | compact}}", "15K"),
        ("{{persen | percent: 1}}", "73.7%"),
        ("{{persen_teks | percent: 1}}", "73.7%"),
        ("{{dolar | currency: USD}}", "$15,000"),
        ("{{dolar | currency: IDR}}", "IDR\u{A0}15,000"),
        ("{{dolar | currency}}", "$15,000"),
        ("{{tanggal | date: long}}", "October 13, 2020"),
        ("{{tanggal | date: medium}}", "Oct 13, 2020"),
        ("{{nama | upper}}", "JAWA BARAT"),
        ("{{nama | title}}", "Jawa Barat"),
        ("{{dolar | number: 2}}", "15,000.00"),
    ])
    func english(source: String, expected: String) throws {
        var row = Self.row
        row["persen"] = "0.737"
        row["persen_teks"] = "73.7%"
        #expect(try render(source, row, locale: "en-US") == expected)
    }

    @Test("compact goes up a unit after rounding and keeps the sign", arguments: [
        ("999960", "1\u{A0}juta", "1M"), ("2.500.000.000", "2,5\u{A0}miliar", "2.5B"), ("-1.500.000", "-1,5\u{A0}juta", "-1.5M"),
    ])
    func compactUnits(value: String, indonesian: String, english: String) throws {
        #expect(try render("{{x | compact}}", ["x": value]) == indonesian)
        let englishValue = value.replacingOccurrences(of: ".", with: ",")
        #expect(try render("{{x | compact}}", ["x": englishValue], locale: "en-US") == english)
    }

    @Test("a currency amount with cents keeps two decimals")
    func currencyCents() throws {
        #expect(try render("{{x | currency: USD}}", ["x": "12.5"], locale: "en-US") == "$12.50")
    }

    @Test("filters chain left to right")
    func chain() throws {
        #expect(try render("{{tanggal | date: long | upper}}", Self.row) == "13 OKTOBER 2020")
        #expect(try render("{{nama | lower | title}}", Self.row) == "Jawa Barat")
    }

    // MARK: - default

    @Test("default is used for a missing column, a blank value, wherever it is in the chain")
    func defaults() throws {
        #expect(try render("{{tidak_ada | default: \"-\"}}", Self.row) == "-")
        #expect(try render("{{kosong | default: '-'}}", Self.row) == "-")
        #expect(try render("{{spasi | number: 2 | default: \"n/a\"}}", Self.row) == "n/a")
        #expect(try render("{{kosong | default: tidak ada}}", Self.row) == "tidak ada")
    }

    @Test("default does not replace a real value")
    func defaultKeepsValue() throws {
        #expect(try render("{{nilai | number: 1 | default: \"-\"}}", Self.row) == "1.234,5")
    }

    @Test("a quoted default may hold |, }} and an escaped quote")
    func quotedDefault() throws {
        #expect(try render(#"{{x | default: "a | b }} \"c\""}}"#, [:]) == #"a | b }} "c""#)
    }

    // MARK: - Text

    @Test("text around placeholders is kept and \\{{ writes braces")
    func literalText() throws {
        #expect(try render(#"Tulis \{{nama}} untuk {{nama | upper}}}"#, Self.row) == "Tulis {{nama}} untuk JAWA BARAT}")
        let plain = try Template("Tanpa data")
        #expect(plain.isConstant)
        #expect(try plain.render([String: String](), formatter: LocaleFormatter("id-ID")) == "Tanpa data")
    }

    @Test("columns with spaces and the columns a template reads")
    func columns() throws {
        #expect(try render("{{ Jumlah Penduduk | number }}", ["Jumlah Penduduk": "2500"]) == "2.500")
        let template = try Template("{{b}} {{a | upper}} {{b | lower}} {{2023}}")
        #expect(template.columns == ["b", "a", "2023"])
        #expect(!template.isConstant)
    }

    @Test("values are plain text: markup is not interpreted, line breaks are kept")
    func plainText() throws {
        #expect(try render("{{x}}", ["x": "<b>tebal</b> & \"kutip\""]) == "<b>tebal</b> & \"kutip\"")
        #expect(try render("{{x}}", ["x": "baris\r\nkedua\tkolom"]) == "baris\nkedua\tkolom")
    }

    @Test("a value with a control character is a diagnostic naming the row and column", arguments: [
        "a\u{0}b", "bel\u{7}", "esc\u{1B}[31m", "c1\u{85}", "del\u{7F}",
    ])
    func controlCharacters(value: String) throws {
        let row = DataRow(number: 7, values: ["Aceh", value], columns: CSVColumns(path: "data.csv", names: ["provinsi", "nama"]))
        do {
            _ = try Template("{{nama | upper}}").render(row, formatter: LocaleFormatter("id-ID"))
            Issue.record("expected a diagnostic for \(value.debugDescription)")
        } catch {
            #expect(error.code == "template-control-character")
            #expect(error.location == .csv(path: "data.csv", row: 7, column: "nama"))
            #expect(error.message.contains("(row 7 of data.csv)"))
        }
    }
}
