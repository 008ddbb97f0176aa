import Infografis
import Testing

struct DSLEnvironmentTests {
    @Test func textModifiersOnAContainerReachEveryDescendantText() {
        let card = VStack {
            Text("a")
            HStack { Text("b") }
        }
        .font("Noto Sans", size: 30, weight: .bold)
        .foregroundColor("#0B3C5D")
        let expectedStyle: (inout TextStyle) -> Void = {
            $0.family = "Noto Sans"
            $0.size = 30
            $0.weight = 700
            $0.color = Color(red: 11 / 255, green: 60 / 255, blue: 93 / 255)
        }
        let expected = boxNode(.column, children: [
            textNode("a", expectedStyle),
            boxNode(.row, children: [textNode("b", expectedStyle)]),
        ])
        #expect(expand(card) == [expected])
    }

    @Test func theInnermostTextValueWinsAndSiblingsKeepTheInherited() {
        let card = VStack {
            Text("judul").font(size: 60)
            Text("isi")
        }
        .font(size: 24).italic()
        let children = expand(card)[0].children
        #expect(children == [textNode("judul") { $0.size = 60; $0.italic = true },
                             textNode("isi") { $0.size = 24; $0.italic = true }])
        #expect(expand(Text("x").font(size: 20).font(size: 30)) == [textNode("x") { $0.size = 20 }])
    }

    @Test func everyTextModifierSetsItsField() {
        let node = expand(Text("x").font("Inter").fontWeight(.semibold).italic().foregroundColor(.white)
            .multilineTextAlignment(.center).lineHeight(1.4).letterSpacing(-0.5).lineLimit(3)
            .autoFit(min: 12, max: 48).singleLine())[0]
        let expected = textNode("x") {
            $0.family = "Inter"
            $0.weight = 600
            $0.italic = true
            $0.color = .white
            $0.alignment = .center
            $0.lineHeight = 1.4
            $0.letterSpacing = -0.5
            $0.maxLines = 3
            $0.autoFit = AutoFit(minSize: 12, maxSize: 48)
            $0.wraps = false
        }
        #expect(node == expected)
    }

    @Test func theRootEnvironmentComesFromTheInfographic() {
        let card = Infographic(locale: "en-GB", textStyle: TextStyle(family: "Noto Sans", size: 20, weight: .medium)) {
            EnvironmentReader { environment in
                Text(environment.locale)
            }
        }
        #expect(card.document().root == textNode("en-GB") { $0.family = "Noto Sans"; $0.size = 20; $0.weight = 500 })
        let relocalized = VStack { EnvironmentReader { Text($0.locale) } }.locale("id-ID")
        #expect(texts(expand(relocalized, in: Environment(locale: "en"))) == ["id-ID"])
    }

    @Test func customEnvironmentKeysCarryValuesDownAndDefaultOtherwise() {
        let inherited = VStack {
            HStack { AccentText(label: "x") }
        }
        .environment(\.accent, "#FF0000")
        let node = expand(inherited)[0].children[0].children[0]
        #expect(node == textNode("x") { $0.color = Color(red: 1, green: 0, blue: 0) })
        #expect(expand(AccentText(label: "y")) == [textNode("y") { $0.color = Color(red: 0, green: 0, blue: 1) }])
    }

    @Test func fontWeightNames() {
        #expect(FontWeight(name: "Bold") == .bold)
        #expect(FontWeight(name: "extrabold")?.value == 800)
        #expect(FontWeight(name: "heavy") == nil)
    }
}

/// A theme-like value, to show how later keys (the theme) plug in.
private struct AccentKey: EnvironmentKey {
    static let defaultValue: Color = "#0000FF"
}

extension Environment {
    fileprivate var accent: Color {
        get { self[AccentKey.self] }
        set { self[AccentKey.self] = newValue }
    }
}

/// Text in the inherited accent color.
private struct AccentText: Component {
    var label: String
    var body: any Element {
        EnvironmentReader { environment in
            Text(label).foregroundColor(environment.accent)
        }
    }
}
