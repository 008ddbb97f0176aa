import Infografis
import Testing

struct DSLModifierTests {
    @Test func stacksUseCSSDefaultsNotSwiftUIs() {
        var column = Style()
        column.flexDirection = .column
        #expect(expand(VStack { Text("a") }) == [Node(.box, style: column, children: [textNode("a")])])
        let row = expand(HStack { Text("a") })[0].style
        #expect(row.flexDirection == .row)
        for style in [column, row] {
            #expect(style.alignItems == .stretch)
            #expect(style.justifyContent == .flexStart)
            #expect(style.flexGrow == 0)
            #expect(style.flexShrink == 1)
            #expect(style.gap == .px(0))
        }
        #expect(expand(Box())[0] == Node(.box))
        #expect(expand(ZStack { Text("a") })[0].kind == .zStack(.topLeading))
    }

    @Test func stackParametersSetAlignmentJustifySpacingDirectionAndWrap() {
        let column = expand(VStack(alignment: .center, justify: .spaceBetween, spacing: 12) {})[0].style
        #expect(column.alignItems == .center && column.justifyContent == .spaceBetween)
        #expect(column.rowGap == .px(12) && column.columnGap == .px(12))
        let box = expand(Box(direction: .columnReverse, alignment: .flexEnd, spacing: .percent(5), wrap: .wrap))[0].style
        #expect(box.flexDirection == .columnReverse && box.alignItems == .flexEnd)
        #expect(box.gap == .percent(5) && box.flexWrap == .wrap)
        #expect(expand(ZStack(alignment: .bottomTrailing) {})[0].kind == .zStack(.bottomTrailing))
    }

    @Test func spacerGrowsAndKeepsItsMinimumLength() {
        let style = expand(Spacer(minLength: 24))[0].style
        #expect(style.flexGrow == 1 && style.flexShrink == 0 && style.flexBasis == .px(24))
        #expect(expand(Spacer())[0].style.flexBasis == .px(0))
    }

    @Test func leavesCarryTheirContent() {
        #expect(expand(Image("logo.svg", fit: .cover)) == [Node(.image(ImageContent(path: "logo.svg", fit: .cover)))])
        let box = Rect(origin: .zero, size: Size(24, 24))
        let path = Path(data: "M0 0L24 24", viewBox: box, fill: nil, stroke: "#1B998B", strokeWidth: 2,
                        lineCap: .round, evenOdd: true)
        let expected = PathContent(data: "M0 0L24 24", viewBox: box, fill: nil,
                                   stroke: Color(red: 27 / 255, green: 153 / 255, blue: 139 / 255),
                                   strokeWidth: 2, lineCap: .round, evenOdd: true)
        #expect(expand(path) == [Node(.path(expected))])
    }

    @Test func paddingAndMarginForms() {
        #expect(expand(Box().padding(8))[0].style.padding == Edges(all: .px(8)))
        #expect(expand(Box().padding(vertical: 4, horizontal: .percent(10)))[0].style.padding
            == Edges(vertical: .px(4), horizontal: .percent(10)))
        #expect(expand(Box().padding(top: 1, right: 2, bottom: 3, left: 4))[0].style.padding
            == Edges(sides: .px(1), .px(2), .px(3), .px(4)))
        #expect(expand(Box().padding(8).padding(.horizontal, 20))[0].style.padding
            == Edges(sides: .px(8), .px(20), .px(8), .px(20)))
        #expect(expand(Box().margin(.auto))[0].style.margin == Edges(all: .auto))
        #expect(expand(Box().margin(.top, -10))[0].style.margin == Edges(sides: .px(-10), .px(0), .px(0), .px(0)))
    }

    @Test func frameSetsOnlyWhatIsGiven() {
        let style = expand(Box().frame(width: .percent(50), maxHeight: 300))[0].style
        #expect(style.width == .percent(50) && style.maxHeight == .px(300))
        #expect(style.height == .auto && style.minWidth == .auto && style.minHeight == .auto && style.maxWidth == .auto)
        let all = expand(Box().frame(width: 1, height: 2, minWidth: 3, maxWidth: 4, minHeight: 5, maxHeight: 6))[0].style
        #expect([all.width, all.height, all.minWidth, all.maxWidth, all.minHeight, all.maxHeight]
            == [.px(1), .px(2), .px(3), .px(4), .px(5), .px(6)])
    }

    @Test func flexItemAndContainerModifiers() {
        let style = expand(Box().flexGrow(2).flexShrink(0).flexBasis(.percent(30)).alignSelf(.center)
            .aspectRatio(1.5).justifyContent(.spaceEvenly).alignItems(.baseline).alignContent(.center)
            .flexWrap(.wrapReverse).gap(row: 4, column: 6))[0].style
        #expect(style.flexGrow == 2 && style.flexShrink == 0 && style.flexBasis == .percent(30))
        #expect(style.alignSelf == .center && style.aspectRatio == 1.5)
        #expect(style.justifyContent == .spaceEvenly && style.alignItems == .baseline && style.alignContent == .center)
        #expect(style.flexWrap == .wrapReverse && style.rowGap == .px(4) && style.columnGap == .px(6))
    }

    @Test func positionMakesTheNodeAbsoluteWithTheGivenInsets() {
        let style = expand(Text("x").position(top: 10, right: .percent(5)))[0].style
        #expect(style.position == .absolute)
        #expect(style.inset == Edges(sides: .px(10), .percent(5), .auto, .auto))
    }

    @Test func decorationModifiers() {
        let node = expand(Box().background(.linearGradient(angle: 90, colors: ["#000", "#FFF"]))
            .border("#FF0000", width: 3).cornerRadius(12).shadow(radius: 8, y: 2)
            .shadow(color: "#00000080", radius: 20, x: 1, y: 10, spread: 2).opacity(0.5).clipped().id("kartu"))[0]
        #expect(node.decoration.background == .linearGradient(LinearGradient(angle: 90, colors: [.black, .white])))
        #expect(node.decoration.borderColor == Color(red: 1, green: 0, blue: 0))
        #expect(node.style.border == Edges(all: 3))
        #expect(node.decoration.cornerRadius == CornerRadii(all: 12))
        #expect(node.decoration.shadows == [
            Shadow(color: Shadow.defaultColor, x: 0, y: 2, blur: 8, spread: 0),
            Shadow(color: Color(red: 0, green: 0, blue: 0, alpha: 128 / 255), x: 1, y: 10, blur: 20, spread: 2),
        ])
        #expect(node.decoration.opacity == 0.5 && node.decoration.clipsContent)
        #expect(node.id == "kartu")
    }

    @Test func theOuterLayoutModifierWinsLikeALaterCSSDeclaration() {
        #expect(expand(Box().padding(8).padding(16))[0].style.padding == Edges(all: .px(16)))
        #expect(expand(Box().background("#000").background("#FFF"))[0].decoration.background == .solid(.white))
    }

    @Test func modifiersOnAGroupApplyToEachMember() {
        let nodes = expand(Group { Text("a"); Text("b") }.padding(4))
        #expect(nodes.count == 2)
        #expect(nodes.allSatisfy { $0.style.padding == Edges(all: .px(4)) })
    }

    @Test func colorAndLengthLiterals() {
        let color: Color = "#0B3C5D80"
        #expect(color == Color(red: 11 / 255, green: 60 / 255, blue: 93 / 255, alpha: 128 / 255))
        let named: Color = "teal"
        #expect(named == Color(red: 0, green: 128 / 255, blue: 128 / 255))
        let malformed: Color = "#12345"
        #expect(malformed == Color.invalidLiteral)
        let paint: Paint = "white"
        #expect(paint == .solid(.white))
        let lengths: [Dimension] = [12, 2.5]
        #expect(lengths == [.px(12), .px(2.5)])
        #expect(Color(css: " #fff ") == .white && Color(css: "wit") == nil)
    }
}
