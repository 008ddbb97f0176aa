import Foundation
import Infografis
import InfografisFiles
import Testing

// Components: node structure, layout with the real text engine, theme switching, and the file
// format building the same nodes as the Swift DSL.

/// Every text of a node tree, depth first.
func texts(_ node: Node) -> [TextContent] {
    if case .text(let content) = node.kind { return [content] }
    return node.children.flatMap(texts)
}

/// Every node of a tree, depth first.
func allNodes(_ node: Node) -> [Node] {
    [node] + node.children.flatMap(allNodes)
}

/// Expands `element` in `theme` and locale `locale`; exactly one node is expected.
func expandOne(_ element: any Element, theme: Theme = .netral, locale: String = "id-ID") throws -> Node {
    var environment = Environment(locale: locale)
    environment.theme = theme
    let nodes = element.expand(in: environment)
    #expect(nodes.count == 1)
    return try #require(nodes.first)
}

/// Lays `element` out on a `width` × `height` canvas with the real text engine.
func layOut(_ element: any Element, width: Double = 400, height: Double = 300, theme: Theme = .netral,
            locale: String = "id-ID") -> LaidOutDocument {
    let infographic = Infographic(canvas: Canvas(width: width, height: height), theme: theme, locale: locale) {
        VStack { element }.padding(16)
    }
    return Engine().layout(infographic.document())
}

struct StatTests {
    @Test func formatsNumbersInTheLocale() throws {
        let id = try expandOne(Stat(value: 0.737, format: .percent, label: "aktif"))
        #expect(texts(id).map(\.text) == ["73,7%", "aktif"])
        let en = try expandOne(Stat(value: 0.737, format: .percent, label: "active"), locale: "en-US")
        #expect(texts(en).first?.text == "73.7%")
        let compact = try expandOne(Stat(value: 196_700_000, format: .compact))
        #expect(texts(compact).first?.text == "196,7\u{A0}juta")
        let money = try expandOne(Stat(value: 15000, format: .currency))
        #expect(texts(money).first?.text == "Rp\u{A0}15.000")
    }

    @Test func changeIndicatorColorFollowsGoodDirection() throws {
        let palette = Theme.pemerintah.palette
        func change(_ stat: Stat) throws -> TextContent {
            try #require(texts(try expandOne(stat, theme: .pemerintah)).first { $0.text.hasPrefix("▲") || $0.text.hasPrefix("▼") })
        }
        let rise = try change(Stat(value: "10", change: 12.5))
        #expect(rise.text == "▲\u{A0}12,5%")
        #expect(rise.style.color == palette.positive)
        let fall = try change(Stat(value: "10", change: -3))
        #expect(fall.text == "▼\u{A0}3%")
        #expect(fall.style.color == palette.negative)
        let goodFall = try change(Stat(value: "10", change: -3, good: .down))
        #expect(goodFall.style.color == palette.positive)
    }

    @Test func valueUsesHeadingFontAndThemeColors() throws {
        let node = try expandOne(Stat(value: "3", label: "per hari", unit: "jam"), theme: .segar)
        let value = try #require(texts(node).first)
        #expect(value.style.family == Theme.segar.fonts.heading)
        #expect(value.style.weight == Theme.segar.fonts.headingWeight)
        #expect(value.style.color == Theme.segar.palette.primary)
        #expect(node.decoration.background == Paint.solid(Theme.segar.palette.surface))
        #expect(node.decoration.cornerRadius == CornerRadii(all: Theme.segar.radius))
        #expect(texts(node).map(\.text) == ["3", "jam", "per hari"])
    }

    @Test func laysOutAsATileWithItsTextInside() throws {
        let laidOut = layOut(Stat(value: 0.737, format: .percent, label: "penduduk aktif di medsos", change: 4))
        #expect(laidOut.warnings.isEmpty)
        let tile = try #require(laidOut.tree.children.first)
        #expect(tile.frame.x == 16 && tile.frame.width == 368)
        for child in tile.children {
            #expect(child.frame.x >= tile.frame.x + Theme.netral.spacing.m - 0.5)
            #expect(child.frame.maxY <= tile.frame.maxY - Theme.netral.spacing.m + 0.5)
        }
        #expect(tile.frame.height > 100 && tile.frame.height < 220)
    }
}

struct ComponentStructureTests {
    @Test func quoteVariantsAndAttribution() throws {
        let mark = try expandOne(Quote("Halo", author: "A", role: "B", variant: .mark))
        #expect(texts(mark).map(\.text) == ["“", "Halo", "A", "B"])
        #expect(texts(mark)[1].style.italic)
        let bar = try expandOne(Quote("Halo", author: "A", variant: .bar), theme: .pemerintah)
        #expect(texts(bar).map(\.text) == ["“Halo”", "A"])
        #expect(bar.children.first?.decoration.background == .solid(Theme.pemerintah.palette.accent))
        // pemerintah's theme default is the bar.
        #expect(texts(try expandOne(Quote("Halo"), theme: .pemerintah)).map(\.text) == ["“Halo”"])
    }

    @Test func iconIsAPathInTheAccentColorAndSitsOnItsBackground() throws {
        let plain = try expandOne(Icon("eye", size: 40))
        guard case .path(let path) = plain.kind else { Issue.record("not a path"); return }
        #expect(path.fill == .solid(Theme.netral.palette.accent))
        #expect(plain.style.width == .px(40))
        let round = try expandOne(Icon("eye", size: 40, background: "primary"))
        #expect(round.decoration.background == .solid(Theme.netral.palette.primary))
        #expect(round.decoration.cornerRadius == CornerRadii(all: 30))
        guard case .path(let inner) = round.children.first?.kind else { Issue.record("no path"); return }
        #expect(inner.fill == .solid(Theme.netral.palette.onPrimary))
    }

    @Test func userSVGIconWithOnlyPathsIsRecolored() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("icon-\(UUID().uuidString).svg")
        try #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2 2H22V22Z"/></svg>"#
            .write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let node = try expandOne(Icon(source: .file(path: url.path), size: 24, style: Theme.ComponentStyle(color: "negative")))
        guard case .path(let path) = node.kind else { Issue.record("not a path"); return }
        #expect(path.data == "M2 2H22V22Z")
        #expect(path.fill == .solid(Theme.netral.palette.negative))
    }

    @Test func titleHasKickerTitleSubtitleInThemeStyles() throws {
        let node = try expandOne(Title("Judul", kicker: "KICKER", subtitle: "Sub"), theme: .pemerintah)
        let parts = texts(node)
        #expect(parts.map(\.text) == ["KICKER", "Judul", "Sub"])
        #expect(parts[0].style.color == Theme.pemerintah.palette.accent)
        #expect(parts[1].style.color == Theme.pemerintah.palette.primary, "pemerintah's title default")
        #expect(parts[1].style.weight == 800)
        #expect(parts[2].style.color == Theme.pemerintah.palette.mutedText)
    }

    @Test func footerWritesSourceAndDateInTheLocale() throws {
        let id = try expandOne(Footer(source: "BPS", date: .day(year: 2020, month: 10, day: 13)))
        #expect(texts(id).map(\.text) == ["Sumber: BPS", "13 Oktober 2020"])
        let en = try expandOne(Footer(source: "BPS", date: .day(year: 2020, month: 10, day: 13)), locale: "en-US")
        #expect(texts(en).map(\.text) == ["Source: BPS", "October 13, 2020"])
        #expect(id.style.border.top == 2)
    }

    @Test func badgeTextIsReadableOnItsFill() throws {
        for theme in Theme.builtInThemes {
            for fill in ["primary", "positive", "negative", "accent", "surface"] as [ThemeColor] {
                let node = try expandOne(Badge("BARU", background: fill), theme: theme)
                let text = try #require(texts(node).first)
                let ratio = text.style.color.contrastRatio(with: theme.color(fill))
                #expect(ratio >= 3, "\(theme.name) badge on \(fill): \(ratio)")
            }
        }
    }

    @Test func dividerRunsAcrossItsParent() throws {
        let laidOut = layOut(Divider())
        let line = try #require(laidOut.tree.children.first)
        #expect(line.frame.width == 368 && line.frame.height == 2)
    }

    @Test func listsStepsAndTimelinesHaveOneRowPerItem() throws {
        let items: [ListItem] = [ListItem("a", title: "A", date: "2021"), ListItem("b", title: "B", date: "2022"), "c"]
        #expect(try expandOne(BulletList(items)).children.count == 3)
        let steps = try expandOne(Steps(items))
        #expect(steps.children.count == 3)
        #expect(texts(steps).filter { ["1", "2", "3"].contains($0.text) }.count == 3)
        let timeline = try expandOne(Timeline(items))
        #expect(timeline.children.count == 3)
        #expect(texts(timeline).map(\.text).prefix(3) == ["2021", "A", "a"])
        let horizontal = try expandOne(Timeline(items, direction: .horizontal))
        #expect(horizontal.style.flexDirection == .row)
    }

    @Test func verticalTimelineLineJoinsTheDots() throws {
        let laidOut = layOut(Timeline([ListItem("satu", date: "2021"), ListItem("dua", date: "2022")]))
        #expect(laidOut.warnings.isEmpty)
        let first = try #require(laidOut.tree.children.first?.children.first)
        let second = try #require(laidOut.tree.children.first?.children.last)
        let marker = try #require(first.children.first)
        let line = try #require(marker.children.last)
        let nextDot = try #require(second.children.first?.children.first)
        #expect(line.frame.height > 10)
        #expect(abs(line.frame.maxY - nextDot.frame.y) < 14, "the line reaches the next dot")
    }

    @Test func calloutTonesSetColorLabelAndIcon() throws {
        let palette = Theme.pemerintah.palette
        let hoax = try expandOne(Callout(tone: .negative, text: "Salah"), theme: .pemerintah)
        #expect(texts(hoax).map(\.text) == ["HOAKS", "Salah"])
        #expect(hoax.decoration.borderColor == palette.negative)
        let pill = try #require(hoax.children.first)
        #expect(pill.decoration.background == .solid(palette.negative))
        let fact = try expandOne(Callout(tone: .positive, text: "Benar"), theme: .pemerintah, locale: "en-US")
        #expect(texts(fact).first?.text == "FACT")
        #expect(fact.decoration.borderColor == palette.positive)
    }

    @Test func tableRightAlignsNumericColumnsAndStripesRows() throws {
        let table = Table(columns: ["Provinsi", "Penduduk", "Persen"],
                          rows: [["Aceh", 5_400_000, "78,3%"], ["Bali", 4_300_000, "74,0%"], ["Papua", "–", "61,2%"]])
        let node = try expandOne(table, theme: .segar)
        let rows = node.children
        #expect(rows.count == 4)
        #expect(rows[0].decoration.background == .solid(Theme.segar.palette.primary))
        #expect(rows[2].decoration.background == .solid(Theme.segar.palette.surface))
        #expect(rows[1].decoration.background == .solid(Theme.segar.palette.background))
        let aligned = rows[1].children.compactMap { node -> TextAlignment? in
            if case .text(let content) = node.kind { return content.style.alignment }
            return nil
        }
        #expect(aligned == [.left, .right, .right])
        #expect(texts(rows[1]).map(\.text) == ["Aceh", "5.400.000", "78,3%"])
        #expect(Table.looksNumeric("Rp 15.000", formatter: LocaleFormatter("id-ID")))
        #expect(!Table.looksNumeric("Jawa 2", formatter: LocaleFormatter("id-ID")))
    }

    @Test func tableCellsFitTheirRowsAfterLayout() throws {
        let laidOut = layOut(Table(columns: ["A", "B"], rows: [["satu", 1], ["dua", 2]]))
        #expect(laidOut.warnings.isEmpty)
        let table = try #require(laidOut.tree.children.first)
        #expect(table.children.count == 3)
        #expect(table.children.allSatisfy { $0.frame.width == table.frame.width })
    }

    @Test func qrCodeIsOnePathWithWholePixelModules() throws {
        let node = try expandOne(QRCodeView("https://infopublik.id", size: 200, caption: "Pindai"))
        let code = try #require(node.children.first)
        guard case .path(let path) = code.kind else { Issue.record("not a path"); return }
        let modules = path.viewBox.width
        guard case .px(let side) = code.style.width else { Issue.record("no width"); return }
        #expect(side <= 200 && side.truncatingRemainder(dividingBy: modules) == 0)
        #expect(code.decoration.background == .solid(.white))
        #expect(texts(node).map(\.text) == ["Pindai"])
        // Dark theme: still dark modules on a light square.
        let dark = try expandOne(QRCodeView("x", size: 100), theme: .malam)
        guard case .path(let darkPath) = dark.children.first?.kind else { Issue.record("not a path"); return }
        #expect(darkPath.fill == .solid(Theme.malam.palette.background))
        #expect(dark.children.first?.decoration.background == .solid(Theme.malam.palette.text))
    }

    @Test func logoMaskClipsACircle() throws {
        let node = try expandOne(Logo("a.png", fit: .cover, mask: .circle, size: 64))
        #expect(node.decoration.clipsContent)
        #expect(node.style.width == .px(64) && node.style.height == .px(64))
        guard case .image(let image) = node.children.first?.kind else { Issue.record("no image"); return }
        #expect(image.fit == .cover)
        let plain = try expandOne(Logo("a.png", size: 48))
        #expect(plain.style.height == .px(48))
    }
}

struct ThemeSwitchTests {
    /// One of each component, to compare across themes.
    static var card: any Element {
        VStack {
            Title("Judul", kicker: "K")
            Stat(value: "1", label: "l", change: 1)
            Quote("q", author: "a")
            Badge("b")
            BulletList(["x"])
            Steps(["s"])
            Timeline(["t"])
            Callout(tone: .negative, text: "h")
            Table(columns: ["a"], rows: [["1"]])
            Divider()
            Footer(source: "s")
        }
    }

    /// Every color a tree uses: text colors, fills, borders.
    static func colors(_ node: Node) -> Set<Color> {
        var colors: Set<Color> = []
        for node in allNodes(node) {
            if case .text(let content) = node.kind { colors.insert(content.style.color) }
            if case .solid(let color)? = node.decoration.background { colors.insert(color) }
            if case .path(let path) = node.kind, case .solid(let color)? = path.fill { colors.insert(color) }
            if let color = node.decoration.borderColor { colors.insert(color) }
        }
        return colors
    }

    @Test func everyColorOfEveryComponentComesFromTheTheme() throws {
        for theme in Theme.builtInThemes {
            let used = Self.colors(try expandOne(Self.card, theme: theme))
            let p = theme.palette
            let roles: [Color] = [p.background, p.surface, p.primary, p.secondary, p.accent, p.text, p.mutedText,
                                  p.onPrimary, p.positive, p.negative]
            // Derived colors: callout panels tint the background with a role; rules and timeline
            // lines are roles made translucent.
            let derived = Set(roles.flatMap { role in
                [p.background.mixed(with: role, amount: 0.1), role.withOpacity(0.35), role.withOpacity(0.45)]
            })
            let underived = used.subtracting(roles).subtracting(derived)
            #expect(underived.isEmpty, "\(theme.name): \(underived.map(\.hexString))")
        }
    }

    @Test func switchingThemeChangesTheColors() throws {
        let a = Self.colors(try expandOne(Self.card, theme: .pemerintah))
        let b = Self.colors(try expandOne(Self.card, theme: .malam))
        #expect(a.isDisjoint(with: b))
    }
}

struct ComponentTwinTests {
    @Test func fileFormatBuildsTheSameNodesAsTheDSL() throws {
        let yaml = """
            canvas: {width: 400, height: 300}
            theme: pemerintah
            locale: id-ID
            body:
              column:
                children:
                  - stat: {value: 0.737, format: percent, label: "aktif", change: -3, good: down, alignment: center}
                  - quote: {text: "Halo", author: "A", role: "B", variant: mark}
                  - badge: {text: "BARU", icon: check-circle, background: positive}
                  - steps: {direction: horizontal, items: [{title: Daftar, text: "Isi"}, Selesai]}
                  - callout: {tone: negative, text: "Salah", label: MITOS}
                  - table: {columns: [A, B], rows: [[x, 1200]], widths: [2, 1]}
                  - divider
                  - footer: {source: BPS, date: 2020-10-13}
            """
        let fromFile = try LayoutFile.load(yaml: yaml, path: "t.yaml").document()
        let fromSwift = Infographic(canvas: Canvas(width: 400, height: 300), theme: .pemerintah, locale: "id-ID") {
            VStack {
                Stat(value: .number(0.737, format: .percent, decimals: nil), label: "aktif", change: -3, good: .down,
                     alignment: .center)
                Quote("Halo", author: "A", role: "B", variant: nil, style: Theme.ComponentStyle(variant: "mark"))
                Badge("BARU", icon: "check-circle", background: "positive")
                Steps([ListItem("Isi", title: "Daftar"), "Selesai"], direction: .horizontal)
                Callout(tone: .negative, label: "MITOS", text: "Salah")
                Table(columns: ["A", "B"], rows: [["x", 1200]], widths: [2, 1])
                Divider()
                Footer(source: "BPS", date: .day(year: 2020, month: 10, day: 13))
            }
        }.document()
        for (file, swift) in zip(fromFile.root.children, fromSwift.root.children) {
            #expect(file == swift)
        }
        #expect(fromFile == fromSwift)
    }

    @Test func unknownIconIsLocatedWithSuggestions() throws {
        do {
            _ = try LayoutFile.load(yaml: "body:\n  stat: {value: 1, icon: chek-circle}", path: "t.yaml")
            Issue.record("expected a diagnostic")
        } catch {
            let problem = try #require(error.items.first)
            #expect(problem.code == "unknown-icon")
            #expect(problem.location == .file(path: "t.yaml", line: 2, column: 26))
            #expect(problem.hint?.contains("`check-circle`") == true)
        }
    }

    @Test func formatNeedsANumberAndRolesAreSuggested() {
        let format = problems("body: {stat: {value: \"abc\", format: percent}}")
        #expect(format.map(\.code) == ["wrong-type"])
        let role = problems("body: {badge: {text: a, background: primry}}")
        #expect(role.first?.hint == "did you mean `primary`?")
        let qr = problems("body: {qr-code: {content: \"\"}}")
        #expect(qr.first?.code == "wrong-type" || qr.first?.code == "invalid-value")
    }
}

/// The diagnostics loading `yaml` throws; empty when it loads.
private func problems(_ yaml: String) -> [Diagnostic] {
    do {
        _ = try LayoutFile.load(yaml: yaml, path: "t.yaml")
        return []
    } catch {
        return error.items
    }
}
