import Foundation
import InfografisCore
import InfografisFiles
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    // MARK: - Encodings and line ends

    @Test("a UTF-8 BOM is not part of the first column name")
    func byteOrderMark() throws {
        let table = try CSVTable(path: CSVFixture.path("bom.csv"))
        #expect(table.columns.names == ["provinsi", "penduduk"])
        #expect(try CSVFixture.rows("bom.csv") == [["Aceh", "5274871"]])
    }

    @Test("CRLF line ends are row ends, not part of values")
    func crlf() throws {
        #expect(try CSVFixture.rows("crlf.csv") == [["Aceh", "5274871"], ["Bali", "4317404"]])
    }

    @Test("quoted fields keep line breaks, commas and doubled quotes")
    func quotedFields() throws {
        let rows = try CSVFixture.rows("quoted.csv")
        #expect(rows == [["Baris\nkedua", "Kata \"ASN\" hebat", "satu, dua"], ["biasa", "", "akhir"]])
    }

    @Test("a file without a final line break keeps its last row; header names are trimmed")
    func noFinalNewline() throws {
        let table = try CSVTable(path: CSVFixture.path("no-final-newline.csv"))
        #expect(table.columns.names == ["provinsi", "penduduk"])
        #expect(try CSVFixture.rows("no-final-newline.csv") == [["Aceh", "1"]])
    }

    @Test("UTF-16 files get a diagnostic that says how to save them")
    func utf16() throws {
        let diagnostic = CSVFixture.diagnostic(atPath: try CSVFixture.path("utf16.csv"))
        #expect(diagnostic?.code == "csv-utf16")
        #expect(diagnostic?.hint?.contains("CSV UTF-8") == true)
    }

    // MARK: - Delimiters

    @Test("`;` is detected from the header line and quoted `,` stays in the value")
    func semicolonDetected() throws {
        let table = try CSVTable(path: CSVFixture.path("semicolon.csv"))
        #expect(table.delimiter == .semicolon)
        #expect(try CSVFixture.rows("semicolon.csv") == [["Jawa Barat", "1.234,5", "73,7"], ["Bali", "4.317.404", "0,5"]])
    }

    @Test("tab is detected from the header line")
    func tabDetected() throws {
        let table = try CSVTable(path: CSVFixture.path("tab.tsv"))
        #expect(table.delimiter == .tab)
        #expect(try CSVFixture.rows("tab.tsv") == [["Aceh", "5274871"]])
    }

    @Test("comma is detected, and is the choice when the header has no delimiter")
    func commaDetected() throws {
        #expect(try CSVTable(path: CSVFixture.path("crlf.csv")).delimiter == .comma)
        let single = try CSVFixture.temporaryFile(Array("nama\nAceh\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: single) }
        #expect(try CSVTable(path: single).delimiter == .comma)
    }

    @Test("a given delimiter overrides detection")
    func delimiterOverride() throws {
        let options = CSVOptions(delimiter: .comma)
        let table = try CSVTable(path: CSVFixture.path("semicolon.csv"), options: options)
        #expect(table.delimiter == .comma)
        #expect(table.columns.names == ["provinsi;penduduk;persen"])
        let tab = try CSVTable(path: CSVFixture.path("tab.tsv"), options: CSVOptions(delimiter: .semicolon))
        #expect(tab.columns.names == ["provinsi\tpenduduk"])
    }

    @Test("--delimiter arguments", arguments: [
        (",", CSVDelimiter.comma), ("comma", .comma), (";", .semicolon), ("semicolon", .semicolon),
        ("tab", .tab), ("\\t", .tab), ("\t", .tab), ("TAB", .tab),
    ])
    func delimiterArgument(argument: String, expected: CSVDelimiter) {
        #expect(CSVDelimiter(argument: argument) == expected)
    }

    @Test("an unknown --delimiter argument is rejected")
    func unknownDelimiterArgument() {
        #expect(CSVDelimiter(argument: "|") == nil)
        #expect(CSVDelimiter(argument: "") == nil)
    }

    // MARK: - Shape

    @Test("a row with too few fields names the row and the first column without a value")
    func raggedShort() throws {
        let diagnostic = try #require(CSVFixture.diagnostic(atPath: CSVFixture.path("ragged-short.csv")))
        #expect(diagnostic.code == "csv-ragged-row")
        #expect(diagnostic.message == "Row 2 has 1 fields but the header has 2 columns, so column \"penduduk\" has no value.")
        guard case let .csv(_, row, column) = diagnostic.location else {
            Issue.record("expected a CSV location, got \(String(describing: diagnostic.location))")
            return
        }
        #expect(row == 2)
        #expect(column == "penduduk")
    }

    @Test("short rows can be padded with empty values instead")
    func raggedShortPadded() throws {
        let rows = try CSVFixture.rows("ragged-short.csv", options: CSVOptions(raggedRows: .padMissingFields))
        #expect(rows == [["Aceh", "5274871"], ["Bali", ""], ["Jambi", "3548228"]])
    }

    @Test("a row with extra values is a diagnostic in both policies, and hints at quoting")
    func raggedLong() throws {
        for policy in [RaggedRowPolicy.reject, .padMissingFields] {
            let path = try CSVFixture.path("ragged-long.csv")
            let diagnostic = try #require(CSVFixture.diagnostic(atPath: path, options: CSVOptions(raggedRows: policy)))
            #expect(diagnostic.code == "csv-ragged-row")
            #expect(diagnostic.message.hasPrefix("Row 2 has 4 fields but the header has 2 columns; field 3 (\"317\")"))
            #expect(diagnostic.location == .csv(path: path, row: 2, column: "field 3"))
            #expect(diagnostic.hint?.contains("comma (,)") == true)
        }
    }

    @Test("trailing empty header cells and fields (spreadsheet leftovers) are dropped")
    func trailingEmpty() throws {
        let table = try CSVTable(path: CSVFixture.path("trailing-empty.csv"))
        #expect(table.columns.names == ["provinsi", "penduduk"])
        #expect(try CSVFixture.rows("trailing-empty.csv") == [["Aceh", "5274871"], ["Bali", "4317404"]])
    }

    @Test("blank lines are skipped but still counted, so row numbers match the sheet")
    func blankLines() throws {
        var numbers: [Int] = []
        try CSVTable(path: CSVFixture.path("blank-lines.csv")).forEachRow { numbers.append($0.number) }
        #expect(numbers == [2, 4])
    }

    @Test("an empty file is a diagnostic")
    func emptyFile() throws {
        let diagnostic = try #require(CSVFixture.diagnostic(atPath: CSVFixture.path("empty.csv")))
        #expect(diagnostic.code == "csv-empty-file")
        #expect(diagnostic.message.hasSuffix("has no header row (it is empty)."))
    }

    @Test("a file with only comments and blank lines has no header: a diagnostic")
    func commentOnly() throws {
        let diagnostic = try #require(CSVFixture.diagnostic(atPath: CSVFixture.path("comment-only.csv")))
        #expect(diagnostic.code == "csv-empty-file")
        #expect(!diagnostic.message.contains("(it is empty)"))
    }

    @Test("a header without rows is zero rows, not an error")
    func headerOnly() throws {
        let table = try CSVTable(path: CSVFixture.path("header-only.csv"))
        #expect(table.columns.names == ["provinsi", "penduduk"])
        #expect(try CSVFixture.rows("header-only.csv").isEmpty)
    }

    @Test("duplicate column names are a diagnostic naming both columns")
    func duplicateHeader() throws {
        let path = try CSVFixture.path("duplicate-header.csv")
        let diagnostic = try #require(CSVFixture.diagnostic(atPath: path))
        #expect(diagnostic.code == "csv-duplicate-column")
        #expect(diagnostic.message == "Columns 2 and 4 of the header in \(path) are both named \"nilai\".")
        #expect(diagnostic.location == .csv(path: path, row: 0, column: "nilai"))
    }

    @Test("an unnamed column in the middle of the header is a diagnostic")
    func unnamedColumn() throws {
        let path = try CSVFixture.path("unnamed-column.csv")
        let diagnostic = try #require(CSVFixture.diagnostic(atPath: path))
        #expect(diagnostic.code == "csv-unnamed-column")
        #expect(diagnostic.location == .csv(path: path, row: 0, column: "field 2"))
    }

    // MARK: - Comments

    @Test("`#` lines before the header are comments, kept for citing the source")
    func commentLines() throws {
        let table = try CSVTable(path: CSVFixture.path("comment.csv"))
        #expect(table.comments == ["Sumber: Badan Pusat Statistik, 2023", "Diolah oleh Diskominfo"])
        #expect(table.columns.names == ["provinsi", "penduduk"])
        #expect(table.delimiter == .semicolon)
        #expect(try CSVFixture.rows("comment.csv") == [["Aceh", "5.274.871"]])
    }

    @Test("comment lines can be turned off for a header whose first column is `#`")
    func commentsOff() throws {
        let path = try CSVFixture.path("hash-header.csv")
        #expect(try CSVTable(path: path).columns.names == ["1", "Aceh"])
        let table = try CSVTable(path: path, options: CSVOptions(allowsCommentLines: false))
        #expect(table.columns.names == ["#", "nama"])
    }

    // MARK: - Invalid UTF-8

    @Test("invalid UTF-8 in a value is a diagnostic with its row and column", arguments: [
        // (bytes of the data rows, row, column)
        (Array("Aceh,1\nBa".utf8) + [0xFF] + Array("li,2\n".utf8), 2, "provinsi"),
        (Array("Aceh,1\nBali,2\nJambi,".utf8) + [0xC3, 0x28] + Array("\n".utf8), 3, "penduduk"),
        (Array("\"A".utf8) + [0xE2, 0x82] + Array("\",1\n".utf8), 1, "provinsi"),
        ([0x80] + Array(",1\n".utf8), 1, "provinsi"),
    ])
    func invalidUTF8(rows: [UInt8], row: Int, column: String) throws {
        let path = try CSVFixture.temporaryFile(Array("provinsi,penduduk\n".utf8) + rows)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let diagnostic = try #require(CSVFixture.diagnostic(atPath: path))
        #expect(diagnostic.code == "csv-invalid-utf8")
        #expect(diagnostic.location == .csv(path: path, row: row, column: column))
        #expect(diagnostic.message.contains("Row \(row), column \"\(column)\""))
    }

    @Test("invalid UTF-8 in the header is a diagnostic on row 0")
    func invalidUTF8InHeader() throws {
        let path = try CSVFixture.temporaryFile(Array("provinsi,pendud".utf8) + [0xFE] + Array("uk\nAceh,1\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let diagnostic = try #require(CSVFixture.diagnostic(atPath: path))
        #expect(diagnostic.code == "csv-invalid-utf8")
        #expect(diagnostic.location == .csv(path: path, row: 0, column: "field 2"))
    }

    // MARK: - Access

    @Test("rows give values by column name, in order, and as a dictionary")
    func rowAccess() throws {
        let rows = try CSVTable(path: CSVFixture.path("semicolon.csv")).makeRowIterator()
        let row = try #require(try rows.next())
        #expect(row.number == 1)
        #expect(row["penduduk"] == "1.234,5")
        #expect(row["tidak ada"] == nil)
        #expect(row.values == ["Jawa Barat", "1.234,5", "73,7"])
        #expect(row.dictionary == ["provinsi": "Jawa Barat", "penduduk": "1.234,5", "persen": "73,7"])
        #expect(try rows.next()?.number == 2)
        #expect(try rows.next() == nil)
        #expect(try rows.next() == nil)
    }

    @Test("the table is an AsyncSequence that can be iterated more than once")
    func asyncIteration() async throws {
        let table = try CSVTable(path: CSVFixture.path("crlf.csv"))
        for _ in 0..<2 {
            var names: [String] = []
            for try await row in table { names.append(row["provinsi"] ?? "?") }
            #expect(names == ["Aceh", "Bali"])
        }
    }

    @Test("a missing file is a diagnostic, not a crash")
    func missingFile() {
        let diagnostic = CSVFixture.diagnostic(atPath: "/nonexistent/data.csv")
        #expect(diagnostic?.code == "csv-unreadable")
    }
}

/// Helpers shared by the CSV tests.
enum CSVFixture {
    /// Path of a committed file in `Data/`.
    static func path(_ name: String) throws -> String {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Data/\(name)")
        #expect(FileManager.default.fileExists(atPath: url.path), "missing fixture \(name)")
        return url.path
    }

    /// All data rows of a committed file, as value arrays.
    static func rows(_ name: String, options: CSVOptions = CSVOptions()) throws -> [[String]] {
        var result: [[String]] = []
        try CSVTable(path: path(name), options: options).forEachRow { result.append($0.values) }
        return result
    }

    /// The diagnostic that reading all rows of `path` throws, or nil when it reads cleanly.
    static func diagnostic(atPath path: String, options: CSVOptions = CSVOptions()) -> Diagnostic? {
        do {
            try CSVTable(path: path, options: options).forEachRow { _ in }
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            Issue.record("expected a Diagnostic, got \(error)")
            return nil
        }
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("infografis-csv-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        return url.path
    }
}
