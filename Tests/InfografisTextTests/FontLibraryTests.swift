import InfografisCore
import Testing
@testable import InfografisText

@Suite struct FontLibraryTests {
    let engine = TextEngine()

    var fontsDirectory: String {
        get throws { try #require(FontLibrary.shared.fontsDirectory) }
    }

    @Test func bundledDirectoryIsFoundAndRegistered() throws {
        let library = FontLibrary.shared
        let directory = try fontsDirectory
        #expect(directory.hasSuffix("/fonts"))
        #expect(library.warnings.isEmpty, "\(library.warnings)")
        #expect(library.bundledFamilies.sorted() == ["Inter", "Noto Sans"])
        #expect(library.defaultFamily == "Inter")
        #expect(library.bundledFiles.count == 13)
        #expect(library.bundledFiles.allSatisfy { $0.hasPrefix(directory + "/") })
    }

    @Test(arguments: [(400, false, "Inter/Inter-Regular.otf"), (500, false, "Inter/Inter-Medium.otf"),
                      (600, false, "Inter/Inter-SemiBold.otf"), (700, false, "Inter/Inter-Bold.otf"),
                      (800, false, "Inter/Inter-ExtraBold.otf"), (400, true, "Inter/Inter-Italic.otf"),
                      (700, true, "Inter/Inter-BoldItalic.otf")])
    func interResolvesToTheBundledFiles(weight: Int, italic: Bool, file: String) throws {
        let font = engine.font(family: "Inter", weight: weight, italic: italic)
        #expect(font.resolvedFile == (try fontsDirectory) + "/" + file)
        #expect(font.resolvedFamily == "Inter")
    }

    @Test func systemCopiesOfBundledFamiliesAreIgnored() throws {
        // fonts-inter is installed on this machine too (with Thin and Black weights the bundle
        // lacks): the bundled files must still win, so a system Inter never changes a render.
        let thin = engine.font(family: "Inter", weight: 100)
        #expect(thin.resolvedFile == (try fontsDirectory) + "/Inter/Inter-Regular.otf")
        let noto = engine.font(family: "Noto Sans", weight: 700)
        #expect(noto.resolvedFile == (try fontsDirectory) + "/NotoSans/NotoSans-Bold.ttf")
    }

    @Test func unknownFamilyFallsBackToInter() throws {
        let font = engine.font(family: "Helvetica Neue Ultra Nonexistent")
        #expect(font.resolvedFile == (try fontsDirectory) + "/Inter/Inter-Regular.otf")
        let layout = measure("Kita", style(family: "Nonexistent Family"), engine: engine)
        let inter = measure("Kita", engine: engine)
        #expect(layout.size == inter.size)
    }

    @Test func systemFontsStayAvailable() throws {
        let dejaVu = engine.font(family: "DejaVu Sans")
        let file = try #require(dejaVu.resolvedFile)
        #expect(file.hasSuffix("DejaVuSans.ttf"))
        #expect(!file.hasPrefix(try fontsDirectory))
        // A character Inter lacks comes from a system font (Devanagari).
        let layout = measure("Kita नमस्ते", engine: engine)
        let files = try #require(shaped(layout)).fontFiles
        #expect(files.count == 2)
        let directory = try fontsDirectory
        #expect(files.last.map { !$0.hasPrefix(directory) } == true)
        #expect(try #require(shaped(layout)).reference.unknownGlyphs == 0)
    }

    @Test func familyListsAreHonoured() throws {
        let font = engine.font(family: "Nonexistent, Noto Sans")
        #expect(font.resolvedFile == (try fontsDirectory) + "/NotoSans/NotoSans-Regular.ttf")
        #expect(font.familyList == "Nonexistent,Noto Sans,Inter")
    }

    @Test func selectFontRulesAreEscaped() {
        let xml = FontLibrary.selectFontXML(acceptingFiles: ["/a&b/<c>.ttf"], rejectingFamilies: ["Tom's \"Sans\""])
        #expect(xml.contains("<string>/a&amp;b/&lt;c&gt;.ttf</string>"))
        #expect(xml.contains("<string>Tom&apos;s &quot;Sans&quot;</string>"))
        #expect(xml.hasSuffix("</selectfont></fontconfig>"))
    }
}
