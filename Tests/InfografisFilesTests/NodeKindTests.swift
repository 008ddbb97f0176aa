import Foundation
import Infografis
import InfografisFiles
import Testing

/// Each node kind maps onto the same primitive the DSL builds.
struct NodeKindTests {
    @Test func columnRowAndBoxAreFlexBoxesWithCSSDefaults() throws {
        let column = try root("{column: {children: [{text: a}]}}")
        #expect(column == VStack { Text("a") }.expand(in: Environment())[0])
        #expect(column.style.flexDirection == .column && column.style.alignItems == .stretch)
        #expect(try root("{row: [{text: a}, {text: b}]}") == HStack { Text("a"); Text("b") }.expand(in: Environment())[0])
        #expect(try root("{box: {}}") == Node(.box))
        #expect(try root("{box: {direction: column-reverse}}").style.flexDirection == .columnReverse)
        #expect(try root("{column: }") == VStack {}.expand(in: Environment())[0])
    }

    @Test(arguments: [
        ("top-left", Alignment.topLeading), ("top", .top), ("top-right", .topTrailing), ("left", .leading),
        ("center", .center), ("right", .trailing), ("bottom-left", .bottomLeading), ("bottom", .bottom),
        ("bottom-right", .bottomTrailing),
    ])
    func stackAlignments(_ name: String, _ alignment: Alignment) throws {
        #expect(try root("{stack: {alignment: \(name), children: [{text: a}]}}")
            == Node(.zStack(alignment), children: [textNode("a")]))
    }

    @Test func stackDefaultsToTheTopLeftCorner() throws {
        #expect(try root("{stack: [{text: a}]}").kind == .zStack(.topLeading))
    }

    @Test func textShorthandAndMappingGiveTheSameNode() throws {
        #expect(try root("{text: Halo}") == textNode("Halo"))
        #expect(try root("{text: {content: Halo}}") == textNode("Halo"))
        #expect(try root("{text: 2020}") == textNode("2020"))
        #expect(try root("{text: \"Baris 1\\nBaris 2\"}") == textNode("Baris 1\nBaris 2"))
    }

    @Test func imageSourceResolvesAgainstTheLayoutFilesFolder() throws {
        let folder = try temporaryDirectory()
        let images = folder.appendingPathComponent("img")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try Data("<svg/>".utf8).write(to: images.appendingPathComponent("logo.svg"))
        let layout = folder.appendingPathComponent("layouts/card.yaml").path
        // The project root is the folder above both (the layout alone would be its own root).
        let node = try document("body: {image: {src: ../img/logo.svg, fit: cover}}", path: layout, root: folder.path).root
        let expected = images.appendingPathComponent("logo.svg").standardizedFileURL.path
        #expect(node == Node(.image(ImageContent(path: expected, fit: .cover))))
        #expect(try document("body: {image: ../img/logo.svg}", path: layout, root: folder.path).root
            == Node(.image(ImageContent(path: expected, fit: .contain))))
    }

    @Test func pathReadsEveryKey() throws {
        let node = try root("""
            {path: {d: "M0 0L24 24", view-box: "0 0 24 24", fill: none, stroke: "#1B998B",
                    stroke-width: 2, line-cap: round, fill-rule: evenodd}}
            """)
        let viewBox = Rect(origin: .zero, size: Size(24, 24))
        let expected = PathContent(data: "M0 0L24 24", viewBox: viewBox, fill: nil,
                                   stroke: Color(red: 27 / 255, green: 153 / 255, blue: 139 / 255), strokeWidth: 2,
                                   lineCap: .round, evenOdd: true)
        #expect(node == Node(.path(expected)))
        let defaults = try root("{path: {d: M0 0, view-box: [-2, -2, 28, 28]}}")
        #expect(defaults == Node(.path(PathContent(data: "M0 0", viewBox: Rect(origin: Point(-2, -2), size: Size(28, 28))))))
    }

    @Test func spacerBareOrWithMinimumLength() throws {
        #expect(try root("{column: [spacer]}").children == [Spacer().expand(in: Environment())[0]])
        #expect(try root("{spacer: {min-length: 40}}") == Spacer(minLength: 40).expand(in: Environment())[0])
        #expect(try root("{spacer: }") == Spacer().expand(in: Environment())[0])
    }

    @Test func documentKeysAndTheirDefaults() throws {
        let plain = try document("body: {text: x}")
        #expect(plain.canvasSize == Size(1080, 1080))
        #expect(plain.background == .solid(.white))
        #expect(plain.locale == "id-ID")
        #expect(plain.title == nil)
        let full = try document("""
            canvas: {width: 800, height: 600}
            background: {gradient: {angle: 135, colors: ["#0B3C5D", "#1B998B"]}}
            locale: en-US
            title: Kartu
            font: {family: Noto Sans, size: 24, weight: medium, color: "#1F2D3A", line-height: 1.3}
            body: {text: x}
            """)
        #expect(full.canvasSize == Size(800, 600))
        #expect(full.background == .linearGradient(angle: 135, colors: ["#0B3C5D", "#1B998B"]))
        #expect(full.locale == "en-US")
        #expect(full.title == "Kartu")
        #expect(full.root == textNode("x") {
            $0.family = "Noto Sans"; $0.size = 24; $0.weight = 500; $0.color = "#1F2D3A"; $0.lineHeight = 1.3
        })
    }

    @Test(arguments: [
        ("instagram-square", Size(1080, 1080)), ("instagram-portrait", Size(1080, 1350)), ("story", Size(1080, 1920)),
        ("whatsapp-status", Size(1080, 1920)), ("x-post", Size(1600, 900)), ("facebook-post", Size(1200, 630)),
        ("presentation", Size(1920, 1080)), ("a4-portrait", Size(2480, 3508)), ("1080x1350", Size(1080, 1350)),
    ])
    func canvasPresetsAndSizes(_ name: String, _ size: Size) throws {
        #expect(try document("canvas: \(name)\nbody: {text: x}").canvasSize == size)
    }

    @Test func jsonGivesTheSameDocumentAsYAML() throws {
        let yaml = """
            canvas: story
            font: {family: Inter, size: 20}
            body:
              column:
                padding: [24, 32]
                gap: 12
                children:
                  - text: {content: "Judul", size: 48, weight: bold}
                  - row: {justify: space-between, children: [{text: a}, spacer, {text: b}]}
            """
        let json = """
            {
              "canvas": "story",
              "font": {"family": "Inter", "size": 20},
              "body": {"column": {"padding": [24, 32], "gap": 12, "children": [
                {"text": {"content": "Judul", "size": 48, "weight": "bold"}},
                {"row": {"justify": "space-between", "children": [{"text": "a"}, "spacer", {"text": "b"}]}}
              ]}}
            }
            """
        let fromYAML = try document(yaml)
        #expect(fromYAML.root.children.count == 2)
        #expect(try document(json, path: "card.json") == fromYAML)
    }
}
