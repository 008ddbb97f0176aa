import Foundation
import Infografis
import InfografisFiles
import Testing

/// Bad files fail with located, full-sentence diagnostics; every problem is reported at once.
struct DiagnosticTests {
    @Test func unknownPropertyPointsAtTheKeyAndSuggestsTheNearestName() throws {
        let items = problems("""
            canvas: instagram-square
            body:
              column:
                paddng: 64
            """)
        let item = try #require(items.first)
        #expect(items.count == 1)
        #expect(item.code == "unknown-property")
        #expect(item.message == "Unknown property `paddng` on column.")
        #expect(item.location == .file(path: "card.yaml", line: 4, column: 5))
        #expect(item.hint == "did you mean `padding`?")
        #expect(item.severity == .error)
    }

    @Test(arguments: [
        ("{box: {widht: 3}}", "did you mean `width`?"),
        ("{box: {minWidth: 3}}", "did you mean `min-width`?"),
        ("{box: {border-radius: 3}}", "did you mean `radius`?"),
        ("{text: {content: x, font-size: 3}}", "did you mean `size`?"),
        ("{stack: {align: center}}", "did you mean `alignment`?"),
        ("{box: {colour: red}}", "did you mean `color`?"),
    ])
    func suggestionsCoverTyposCaseAndCSSNames(_ body: String, _ hint: String) {
        #expect(firstProblem(body)?.hint == hint)
    }

    @Test func noSuggestionWhenNothingIsClose() {
        let item = firstProblem("{box: {sparkle: 3}}")
        #expect(item?.message == "Unknown property `sparkle` on box.")
        #expect(item?.hint == nil)
    }

    @Test func aPropertyOfAnotherKindSaysWhereItBelongs() {
        let item = firstProblem("{row: {content: x}}")
        #expect(item?.code == "unknown-property")
        #expect(item?.message == "`content` is not a property of row; it applies to `text` or `qr-code`.")
        #expect(place(item) == "1:14")
    }

    @Test func unknownKindSuggestsTheNearestKind() {
        let items = problems("body:\n  column:\n    children:\n      - txt: Halo\n")
        #expect(items.map(\.code) == ["unknown-kind"])
        #expect(items.first?.message
            == "Unknown node kind `txt`.")
        #expect(place(items.first) == "4:9")
        #expect(items.first?.hint == "did you mean `text`?")
    }

    @Test func unknownKindFarFromAnyNamePointsToTheList() {
        let items = problems("body:\n  zzzwidget: {}\n")
        #expect(items.map(\.code) == ["unknown-kind"])
        #expect(items.first?.message == "Unknown node kind `zzzwidget`.")
        #expect(items.first?.hint == "docs/format.md lists every kind (e.g. `column`, `row`, `text`, `image`, `stat`, `bar-chart`).")
    }

    @Test func wrongTypesPointAtTheValue() {
        let items = problems("""
            body:
              column:
                padding: lots
                children: 3
                clip: maybe
            """)
        #expect(items.map(\.code) == ["wrong-type", "wrong-type", "wrong-type"])
        #expect(items.map(\.message) == [
            "`padding` must be a length: pixels (`120`) or a percentage (`\"50%\"`); found \"lots\".",
            "`children` must be a list of nodes; found 3.",
            "`clip` must be true or false; found \"maybe\".",
        ])
        #expect(items.map(place) == ["3:14", "4:15", "5:11"])
    }

    @Test(arguments: [
        ("{box: {width: -3}}", "`width` must be zero or more; found -3."),
        ("{box: {opacity: 1.5}}", "`opacity` must be between 0 and 1; found 1.5."),
        ("{box: {grow: .nan}}", "`grow` must be a finite number; found \".nan\"."),
        ("{box: {radius: -1}}", "`radius` must be zero or more; found -1."),
        ("{text: {content: x, size: 0}}", "`size` must be greater than 0 and at most 2000 pixels; found 0."),
        ("{text: {content: x, weight: 950}}", "`weight` must be a whole number from 100 to 900; found 950."),
        ("{text: {content: x, max-lines: 0}}", "`max-lines` must be between 1 and 10000; found 0."),
        ("{text: {content: x, fit: {min: 40, max: 20}}}", "`fit` needs `min` (40) to be at most `max` (20)."),
    ])
    func valuesOutOfRange(_ body: String, _ message: String) {
        let item = firstProblem(body)
        #expect(item?.code == "out-of-range")
        #expect(item?.message == message)
    }

    @Test func syntaxErrorsAreLocated() {
        let items = problems("""
            body:
              column:
                gap: 4
               children: []
            """)
        #expect(items.count == 1)
        #expect(items.first?.code == "syntax-error")
        #expect(items.first?.message == "The file is not valid YAML: did not find expected key (while parsing a block mapping at line 2, column 3).")
        #expect(place(items.first) == "4:4")
    }

    @Test func tabsAndUnclosedBracketsGetSpecificHints() {
        #expect(problems("body:\n\ttext: x\n").first?.hint == "Indent with spaces; YAML does not allow tabs for indentation.")
        let unclosed = problems("body:\n  column:\n    children: [\n")
        #expect(unclosed.first?.hint == "The file ends inside an unclosed `[`, `{` or quote; close it.")
        #expect(place(unclosed.first) == "4:1")
    }

    @Test func everyProblemIsReportedInOnePassInSourceOrder() {
        let items = problems("""
            canvas: instagram-sqare
            locale: id_ID
            body:
              column:
                paddng: 64
                children:
                  - text: {content: Hi, sze: 12, color: blu}
                  - colum: {}
                  - text: {content: x, opacity: 2, width: -3}
                  - image: {fit: cover}
            """)
        #expect(items.map(\.code) == [
            "invalid-value", "invalid-value", "unknown-property", "unknown-property", "invalid-value",
            "unknown-kind", "out-of-range", "out-of-range", "missing-property",
        ])
        #expect(items.map(place) == ["1:9", "2:9", "5:5", "7:29", "7:45", "8:9", "9:37", "9:47", "10:9"])
        #expect(items.map(\.hint) == [
            "did you mean `instagram-square`?", "Use a hyphen: `id-ID`.", "did you mean `padding`?", "did you mean `size`?",
            "did you mean `blue`?", "did you mean `column`?", nil, nil, "Add it, e.g. `image: {src: logo.png}`.",
        ])
    }

    @Test func propertiesBesideTheKindKeyAndTwoKindsInOneNode() {
        let items = problems("body:\n  column:\n    children:\n      - text: Hi\n        size: 12\n      - text: a\n        image: b.png\n")
        #expect(items.map(\.code) == ["misplaced-property", "invalid-node"])
        #expect(items.map(\.message) == [
            "`size` is next to `text` instead of inside it.",
            "A node has exactly one kind, but this one has `text` and `image`.",
        ])
        #expect(items.first?.hint == "Indent it under `text`, e.g. `text: {content: ..., size: ...}`.")
        #expect(items.map(place) == ["5:9", "7:9"])
    }

    @Test func missingKeysBodyAndFiles() {
        #expect(firstProblem("{text: {size: 3}}")?.message == "`text` needs `content`.")
        #expect(place(firstProblem("{text: {size: 3}}")) == "1:8")
        #expect(problems("title: x\n").map(\.code) == ["missing-property"])
        #expect(problems("title: x\n").first?.message == "The layout file has no `body`.")
        #expect(problems("").first?.message == "A layout file must be a mapping with at least `body`; found nothing.")
        let image = firstProblem("{image: nothere.png}")
        #expect(image?.code == "missing-file")
        #expect(image?.message.hasPrefix("The image file \"nothere.png\" does not exist (looked for /") == true)
        #expect(firstProblem("{image: \"https://example.org/a.png\"}")?.message
            == "`src` must be a file path; images are not downloaded.")
    }

    @Test func duplicateKeysPointAtTheSecondOne() {
        let items = problems("body:\n  column:\n    gap: 4\n    # note\n    children: []\n    gap: 5\n")
        #expect(items.map(\.code) == ["duplicate-key"])
        #expect(items.first?.message == "The key `gap` appears more than once in one mapping.")
        #expect(place(items.first) == "6:5")
    }

    @Test func documentLevelProblems() {
        let items = problems("bdy: {text: x}\ncanvas: {width: 20000, height: 10}\nbackground: 12\n")
        // The missing body is reported at 1:1, after the unknown key found at the same place.
        #expect(items.map(\.code) == ["unknown-property", "missing-property", "out-of-range", "invalid-value"])
        #expect(items.first?.message
            == "Unknown top-level key `bdy`; a layout file has `canvas`, `theme`, `background`, `locale`, `title`, `font` or `body`.")
        #expect(items.first?.hint == "did you mean `body`?")
        #expect(items[2].message == "`width` must be between 1 and 16384; found 20000.")
        #expect(place(items[2]) == "2:17")
        #expect(items[3].hint == "Quote hex colors in YAML: \"#0B3C5D\" (an unquoted # starts a comment).")
    }

    @Test func unreadableFile() {
        do {
            _ = try LayoutFile.load(path: "/nonexistent/card.yaml")
            Issue.record("loading a missing file must fail")
        } catch {
            #expect(error.items.map(\.code) == ["unreadable-file"])
            #expect(error.items.first?.location == nil)
            #expect(error.items.first?.message.hasPrefix("Cannot read the layout file \"/nonexistent/card.yaml\"") == true)
        }
    }
}

extension DiagnosticTests {
    @Test func anImageReportsABadFitAndAMissingFileTogether() {
        let items = problems("body: {image: {src: nothere.png, fit: stretchy}}")
        #expect(items.map(\.code) == ["missing-file", "invalid-value"])
        #expect(items.last?.message == "`fit` must be one of `contain`, `cover` or `fill`; found \"stretchy\".")
    }
}
