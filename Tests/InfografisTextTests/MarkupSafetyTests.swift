import InfografisCore
@testable import InfografisText
import Testing

/// Text from layouts and data is plain text: Pango markup in it is drawn literally, never parsed
/// (the text core calls `pango_layout_set_text`, never `set_markup`). Measured, not assumed.
struct MarkupSafetyTests {
    @Test func markupIsMeasuredAsLiteralCharacters() {
        let engine = TextEngine()
        let plain = measure("x", engine: engine).size.width
        let tagged = measure("<b>x</b>", engine: engine).size.width
        // "<b>x</b>" as seven more visible characters is far wider than a bold "x" would be.
        #expect(tagged > plain * 4, "markup was interpreted: \(tagged) vs \(plain)")
        // An unbalanced tag or an entity would make set_markup fail or substitute; set_text keeps them.
        let entity = measure("&amp;", engine: engine).size.width
        let ampersand = measure("&", engine: engine).size.width
        #expect(entity > ampersand * 2)
        #expect(measure("<span foreground='red' size='1000000'>x", engine: engine).lineCount == 1)
    }
}
