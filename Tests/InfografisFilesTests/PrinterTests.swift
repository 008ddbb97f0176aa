import Foundation
import Infografis
import InfografisFiles
import Testing

/// The printed forms are part of the interface: pinned exactly.
struct PrinterTests {
    static let card = """
        canvas: instagram-square
        body:
          column:
            paddng: 64
            children:
              - text: {content: "Halo", opacity: 2}
              - colum: {}
        """

    @Test func textFormShowsTheLineACaretUnderTheColumnAndTheHint() {
        let text = DiagnosticPrinter.text(problems(Self.card), sources: [testPath: Self.card])
        #expect(text == """
            card.yaml:4:5: error: Unknown property `paddng` on column.
                paddng: 64
                ^
            hint: did you mean `padding`?

            card.yaml:6:42: error: `opacity` must be between 0 and 1; found 2.
                  - text: {content: "Halo", opacity: 2}
                                                     ^

            card.yaml:7:9: error: Unknown node kind `colum`.
                  - colum: {}
                    ^
            hint: did you mean `column`?

            """)
    }

    @Test func caretKeepsTabsSoItStaysAligned() {
        let source = "body: {text: {content: x,\tsze: 1}}\n"
        let text = DiagnosticPrinter.text(problems(source), sources: [testPath: source])
        #expect(text == """
            card.yaml:1:27: error: Unknown property `sze` on text.
            body: {text: {content: x,\tsze: 1}}
                                     \t^
            hint: did you mean `size`?

            """)
    }

    @Test func sourceIsReadFromDiskWhenNotGiven() throws {
        let folder = try temporaryDirectory()
        let file = folder.appendingPathComponent("bad.yaml")
        try Data("body:\n  text: {content: x, sizee: 2}\n".utf8).write(to: file)
        do {
            _ = try LayoutFile.load(path: file.path)
            Issue.record("the file must fail to load")
        } catch {
            #expect(DiagnosticPrinter.text(error.items) == """
                \(file.path):2:22: error: Unknown property `sizee` on text.
                  text: {content: x, sizee: 2}
                                     ^
                hint: did you mean `size`?

                """)
        }
    }

    @Test func otherLocationsAndMissingSources() {
        let items = [
            Diagnostic(code: "unreadable-file", message: "Cannot read the layout file \"x.yaml\": gone."),
            Diagnostic(.warning, code: "text-overflow", message: "The text \"Halo\" does not fit its box.",
                       location: .node(path: "body.children[2]"), hint: "Shorten it."),
            Diagnostic(code: "bad-cell", message: "Not a number.", location: .csv(path: "data.csv", row: 3, column: "nilai")),
            Diagnostic(code: "x", message: "Somewhere.", location: .file(path: "/nonexistent/y.yaml", line: 2, column: 3)),
        ]
        #expect(DiagnosticPrinter.text(items) == """
            error: Cannot read the layout file "x.yaml": gone.

            body.children[2]: warning: The text "Halo" does not fit its box.
            hint: Shorten it.

            data.csv: row 3, column "nilai": error: Not a number.

            /nonexistent/y.yaml:2:3: error: Somewhere.

            """)
        #expect(DiagnosticPrinter.text([]) == "")
    }

    @Test func jsonFormListsEveryFieldInAFixedOrder() {
        let items = problems(Self.card).prefix(2) + [
            Diagnostic(.warning, code: "text-overflow", message: "Tab\there \"quoted\".", location: .node(path: "body")),
        ]
        #expect(DiagnosticPrinter.json(Array(items)) == """
            [
              {"severity": "error", "code": "unknown-property", "message": "Unknown property `paddng` on column.", "file": "card.yaml", "line": 4, "column": 5, "hint": "did you mean `padding`?"},
              {"severity": "error", "code": "out-of-range", "message": "`opacity` must be between 0 and 1; found 2.", "file": "card.yaml", "line": 6, "column": 42, "hint": null},
              {"severity": "warning", "code": "text-overflow", "message": "Tab\\there \\"quoted\\".", "file": null, "line": null, "column": null, "hint": null, "node": "body"}
            ]

            """)
        #expect(DiagnosticPrinter.json([]) == "[]\n")
    }

    @Test func jsonFormIsValidJSON() throws {
        let json = DiagnosticPrinter.json(problems(Self.card))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 3)
        #expect(parsed?.first?["line"] as? Int == 4)
        #expect(parsed?.last?["hint"] as? String == "did you mean `column`?")
    }
}
