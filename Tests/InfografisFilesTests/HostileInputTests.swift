import Foundation
import Infografis
import InfografisFiles
import Testing

/// Hostile input that cannot live in the corpus (FIFOs, sizes generated on the fly) and the
/// guarantees around it: limits, located later-stage diagnostics, no markup, no network.
@Suite(.serialized)
struct HostileInputTests {
    // MARK: - Files that are not files

    @Test func aFIFOAsLayoutOrImageIsRefusedWithoutBlocking() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.yaml").path
        try #require(mkfifo(fifo, 0o600) == 0)
        do {
            _ = try LayoutFile.load(path: fifo)
            Issue.record("a FIFO loaded")
        } catch {
            #expect(error.items.map(\.code) == ["not-a-file"])
            #expect(error.items.first?.message.hasSuffix("it is a FIFO (named pipe), not a regular file.") == true)
        }
        let image = folder.appendingPathComponent("pipe.png").path
        try #require(mkfifo(image, 0o600) == 0)
        let items = problems("body: {image: pipe.png}\n", path: folder.appendingPathComponent("card.yaml").path)
        #expect(items.map(\.code) == ["not-a-file"])
    }

    @Test func aLayoutFileAboveFourMebibytesIsRefusedBeforeParsing() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.yaml").path
        try Data(repeating: UInt8(ascii: "#"), count: Limits.maxLayoutFileBytes + 1).write(to: URL(fileURLWithPath: path))
        do {
            _ = try LayoutFile.load(path: path)
            Issue.record("a 4 MiB file loaded")
        } catch {
            #expect(error.items.map(\.code) == ["file-too-large"])
        }
    }

    // MARK: - YAML bombs

    @Test func tooManyValuesWithoutAliasesIsRefused() {
        let yaml = "body: {text: a}\nx: [" + String(repeating: "0,", count: Limits.maxYAMLNodes) + "0]\n"
        #expect(problems(yaml).map(\.code) == ["yaml-too-large"])
    }

    @Test func aliasesBelowTheLimitStillWork() throws {
        let node = try root("&t {text: Halo}\n")
        #expect(node == textNode("Halo"))
        #expect(problems("body: {column: [&t {text: a}, *t, *t]}\n").isEmpty)
    }

    @Test func deeplyNestedYAMLIsADiagnosticNotAStackOverflow() {
        for depth in [300, 5_000, 100_000] {
            let yaml = "body: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
            #expect(problems(yaml).map(\.code) == ["yaml-too-deep"], "depth \(depth)")
        }
    }

    // MARK: - Limits at validation, with the field named

    static let badValues: [(String, String, String)] = [
        ("width", "invalid-number", "`width` is nan"),
        ("padding", "value-out-of-range", "`padding.left` is -4"),
        ("blur", "value-out-of-range", "`shadow.blur` is 1000000"),
        ("grow", "invalid-number", "`grow` is inf"),
    ]

    @Test(arguments: badValues)
    func documentsBuiltInSwiftAreValidatedToo(_ field: String, _ code: String, _ prefix: String) throws {
        var node = Node(.box)
        switch field {
        case "width": node.style.width = .px(.nan)
        case "padding": node.style.padding.left = .px(-4)
        case "blur": node.decoration.shadows = [Shadow(color: .black, blur: 1e6)]
        default: node.style.flexGrow = .infinity
        }
        let document = Document(canvasSize: Size(100, 100), root: node)
        do {
            _ = try Engine().prepare(document)
            Issue.record("accepted")
        } catch {
            #expect(error.items.first?.code == code)
            #expect(error.items.first?.message.hasPrefix(prefix) == true, "\(error.items.first?.message ?? "")")
            #expect(error.items.first?.location == .node(path: "body"))
        }
    }

    @Test func absurdFontSizeInSwiftIsRefused() throws {
        let document = Document(canvasSize: Size(100, 100), root: textNode("x") { $0.size = 5000 })
        #expect(throws: Diagnostics.self) { try Engine().prepare(document) }
        do { _ = try Engine().prepare(document) } catch {
            #expect(error.items.map(\.code) == ["value-out-of-range"])
            #expect(error.items.first?.message == "`size` is 5000; it must be greater than 0 and at most 2000.")
        }
    }

    @Test func controlCharactersInSwiftTextAreRefused() {
        let document = Document(canvasSize: Size(100, 100), root: textNode("a\u{0}b"))
        do {
            _ = try Engine().prepare(document)
            Issue.record("accepted")
        } catch {
            #expect(error.items.map(\.code) == ["control-character"])
        }
    }

    @Test func canvasAreaAndOutputSizeAreBounded() throws {
        let big = Document(canvasSize: Size(16000, 16000), root: Node(.box))
        do { _ = try Engine().prepare(big); Issue.record("accepted") } catch {
            #expect(error.items.map(\.code) == ["canvas-too-large"])
        }
        #expect(Limits.outputProblems(canvas: Size(1080, 1080), scale: 8).isEmpty)
        #expect(Limits.outputProblems(canvas: Size(8000, 8000), scale: 2).map(\.code) == ["output-too-large"])
        #expect(Limits.outputProblems(canvas: Size(100, 100), scale: .nan).map(\.code) == ["scale-out-of-range"])
        #expect(Limits.outputProblems(canvas: Size(100, 100), scale: 9).map(\.code) == ["scale-out-of-range"])
    }

    // MARK: - Later-stage diagnostics point into the file

    @Test func prepareAndLayoutDiagnosticsAreLocatedInTheFile() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<svg xmlns='http://www.w3.org/2000/svg'><g>".write(to: folder.appendingPathComponent("broken.svg"),
                                                               atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("card.yaml").path
        let yaml = "body:\n  column:\n    children:\n      - text: a\n      - image: broken.svg\n"
        let loaded = try LayoutFile.loadWithSourceMap(yaml: yaml, path: path)
        #expect(loaded.sourceMap.location(ofNodePath: "body") == .file(path: path, line: 2, column: 3))
        #expect(loaded.sourceMap.location(ofNodePath: "body.children[1]#logo") == .file(path: path, line: 5, column: 9))
        do {
            _ = try Engine().prepare(loaded.infographic.document())
            Issue.record("accepted a broken SVG")
        } catch {
            let located = loaded.sourceMap.locate(error.items)
            #expect(located.map(\.code) == ["unreadable-image"])
            #expect(located.first?.location == .file(path: path, line: 5, column: 9))
        }
        // Overflow warnings from layout, too.
        let overflowing = "canvas: {width: 100, height: 40}\nbody:\n  text: {content: \"\(String(repeating: "kata ", count: 8))\", size: 30}\n"
        let card = try LayoutFile.loadWithSourceMap(yaml: overflowing, path: path)
        let engine = Engine()
        let laidOut = engine.layout(try engine.prepare(card.infographic.document()))
        let warnings = card.sourceMap.locate(laidOut.warnings)
        #expect(warnings.map(\.code) == ["text-overflow"])
        #expect(warnings.first?.location == .file(path: path, line: 3, column: 3))
    }

    @Test func checkReportsLoaderProblemsTogether() {
        let items = problems("""
            canvas: {width: 16000, height: 16000}
            body:
              column:
                children:
                  - text: {content: "a\\0b", size: 5000}
                  - image: /etc/passwd
                  - text: {content: x, letter-spacing: 1e9}
            """)
        #expect(items.map(\.code) == ["canvas-too-large", "control-character", "out-of-range", "outside-root", "out-of-range"])
    }

    /// Theme files and chart CSV files (from main) are confined to the project root like images,
    /// in a preview and in every batch row; `root:` widens it.
    @Test func themeAndCSVFilesStayInsideTheRoot() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try "extends: pemerintah\nname: luar\n".write(to: folder.appendingPathComponent("luar.yaml"), atomically: true, encoding: .utf8)
        try "a,b\nx,1\n".write(to: folder.appendingPathComponent("rahasia.csv"), atomically: true, encoding: .utf8)
        let path = project.appendingPathComponent("card.yaml").path
        let yaml = """
            theme: ../luar.yaml
            body:
              column:
                children:
                  - bar-chart: {data: {csv: ../rahasia.csv, label: a, value: b}}
                  - text: "{{nama}}"
            """
        #expect(problems(yaml, path: path).map(\.code) == ["outside-root", "outside-root"])
        let template = try LayoutTemplate(yaml: yaml, path: path)
        #expect(throws: Diagnostics.self) { try template.infographic(for: ["nama": "Budi"], formatter: LocaleFormatter("id-ID")) }
        _ = try document(yaml, path: path, root: folder.path)
        let widened = try LayoutTemplate(yaml: yaml, path: path, root: folder.path)
        #expect(try widened.infographic(for: ["nama": "Budi"], formatter: LocaleFormatter("id-ID")) != nil)
    }

    /// The YAML guard runs before a template is compiled, so a batch layout cannot be an alias bomb.
    @Test func templatesAreGuardedToo() {
        let bomb = "a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
            + "body: {text: \"{{nama}}\"}\n"
        #expect(throws: Diagnostics.self) { try LayoutTemplate(yaml: bomb, path: "bom.yaml") }
        do {
            _ = try LayoutTemplate(yaml: bomb, path: "bom.yaml")
        } catch {
            #expect(error.items.map(\.code) == ["yaml-alias-bomb"])
        }
    }
}
