import Foundation
import Infografis
@testable import InfografisFiles
import Testing

/// `LayoutTemplate`: placeholders anywhere in a layout, `visible:` conditions, and diagnostics that
/// point into the layout file and name the data row and column.
@Suite("Binding")
struct BindingTests {
    static let formatter = DataFormatter(layoutLocale: "id-ID", dataLocale: nil)
    static let columns = CSVColumns(path: "data.csv", names: ["provinsi", "penduduk", "warna", "lebar", "status", "logo"])

    static func row(_ number: Int, _ values: [String]) -> DataRow {
        DataRow(number: number, values: values, columns: columns)
    }

    static let aceh = row(1, ["Aceh", "5.554.800", "#0B3C5D", "120", "aktif", "logo"])

    /// The first text node's content, depth first.
    static func texts(_ node: Node) -> [String] {
        var result: [String] = []
        if case .text(let content) = node.kind { result.append(content.text) }
        for child in node.children { result += texts(child) }
        return result
    }

    static func bind(_ yaml: String, _ row: DataRow = aceh, path: String = "kartu.yaml") throws -> Document? {
        let template = try LayoutTemplate(yaml: yaml, path: path)
        return try template.infographic(for: row, formatter: formatter)?.document()
    }

    static func problems(_ yaml: String, _ row: DataRow) -> [Diagnostic] {
        do {
            _ = try bind(yaml, row)
            return []
        } catch let error as Diagnostics {
            return error.items
        } catch {
            Issue.record("unexpected \(error)")
            return []
        }
    }

    @Test func placeholdersInTextNumbersAndColors() throws {
        let yaml = """
            canvas: {width: 200, height: "{{lebar}}"}
            background: "{{warna}}"
            title: "Penduduk {{provinsi}}"
            body:
              column:
                padding: "{{lebar | number}}"
                children:
                  - text: {content: "{{provinsi | upper}}", color: "{{warna}}"}
                  - text: "{{penduduk | compact}} jiwa"
                  - box: {width: "{{lebar}}", height: 8}
            """
        let document = try #require(try Self.bind(yaml))
        #expect(document.canvasSize == Size(200, 120))
        #expect(document.background == .solid(Color(css: "#0B3C5D")!))
        #expect(document.title == "Penduduk Aceh")
        #expect(Self.texts(document.root) == ["ACEH", "5,6\u{A0}juta jiwa"])
        #expect(document.root.style.padding.top == .px(120))
        #expect(document.root.children[2].style.width == .px(120))
    }

    @Test func imagePathsResolvePerRow() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#
        try svg.write(to: dir.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("kartu.yaml").path
        let yaml = "body:\n  image: {src: \"{{logo}}.svg\", width: 20}\n"
        let document = try #require(try Self.bind(yaml, path: path))
        guard case .image(let image) = document.root.kind else { Issue.record("not an image"); return }
        #expect(image.path == dir.appendingPathComponent("logo.svg").path)
        // A row naming a missing file is that row's error, at the `src` value, naming the column.
        let other = Self.row(2, ["Bali", "1", "#FFFFFF", "1", "aktif", "tidak-ada"])
        let template = try LayoutTemplate(yaml: yaml, path: path)
        #expect(throws: Diagnostics.self) { try template.infographic(for: other, formatter: Self.formatter) }
        do {
            _ = try template.infographic(for: other, formatter: Self.formatter)
        } catch {
            #expect(error.items.first?.code == "missing-file")
            #expect(error.items.first?.message.contains("column \"logo\" in row 2 of data.csv") == true)
        }
    }

    @Test func visibleRemovesNodesPerRow() throws {
        let yaml = """
            body:
              column:
                children:
                  - text: {content: "selalu"}
                  - text: {content: "aktif", visible: "{{status}} == aktif"}
                  - text: {content: "besar", visible: "{{lebar}} > 100"}
                  - text: {content: "tidak pernah", visible: false}
                  - row:
                      visible: "{{status}} != aktif"
                      children: [{text: "nonaktif"}]
            """
        let active = try #require(try Self.bind(yaml))
        #expect(Self.texts(active.root) == ["selalu", "aktif", "besar"])
        let inactive = try #require(try Self.bind(yaml, Self.row(2, ["Bali", "1", "#FFF", "80", "nonaktif", ""])))
        #expect(Self.texts(inactive.root) == ["selalu", "nonaktif"])
    }

    @Test func hiddenBodySkipsTheRow() throws {
        let yaml = "body:\n  text: {content: \"{{provinsi}}\", visible: \"{{status}} == aktif\"}\n"
        #expect(try Self.bind(yaml) != nil)
        #expect(try Self.bind(yaml, Self.row(2, ["Bali", "1", "#FFF", "80", "nonaktif", ""])) == nil)
    }

    @Test func templateErrorsPointIntoTheLayoutAndNameTheRow() {
        let yaml = "body:\n  column:\n    children:\n      - text: \"{{penduduk | compact}} jiwa\"\n"
        let bad = Self.row(7, ["Aceh", "lima juta", "#FFF", "1", "aktif", ""])
        let items = Self.problems(yaml, bad)
        #expect(items.count == 1)
        #expect(items.first?.code == "template-not-a-number")
        // Line 4; the placeholder starts after `      - text: "`.
        #expect(items.first?.location == .file(path: "kartu.yaml", line: 4, column: 16))
        #expect(items.first?.message.contains("(row 7 of data.csv)") == true)
    }

    @Test func loaderErrorsFromDataNameTheColumn() throws {
        let yaml = "background: \"{{warna}}\"\nbody:\n  box: {width: \"{{lebar}}\"}\n"
        let bad = Self.row(3, ["Aceh", "1", "merah muda", "lebar", "aktif", ""])
        let template = try LayoutTemplate(yaml: yaml, path: "kartu.yaml")
        guard case .failed(let problems) = template.bind(bad, formatter: Self.formatter) else {
            Issue.record("expected the row to fail")
            return
        }
        #expect(problems.map(\.column) == ["warna", "lebar"])
        #expect(problems.map(\.diagnostic.location) == [.file(path: "kartu.yaml", line: 1, column: 13),
                                                        .file(path: "kartu.yaml", line: 3, column: 16)])
        #expect(problems[0].diagnostic.message.hasSuffix("The value comes from column \"warna\" in row 3 of data.csv."))
    }

    @Test func syntaxErrorsAreFoundOnceWhenCompiling() {
        let yaml = "body:\n  column:\n    children:\n      - text: \"{{provinsi | uper}}\"\n      - text: {content: a, visible: \"{{x}} = 1\"}\n"
        do {
            _ = try LayoutTemplate(yaml: yaml, path: "kartu.yaml")
            Issue.record("expected template syntax errors")
        } catch {
            #expect(error.items.map(\.code) == ["template-unknown-filter", "template-syntax"])
            #expect(error.items.first?.location == .file(path: "kartu.yaml", line: 4, column: 29))
            #expect(error.items.first?.hint == "Did you mean \"upper\"?")
        }
    }

    @Test func missingColumnsAreCheckedAgainstTheHeaderOnce() throws {
        let template = try LayoutTemplate(yaml: "body:\n  text: \"{{provinsi}} {{pendudk}} {{x | default: -}}\"\n",
                                          path: "kartu.yaml")
        #expect(template.columns == ["provinsi", "pendudk", "x"])
        do {
            try template.validate(columns: Self.columns.names, source: "data.csv")
            Issue.record("expected a missing column")
        } catch {
            #expect(error.items.count == 1)
            #expect(error.items[0].location == .file(path: "kartu.yaml", line: 2, column: 23))
            #expect(error.items[0].hint?.hasPrefix("Did you mean \"penduduk\"?") == true)
        }
    }

    @Test func previewKeepsPlaceholdersAndAppliesConstantVisibility() throws {
        let yaml = "body:\n  column: [{text: \"{{provinsi}}\"}, {text: {content: x, visible: false}}, {text: {content: y, visible: \"{{a}} == 1\"}}]\n"
        let document = try LayoutFile.load(yaml: yaml, path: "kartu.yaml").document()
        #expect(Self.texts(document.root) == ["{{provinsi}}", "y"])
    }

    @Test func escapedBracesAreText() throws {
        let document = try #require(try Self.bind("body:\n  text: \"\\\\{{bukan}} {{provinsi}}\"\n"))
        #expect(Self.texts(document.root) == ["{{bukan}} Aceh"])
    }

    @Test func dataLocaleReadsNumbersWrittenElsewhere() throws {
        let formatter = DataFormatter(layoutLocale: "id-ID", dataLocale: "en-US")
        let template = try LayoutTemplate(yaml: "body:\n  text: \"{{penduduk | number}}\"\n", path: "kartu.yaml")
        let row = Self.row(1, ["Aceh", "5,554,800", "", "", "", ""])
        let document = try #require(try template.infographic(for: row, formatter: formatter)?.document())
        #expect(Self.texts(document.root) == ["5.554.800"])
    }

    @Test func namesAreSafeFileNames() {
        #expect(BatchNaming.sanitize("31 - DKI Jakarta") == "31-DKI-Jakarta")
        #expect(BatchNaming.sanitize("../../etc/passwd") == "etc-passwd")
        #expect(BatchNaming.sanitize(".hidden") == "hidden")
        #expect(BatchNaming.sanitize("Papua: Barat/Daya") == "Papua-Barat-Daya")
        #expect(BatchNaming.sanitize("Kep. Bangka Belitung") == "Kep.-Bangka-Belitung")
        #expect(BatchNaming.sanitize("a\u{0}b\tc") == "a-b-c")
        #expect(BatchNaming.sanitize("///") == "")
    }
}
