import Foundation
import Infografis
import InfografisCore
import InfografisFiles
import Testing

@Suite("Template diagnostics")
struct TemplateDiagnosticTests {
    static let indonesian = LocaleFormatter("id-ID")
    static let columns = CSVColumns(path: "data.csv", names: ["provinsi", "penduduk", "persen", "tanggal"])

    static func row(_ values: [String]) -> DataRow {
        DataRow(number: 3, values: values, columns: columns)
    }

    /// The syntax diagnostic for `source`, which must not parse.
    static func syntaxError(_ source: String, location: InfografisCore.SourceLocation? = nil) throws -> Diagnostic {
        do throws(Diagnostic) {
            _ = try Template(source, location: location)
        } catch {
            return error
        }
        Issue.record("\(source) parsed, but should not")
        throw CancellationError()
    }

    // MARK: - Missing columns

    @Test("a missing column names the column, the row and the closest header name")
    func missingColumn() throws {
        let row = Self.row(["Aceh", "5274871", "0,7", "2020-10-13"])
        do {
            _ = try Template("{{pendudk | compact}} jiwa").render(row, formatter: Self.indonesian)
            Issue.record("expected a missing-column diagnostic")
        } catch {
            #expect(error.code == "template-missing-column")
            #expect(error.message == "The template uses the column \"pendudk\" in {{pendudk | compact}}, "
                + "but the data (row 3 of data.csv) has no such column.")
            #expect(error.hint?.hasPrefix("Did you mean \"penduduk\"?") == true)
            #expect(error.location == .csv(path: "data.csv", row: 3, column: "pendudk"))
        }
    }

    @Test("case differences are suggested; unrelated names list the columns")
    func suggestions() {
        #expect(renderDiagnostic("{{Provinsi}}", ["provinsi": "Aceh"])?.hint?.hasPrefix("Did you mean \"provinsi\"?") == true)
        let hint = renderDiagnostic("{{anggaran}}", ["provinsi": "Aceh", "tahun": "2023"])?.hint
        #expect(hint?.hasPrefix("The columns are \"provinsi\", \"tahun\".") == true)
    }

    @Test("validate(columns:) finds a missing column before any row is read, pointing into the layout file")
    func validateColumns() throws {
        let location = InfografisCore.SourceLocation.file(path: "kartu.yaml", line: 12, column: 14)
        let template = try Template("Total: {{jumlah | compact}}", location: location)
        #expect(throws: Never.self) { try template.validate(columns: ["jumlah"]) }
        #expect(throws: Never.self) { try Template("{{x | default: 0}}").validate(columns: []) }
        do {
            try template.validate(columns: ["jumlah_penduduk", "provinsi"])
            Issue.record("expected a missing-column diagnostic")
        } catch {
            #expect(error.code == "template-missing-column")
            #expect(error.location == .file(path: "kartu.yaml", line: 12, column: 21))
        }
    }

    // MARK: - Bad values

    @Test("a value that is not a number names the column, the value and what was expected")
    func notANumber() {
        let row = Self.row(["Aceh", "lima juta", "0,7", "2020-10-13"])
        do {
            _ = try Template("{{penduduk | compact}}").render(row, formatter: Self.indonesian)
            Issue.record("expected a not-a-number diagnostic")
        } catch {
            #expect(error.code == "template-not-a-number")
            #expect(error.message == "The value of column \"penduduk\" (row 3 of data.csv) is \"lima juta\", but the "
                + "filter \"compact\" in {{penduduk | compact}} expects a number written like 1.234,5 (locale id-ID).")
            #expect(error.location == .csv(path: "data.csv", row: 3, column: "penduduk"))
        }
    }

    @Test("an en-US number or text with a unit in an id-ID card is a diagnostic, not misread",
          arguments: ["1,234.5", "Rp 15.000", "1.23,4"])
    func wrongLocaleNumber(value: String) {
        #expect(renderDiagnostic("{{x | number: 1}}", ["x": value])?.code == "template-not-a-number")
    }

    @Test("a machine-written fraction `0.737` in an id-ID card is 0.737, not 737")
    func leadingZeroGroup() throws {
        #expect(try Template("{{x | percent: 1}}").render(["x": "0.737"], formatter: Self.indonesian) == "73,7%")
        #expect(try Template("{{x | number: 1}}").render(["x": "12.5"], formatter: Self.indonesian) == "12,5")
        #expect(try Template("{{x | number}}").render(["x": "1.234"], formatter: Self.indonesian) == "1.234")
    }

    @Test("an empty value with a numeric filter and no default is a diagnostic that suggests default")
    func emptyNumber() {
        let diagnostic = renderDiagnostic("{{x | percent: 1}}", ["x": ""])
        #expect(diagnostic?.code == "template-not-a-number")
        #expect(diagnostic?.message.contains("is empty") == true)
        #expect(diagnostic?.hint?.contains("default") == true)
    }

    @Test("a date not written as YYYY-MM-DD is a diagnostic", arguments: ["13/10/2020", "2020-13-01", "2020-02-30", "kemarin"])
    func notADate(value: String) {
        let diagnostic = renderDiagnostic("{{t | date: long}}", ["t": value])
        #expect(diagnostic?.code == "template-not-a-date")
        #expect(diagnostic?.message.contains("YYYY-MM-DD") == true)
    }

    @Test("a date with a time of day still formats the day")
    func dateWithTime() throws {
        #expect(try render("{{t | date}}", ["t": "2020-10-13T23:30:00+07:00"]) == "13 Oktober 2020")
    }

    // MARK: - Syntax

    @Test("syntax errors give the offending text and the character offset", arguments: [
        ("Total {{penduduk | compact", 6, "The placeholder \"{{penduduk | compact\" is not closed"),
        ("{{ }}", 0, "The placeholder has no column name"),
        ("a {{x | }}", 8, "Expected a filter name after \"|\""),
        ("{{x | number: }}", 14, "Expected a value after \":\""),
        ("{{x | number: 2, 3}}", 17, "The filter \"number\" takes one argument"),
        ("{{x | upper: 1}}", 13, "The filter \"upper\" takes no arguments"),
        ("{{x | percent: satu}}", 15, "expects a number of decimals from 0 to 10, not \"satu\""),
        ("{{x | currency: rupiah}}", 16, "expects a three-letter currency code"),
        ("{{x | date: panjang}}", 12, "The filter \"date\" has no style \"panjang\""),
        ("{{x | default: \"-}}", 15, "The text starting with \" has no closing \""),
        ("{{x | default}}", 6, "The filter \"default\" needs exactly one argument"),
        ("{{x | default: a | default: b}}", 19, "The filter \"default\" is given twice"),
        ("{{x | number 2}}", 13, "Unexpected \"2\" after the filter \"number\""),
        ("{{a {{b}}", 0, "is not closed"),
    ])
    func syntax(source: String, offset: Int, problem: String) throws {
        let diagnostic = try Self.syntaxError(source)
        #expect(diagnostic.code == "template-syntax")
        #expect(diagnostic.message.contains(problem), "\(diagnostic.message)")
        #expect(diagnostic.message.hasSuffix("at character \(offset) of the template \"\(source)\"."), "\(diagnostic.message)")
    }

    @Test("unknown filters suggest the closest filter", arguments: [
        ("{{nama | uper}}", "upper"), ("{{x | persen: 1}}", "percent"), ("{{x | defualt: 0}}", "default"),
        ("{{x | compat}}", "compact"),
    ])
    func unknownFilter(source: String, suggestion: String) throws {
        let diagnostic = try Self.syntaxError(source)
        #expect(diagnostic.code == "template-unknown-filter")
        #expect(diagnostic.hint == "Did you mean \"\(suggestion)\"?")
    }

    @Test("an unknown filter far from any name lists the filters")
    func unknownFilterList() throws {
        let diagnostic = try Self.syntaxError("{{x | rupiahkan}}")
        #expect(diagnostic.hint?.hasPrefix("The filters are \"compact\", \"percent\"") == true)
    }

    @Test("a date style typo is suggested")
    func dateStyleSuggestion() throws {
        #expect(try Self.syntaxError("{{t | date: lnog}}").hint == "Did you mean \"long\"?")
    }

    @Test("syntax errors point into the layout file, across line breaks")
    func syntaxLocation() throws {
        let location = InfografisCore.SourceLocation.file(path: "kartu.yaml", line: 4, column: 10)
        #expect(try Self.syntaxError("ab {{x | uper}}", location: location).location
                == .file(path: "kartu.yaml", line: 4, column: 19))
        #expect(try Self.syntaxError("baris satu\nlalu {{x | uper}}", location: location).location
                == .file(path: "kartu.yaml", line: 5, column: 12))
    }
}
