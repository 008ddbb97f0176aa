import Foundation
import Infografis
import InfografisFiles
import Testing

struct ThemeTests {
    @Test(arguments: Theme.builtInNames)
    func everyBuiltInThemeDecodesWithoutProblems(name: String) throws {
        let source = try #require(Theme.builtInSources[name])
        let theme = try Theme.decode(yaml: source, path: "\(name).yaml")
        #expect(theme.name == name)
        #expect(Theme.builtIn(named: name) == theme)
        #expect(theme.palette.chart.count >= 6)
        #expect(Set(theme.palette.chart).count == theme.palette.chart.count, "chart colors are distinct")
    }

    @Test func thereAreSixBuiltInThemes() {
        #expect(Theme.builtInNames == ["pemerintah", "kontras-tinggi", "segar", "hangat", "malam", "netral"])
    }

    @Test(arguments: Theme.builtInThemes)
    func textRolesAreReadableOnBackgroundAndSurface(theme: Theme) {
        let p = theme.palette
        let minimum = theme.name == "kontras-tinggi" ? 7.0 : 4.5
        for (role, color) in [("text", p.text), ("muted-text", p.mutedText)] {
            for (ground, fill) in [("background", p.background), ("surface", p.surface)] {
                #expect(color.contrastRatio(with: fill) >= minimum, "\(theme.name): \(role) on \(ground)")
            }
        }
        for (role, color) in [("primary", p.primary), ("positive", p.positive), ("negative", p.negative)] {
            for (ground, fill) in [("background", p.background), ("surface", p.surface)] {
                #expect(color.contrastRatio(with: fill) >= 4.5, "\(theme.name): \(role) on \(ground)")
            }
        }
        #expect(p.onPrimary.contrastRatio(with: p.primary) >= 4.5, "\(theme.name): on-primary on primary")
        #expect(p.accent.contrastRatio(with: p.background) >= 3, "\(theme.name): accent on background")
    }

    @Test func extendingOverridesOnlyWhatIsGiven() throws {
        let theme = try Theme.decode(yaml: """
            extends: pemerintah
            name: dinas
            palette: {primary: "#004A8F"}
            spacing: [4, 8, 12, 20, 32]
            components: {stat: {background: primary, color: on-primary, radius: 4}}
            """, path: "dinas.yaml")
        #expect(theme.name == "dinas")
        #expect(theme.palette.primary == Color(hex: "#004A8F"))
        #expect(theme.palette.accent == Theme.pemerintah.palette.accent)
        #expect(theme.spacing.m == 12)
        let stat = theme.style(for: "stat")
        #expect(stat.background == .role(.primary))
        #expect(stat.radius == 4)
        #expect(stat.accent == Theme.pemerintah.style(for: "stat").accent, "component defaults merge too")
    }

    @Test func problemsAreLocatedAndSuggestNames() throws {
        let yaml = """
            extends: pemrintah
            palette: {accnt: red}
            """
        do {
            _ = try Theme.decode(yaml: yaml, path: "t.yaml")
            Issue.record("expected diagnostics")
        } catch {
            let first = try #require(error.items.first)
            #expect(first.code == "unknown-theme")
            #expect(first.location == .file(path: "t.yaml", line: 1, column: 10))
            #expect(first.hint == "did you mean `pemerintah`?")
        }
        do {
            _ = try Theme.decode(yaml: "palette: {accnt: red}\nradius: -1", path: "t.yaml")
            Issue.record("expected diagnostics")
        } catch {
            #expect(error.items.map(\.code) == ["unknown-property", "out-of-range"])
            #expect(error.items.first?.hint == "did you mean `accent`?")
        }
    }

    @Test func layoutFileThemeSetsBackgroundTextAndEnvironment() throws {
        let infographic = try LayoutFile.load(yaml: """
            theme: malam
            body: {text: Halo}
            """, path: "t.yaml")
        let document = infographic.document()
        #expect(document.background == .solid(Theme.malam.palette.background))
        guard case .text(let content) = document.root.kind else { Issue.record("not text"); return }
        #expect(content.style.color == Theme.malam.palette.text)
        #expect(infographic.rootEnvironment.theme == .malam)
    }

    @Test func explicitBackgroundAndFontWinOverTheTheme() throws {
        let document = try LayoutFile.load(yaml: """
            theme: malam
            background: white
            font: {color: black}
            body: {text: Halo}
            """, path: "t.yaml").document()
        #expect(document.background == .solid(.white))
        guard case .text(let content) = document.root.kind else { Issue.record("not text"); return }
        #expect(content.style.color == .black)
        #expect(content.style.size == Theme.malam.fonts.bodySize)
    }

    @Test func unknownThemeNameSuggestsTheNearest() {
        #expect(throws: Diagnostics.self) { try LayoutFile.load(yaml: "theme: malem\nbody: {text: a}", path: "t.yaml") }
        do {
            _ = try LayoutFile.load(yaml: "theme: malem\nbody: {text: a}", path: "t.yaml")
        } catch {
            #expect(error.items.first?.code == "unknown-theme")
            #expect(error.items.first?.hint == "did you mean `malam`?")
            #expect(error.items.first?.location == .file(path: "t.yaml", line: 1, column: 8))
        }
    }

    @Test func themeFileIsResolvedAgainstTheLayoutFolderAndCanExtendAnother() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infografis-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "extends: segar\npalette: {accent: \"#123456\"}".write(to: folder.appendingPathComponent("base.yaml"),
                                                                  atomically: true, encoding: .utf8)
        try "extends: base.yaml\nname: child".write(to: folder.appendingPathComponent("child.yaml"),
                                                    atomically: true, encoding: .utf8)
        let layout = folder.appendingPathComponent("card.yaml")
        try "theme: child.yaml\nbody: {text: a}".write(to: layout, atomically: true, encoding: .utf8)
        let theme = try #require(try LayoutFile.load(path: layout.path).theme)
        #expect(theme.name == "child")
        #expect(theme.palette.accent == Color(hex: "#123456"))
        #expect(theme.palette.primary == Theme.segar.palette.primary)
    }

    @Test func swiftInfographicInAThemeMatchesTheFile() throws {
        let fromSwift = Infographic(canvas: .instagramSquare, theme: .hangat) { Text("Halo") }
        let fromFile = try LayoutFile.load(yaml: "theme: hangat\nbody: {text: Halo}", path: "t.yaml")
        #expect(fromSwift.document() == fromFile.document())
        #expect(fromSwift.rootEnvironment.theme == fromFile.rootEnvironment.theme)
    }

    @Test func themeModifierReachesDescendants() {
        let reader = EnvironmentReader { environment in Text(environment.theme.name) }
        let nodes = VStack { reader }.theme(.segar).expand(in: Environment())
        guard case .text(let content) = nodes.first?.children.first?.kind else { Issue.record("not text"); return }
        #expect(content.text == "segar")
    }
}
