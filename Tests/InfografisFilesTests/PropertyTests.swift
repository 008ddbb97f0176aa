import Infografis
import InfografisFiles
import Testing

/// The style of a `box` with the given flow-YAML properties, e.g. `width: 120`.
func boxStyle(_ properties: String) throws -> Style {
    try root("{box: {\(properties)}}").style
}

/// The decoration of a `box` with the given properties.
func boxDecoration(_ properties: String) throws -> Decoration {
    try root("{box: {\(properties)}}").decoration
}

/// The text style of a `text` with the given properties.
func textStyle(_ properties: String) throws -> TextStyle {
    guard case .text(let content) = try root("{text: {content: x, \(properties)}}").kind else {
        Issue.record("not a text node")
        return TextStyle()
    }
    return content.style
}

/// Every key maps onto the expected Style, Decoration or TextStyle value.
struct PropertyTests {
    @Test func sizesTakePixelsPercentagesAndAuto() throws {
        let style = try boxStyle("width: 120, height: 50%, min-width: 10px, max-width: none, min-height: auto, max-height: 2.5")
        #expect(style.width == .px(120) && style.height == .percent(50) && style.minWidth == .px(10))
        #expect(style.maxWidth == .auto && style.minHeight == .auto && style.maxHeight == .px(2.5))
    }

    @Test func flexItemKeys() throws {
        let style = try boxStyle("grow: 2, shrink: 0, basis: 30%, align-self: end, aspect-ratio: 16/9")
        #expect(style.flexGrow == 2 && style.flexShrink == 0 && style.flexBasis == .percent(30))
        #expect(style.alignSelf == .flexEnd && style.aspectRatio == 16.0 / 9.0)
        #expect(try boxStyle("align-self: auto").alignSelf == nil)
        #expect(try boxStyle("aspect-ratio: 1.5").aspectRatio == 1.5)
    }

    @Test(arguments: [
        ("8", Edges<Dimension>(all: .px(8))),
        ("[8]", Edges(all: .px(8))),
        ("[4, 10%]", Edges(vertical: .px(4), horizontal: .percent(10))),
        ("[1, 2, 3]", Edges(sides: .px(1), .px(2), .px(3), .px(2))),
        ("[1, 2, 3, 4]", Edges(sides: .px(1), .px(2), .px(3), .px(4))),
        ("{top: 5, left: 7}", Edges(sides: .px(5), .px(0), .px(0), .px(7))),
    ])
    func paddingForms(_ value: String, _ expected: Edges<Dimension>) throws {
        #expect(try boxStyle("padding: \(value)").padding == expected)
    }

    @Test func marginAllowsAutoAndNegativeValues() throws {
        #expect(try boxStyle("margin: [auto, -8]").margin == Edges(vertical: .auto, horizontal: .px(-8)))
    }

    @Test func borderIsAWidthOrAWidthAndColor() throws {
        let black = try root("{box: {border: 2}}")
        #expect(black.style.border == Edges(all: 2) && black.decoration.borderColor == .black)
        let red = try root("{box: {border: {width: 3, color: red}}}")
        #expect(red.style.border == Edges(all: 3) && red.decoration.borderColor == Color(red: 1, green: 0, blue: 0))
    }

    @Test func positionAndInsets() throws {
        let style = try boxStyle("position: absolute, top: 10, right: -5%, bottom: auto, left: 0")
        #expect(style.position == .absolute)
        #expect(style.inset == Edges(sides: .px(10), .percent(-5), .auto, .px(0)))
    }

    @Test func containerKeys() throws {
        let style = try boxStyle("gap: 12, justify: space-evenly, align: baseline, align-content: start, wrap: true")
        #expect(style.rowGap == .px(12) && style.columnGap == .px(12))
        #expect(style.justifyContent == .spaceEvenly && style.alignItems == .baseline)
        #expect(style.alignContent == .flexStart && style.flexWrap == .wrap)
        #expect(try boxStyle("wrap: reverse").flexWrap == .wrapReverse)
        #expect(try boxStyle("wrap: false").flexWrap == .noWrap)
        let gaps = try boxStyle("gap: 4, row-gap: 8, column-gap: 2%")
        #expect(gaps.rowGap == .px(8) && gaps.columnGap == .percent(2))
    }

    @Test func laterKeysWinLikeLaterCSSDeclarations() throws {
        #expect(try boxStyle("row-gap: 8, gap: 4").rowGap == .px(4))
        #expect(try textStyle("font: {size: 10}, size: 30").size == 30)
        #expect(try textStyle("size: 30, font: {size: 10}").size == 10)
    }

    @Test func decorationKeys() throws {
        let decoration = try boxDecoration("background: \"#FFF\", radius: [1, 2, 3, 4], opacity: 0.25, clip: true")
        #expect(decoration.background == .solid(.white))
        #expect(decoration.cornerRadius == CornerRadii(topLeft: 1, topRight: 2, bottomRight: 3, bottomLeft: 4))
        #expect(decoration.opacity == 0.25 && decoration.clipsContent)
        #expect(try boxDecoration("radius: 12").cornerRadius == CornerRadii(all: 12))
        #expect(try root("{box: {id: kartu}}").id == "kartu")
    }

    @Test func gradientsTakeColorsOrStops() throws {
        #expect(try boxDecoration("background: {gradient: {colors: [black, white]}}").background
            == .linearGradient(LinearGradient(angle: 180, colors: [.black, .white])))
        let stops = try boxDecoration("background: {gradient: {angle: 90, stops: [{color: black, at: 0.2}, {color: white, at: 1}]}}")
        #expect(stops.background == .linearGradient(LinearGradient(angle: 90, stops: [
            LinearGradient.Stop(color: .black, location: 0.2), LinearGradient.Stop(color: .white, location: 1),
        ])))
    }

    @Test func shadowsAreOneMappingOrAList() throws {
        #expect(try boxDecoration("shadow: {}").shadows == [Shadow(color: Shadow.defaultColor)])
        let shadows = try boxDecoration("shadow: [{x: 1, y: 2, blur: 3, spread: -1, color: \"#0008\"}, {y: 10}]").shadows
        #expect(shadows == [
            Shadow(color: Color(red: 0, green: 0, blue: 0, alpha: 136 / 255), x: 1, y: 2, blur: 3, spread: -1),
            Shadow(color: Shadow.defaultColor, x: 0, y: 10, blur: 12, spread: 0),
        ])
    }

    @Test(arguments: [
        ("\"#0B3C5D\"", Color(red: 11 / 255, green: 60 / 255, blue: 93 / 255)),
        ("\"#FFF\"", Color.white),
        ("\"#0B3C5D80\"", Color(red: 11 / 255, green: 60 / 255, blue: 93 / 255, alpha: 128 / 255)),
        ("Navy", Color(red: 0, green: 0, blue: 128 / 255)),
        ("transparent", Color.clear),
    ])
    func colors(_ value: String, _ expected: Color) throws {
        #expect(try textStyle("color: \(value)").color == expected)
    }

    @Test func textKeys() throws {
        let style = try textStyle("""
            font: Noto Sans, size: 32, weight: 600, italic: true, text-align: center, line-height: 1.2,
            letter-spacing: -0.5, max-lines: 3, fit: {min: 12, max: 40}, single-line: true
            """)
        var expected = TextStyle(family: "Noto Sans", size: 32, weight: .semibold, italic: true)
        expected.alignment = .center
        expected.lineHeight = 1.2
        expected.letterSpacing = -0.5
        expected.maxLines = 3
        expected.autoFit = AutoFit(minSize: 12, maxSize: 40)
        expected.wraps = false
        #expect(style == expected)
        #expect(try textStyle("line-height: normal").lineHeight == nil)
    }

    @Test(arguments: [("thin", 100), ("extralight", 200), ("light", 300), ("regular", 400), ("normal", 400),
                      ("medium", 500), ("semibold", 600), ("bold", 700), ("extrabold", 800), ("black", 900)])
    func weightNames(_ name: String, _ weight: Int) throws {
        #expect(try textStyle("weight: \(name)").weight == weight)
    }

    @Test func textStyleOnAContainerIsInheritedAndOverridable() throws {
        let node = try root("{column: {size: 30, color: white, children: [{text: a}, {text: {content: b, size: 12}}]}}")
        #expect(node.children == [textNode("a") { $0.size = 30; $0.color = .white },
                                  textNode("b") { $0.size = 12; $0.color = .white }])
    }
}
