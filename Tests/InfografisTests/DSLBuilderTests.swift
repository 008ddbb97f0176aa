import Infografis
import Testing

/// Expands `element` at the root environment (Inter 16 px black, id-ID).
func expand(_ element: any Element, in environment: Environment = Environment()) -> [Node] {
    element.expand(in: environment)
}

/// The texts of `nodes`' text children, in order.
func texts(_ nodes: [Node]) -> [String] {
    nodes.flatMap { node -> [String] in
        if case .text(let content) = node.kind { return [content.text] }
        return texts(node.children)
    }
}

/// A text node with the default style changed by `edit`.
func textNode(_ text: String, _ edit: (inout TextStyle) -> Void = { _ in }) -> Node {
    var style = TextStyle()
    edit(&style)
    return Node(.text(TextContent(text, style: style)))
}

/// A flex box node with `direction` and a style changed by `edit`.
func boxNode(_ direction: FlexDirection, children: [Node] = [], _ edit: (inout Style) -> Void = { _ in }) -> Node {
    var style = Style()
    style.flexDirection = direction
    edit(&style)
    return Node(.box, style: style, children: children)
}

struct DSLBuilderTests {
    @Test(arguments: [true, false])
    func ifElseChoosesOneBranch(_ isWinner: Bool) {
        let column = VStack {
            if isWinner {
                Text("Menang")
            } else {
                Text("Kalah")
                Text("Coba lagi")
            }
        }
        #expect(texts(expand(column)) == (isWinner ? ["Menang"] : ["Kalah", "Coba lagi"]))
    }

    @Test func ifWithoutElseAndOptionalsAddNothingWhenFalseOrNil() {
        let showSource = false
        let subtitle: String? = nil
        let extra: (any Element)? = nil
        let column = VStack {
            Text("Judul")
            if showSource { Text("Sumber") }
            if let subtitle { Text(subtitle) }
            extra
        }
        let nodes = expand(column)
        #expect(nodes.count == 1)
        #expect(nodes[0].children.count == 1)
        #expect(texts(nodes) == ["Judul"])
    }

    @Test func forLoopMakesOneChildPerRowInOrder() {
        let rows = [["kota": "Jakarta", "nilai": "10"], ["kota": "Bandung", "nilai": "7"], ["kota": "Medan", "nilai": "5"]]
        let list = VStack(spacing: 8) {
            Text("Kota")
            for row in rows {
                HStack {
                    Text(row["kota"] ?? "")
                    Text(row["nilai"] ?? "")
                }
            }
        }
        let nodes = expand(list)
        #expect(nodes[0].children.count == 4)
        #expect(nodes[0].children.dropFirst().allSatisfy { $0.style.flexDirection == .row && $0.children.count == 2 })
        #expect(texts(nodes) == ["Kota", "Jakarta", "10", "Bandung", "7", "Medan", "5"])
    }

    @Test func arraysOfAnyElementAndGroupsAreInlined() {
        let items: [any Element] = [Text("a"), Image("b.png"), Spacer()]
        let row = HStack {
            items
            Group {
                Text("c")
                Text("d")
            }
        }
        let children = expand(row)[0].children
        #expect(children.map(\.typeName) == ["text", "image", "box", "text", "text"])
    }

    @Test func switchWorksThroughBuildEither() {
        enum Trend { case up, down, flat }
        func arrow(_ trend: Trend) -> any Element {
            Group {
                switch trend {
                case .up: Text("▲")
                case .down: Text("▼")
                case .flat: EmptyElement()
                }
            }
        }
        #expect(texts(expand(arrow(.up))) == ["▲"])
        #expect(texts(expand(arrow(.down))) == ["▼"])
        #expect(expand(arrow(.flat)).isEmpty)
    }

    @Test func componentsExpandTheirBody() {
        struct Badge: Component {
            var label: String
            var body: any Element {
                HStack(spacing: 4) { Text(label) }.padding(8)
            }
        }
        let expected = boxNode(.row, children: [textNode("Baru")]) {
            $0.gap = .px(4)
            $0.padding = Edges(all: .px(8))
        }
        #expect(expand(Badge(label: "Baru")) == [expected])
    }

    @Test func infographicDocumentUsesCanvasBackgroundLocaleAndTitle() {
        let card = Infographic(canvas: .story, background: "#0B3C5D", locale: "en-US", title: "Judul") {
            Text("Hai")
        }
        let document = card.document()
        #expect(document.canvasSize == Size(1080, 1920))
        #expect(document.background == .solid(Color(red: 11 / 255, green: 60 / 255, blue: 93 / 255)))
        #expect(document.locale == "en-US")
        #expect(document.title == "Judul")
        #expect(document.root == textNode("Hai"))
    }

    @Test func severalTopLevelElementsAreWrappedInAColumn() {
        let document = Infographic { Text("a"); Text("b") }.document()
        #expect(document.root == boxNode(.column, children: [textNode("a"), textNode("b")]))
        #expect(document.background == .solid(.white))
        #expect(document.canvasSize == Size(1080, 1080))
    }

    @Test func canvasPresetsHaveTheirSizesAndNames() {
        let expected: [String: Size] = [
            "instagram-square": Size(1080, 1080), "instagram-portrait": Size(1080, 1350), "story": Size(1080, 1920),
            "whatsapp-status": Size(1080, 1920), "x-post": Size(1600, 900), "facebook-post": Size(1200, 630),
            "presentation": Size(1920, 1080), "a4-portrait": Size(2480, 3508),
        ]
        #expect(Canvas.presets.count == expected.count)
        for (name, size) in expected {
            #expect(Canvas.preset(named: name)?.size == size, "\(name)")
        }
        #expect(Canvas.preset(named: "tiktok") == nil)
        #expect(Canvas(width: 800, height: 600).size == Size(800, 600))
    }
}

struct ReadmeExampleTests {
    @Test func theReadmeExampleBuilds() {
        // The example in README.md ("Use it from Swift"), verbatim.
        let card = Infographic(canvas: .instagramSquare, background: "#0B3C5D") {
            VStack(spacing: 32) {
                Text("ASN Harus Terampil Kelola Medsos").font(size: 60, weight: .bold).foregroundColor("#FFFFFF")
            }
            .padding(64)
        }
        let root = card.document().root
        #expect(root.style.padding == Edges(all: .px(64)))
        #expect(root.children == [textNode("ASN Harus Terampil Kelola Medsos") { $0.size = 60; $0.weight = 700; $0.color = .white }])
    }
}
