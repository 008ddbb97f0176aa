import Testing
import InfografisCore
@testable import InfografisLayout

/// Layout is total: odd inputs (negative sizes, zero ratios, huge gaps, deep nesting) never crash,
/// hang or produce non-finite frames.
@Suite struct TotalityTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ upper: Int) -> Int { Int(next() % UInt64(upper)) }
        mutating func pick<T>(_ values: [T]) -> T { values[int(values.count)] }
        mutating func dimension() -> InfografisCore.Dimension {
            pick([.auto, .auto, .px(0), .px(Double(int(300)) - 50), .percent(Double(int(150))), .px(0.5), .px(1e6)])
        }
    }

    static func randomNode(_ random: inout Random, depth: Int) -> Node {
        var style = Style()
        style.flexDirection = random.pick(FlexDirection.allCases)
        style.flexWrap = random.pick(FlexWrap.allCases)
        style.justifyContent = random.pick(JustifyContent.allCases)
        style.alignItems = random.pick(AlignItems.allCases)
        style.alignSelf = random.pick([nil] + AlignItems.allCases)
        style.alignContent = random.pick(AlignContent.allCases)
        style.flexGrow = random.pick([0, 0, 1, 2.5, 0.1])
        style.flexShrink = random.pick([1, 0, 3, 0.2])
        style.flexBasis = random.dimension()
        style.width = random.dimension()
        style.height = random.dimension()
        style.minWidth = random.dimension()
        style.maxHeight = random.dimension()
        style.aspectRatio = random.pick([nil, nil, 0, 1.5, -1, 1e-9])
        style.padding = Edges(all: random.pick([.px(0), .px(7), .percent(30), .px(-5)]))
        style.margin = Edges(top: random.dimension(), right: random.dimension(), bottom: random.pick([.auto, .px(-20)]), left: .auto)
        style.border = Edges(all: random.pick([0, 2, -3]))
        style.position = random.pick([.relative, .relative, .absolute])
        style.inset = Edges(top: random.dimension(), right: random.dimension(), bottom: .auto, left: random.dimension())
        style.gap = random.pick([.px(0), .px(10), .percent(50), .px(-4)])
        let kind: Node.Kind = depth > 3 ? random.pick([.box, .text(TextContent("some text here"))])
            : random.pick([.box, .box, .zStack(.center), .text(TextContent("a few words")),
                           .image(ImageContent(path: "x", intrinsicSize: Size(40, 0))),
                           .path(PathContent(data: "", viewBox: Rect(x: 0, y: 0, width: 0, height: 24)))])
        let count = depth > 4 ? 0 : random.int(5)
        let children = (0..<count).map { _ in randomNode(&random, depth: depth + 1) }
        return Node(kind, style: style, children: children)
    }

    @Test(arguments: 0..<200)
    func randomTreesLayOutToFiniteFrames(_ seed: Int) {
        var random = Random(state: UInt64(seed))
        let root = Self.randomNode(&random, depth: 0)
        for rounding in [false, true] {
            let tree = computeLayout(root, in: Size(320, 240), measurer: FakeMeasurer(), options: LayoutOptions(roundsToPixels: rounding))
            let frames = tree.preorderFrames
            #expect(frames.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.width.isFinite && $0.height.isFinite },
                    "seed \(seed)")
            #expect(frames.allSatisfy { $0.width >= 0 && $0.height >= 0 }, "seed \(seed)")
        }
    }

    @Test func degenerateCanvasAndDeepNesting() {
        var node = text("deep")
        for _ in 0..<200 { node = box([node]) { $0.padding = Edges(all: .px(1)) } }
        let tree = computeLayout(node, in: Size(-10, .infinity), measurer: FakeMeasurer())
        #expect(tree.frame.width == 0 || tree.frame.width.isFinite)
        #expect(tree.preorderFrames.count == 201)
    }
}

@Suite struct TreeShapeTests {
    @Test func childrenOfLeavesGetZeroFramesAndDoNotShiftLaterNodes() {
        var image = Node(.image(ImageContent(path: "x", intrinsicSize: Size(10, 10))))
        image.children = [box { $0.width = .px(99); $0.height = .px(99) }]
        let tree = layout(box([image, box { $0.width = .px(30); $0.height = .px(30) }]) { $0.alignItems = .flexStart })
        #expect(tree.children[0].frame == Rect(x: 0, y: 0, width: 10, height: 10))
        #expect(tree.children[0].children[0].frame == Rect(x: 0, y: 0, width: 0, height: 0))
        #expect(tree.children[1].frame == Rect(x: 10, y: 0, width: 30, height: 30))
    }

    @Test func resultTreeMirrorsTheInput() {
        let root = box([text("a"), zstack(.center, [box(), text("b")]), box([box([box()])])])
        let tree = layout(root)
        #expect(tree.node == root)
        #expect(tree.children.count == 3)
        #expect(tree.children[1].children.count == 2)
        #expect(tree.children[2].children[0].children.count == 1)
    }
}

@Suite struct NonFiniteInputTests {
    @Test func infinitiesAreIgnored() {
        let root = box([
            box { $0.width = .px(.infinity); $0.flexGrow = .infinity; $0.height = .px(-.infinity) },
            box { $0.flexShrink = -.infinity; $0.border = Edges(all: .infinity); $0.aspectRatio = .infinity },
            Node(.image(ImageContent(path: "x", intrinsicSize: Size(.infinity, 10)))),
            Node(.path(PathContent(data: "", viewBox: Rect(x: 0, y: 0, width: 24, height: .infinity)))),
            box { $0.width = .percent(.infinity); $0.gap = .px(.infinity); $0.padding = Edges(all: .px(.infinity)) },
        ]) { $0.gap = .px(.infinity) }
        let tree = layout(root)
        let frames = tree.preorderFrames
        #expect(frames.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.width.isFinite && $0.height.isFinite },
                "\(frames)")
    }
}
