import Infografis
import Testing

/// Characters no installed font has are reported, not silently drawn as boxes.
struct MissingGlyphTests {
    private func warnings(_ text: String) throws -> [Diagnostic] {
        let card = Infographic(canvas: Canvas(width: 400, height: 100)) { Text(text).id("teks") }
        let engine = Engine()
        return engine.layout(try engine.prepare(card.document())).warnings.filter { $0.code == "missing-glyph" }
    }

    @Test func unassignedCodePointIsReportedWithItsCharacterAndNode() throws {
        // U+0378 is unassigned in Unicode: no font can have it.
        let found = try warnings("Halo \u{0378} dunia \u{0378}")
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message == "No installed font can show \u{201C}\u{0378}\u{201D} (U+0378); it is drawn as a box.")
        #expect(found.first?.location == .node(path: "body#teks"))
    }

    @Test func indonesianTextAndEmojiHaveEveryGlyph() throws {
        #expect(try warnings("Rp 15.000 · 73,7% · 13 Oktober 2020 · “Saring sebelum sharing” 📢✅").isEmpty)
    }
}
