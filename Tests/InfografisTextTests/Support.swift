import InfografisCore
@testable import InfografisText

/// A style with the given tweaks on top of the defaults (Inter 16 px).
func style(size: Double = 16, weight: Int = 400, italic: Bool = false, family: String = "Inter",
           _ tweak: (inout TextStyle) -> Void = { _ in }) -> TextStyle {
    var style = TextStyle()
    style.family = family
    style.size = size
    style.weight = weight
    style.italic = italic
    tweak(&style)
    return style
}

/// Lays `text` out with a fresh engine's or the given engine's style.
func measure(_ text: String, _ style: TextStyle = style(), width: Double? = nil, height: Double? = nil,
             engine: TextEngine = TextEngine()) -> TextLayout {
    engine.layout(TextContent(text, style: style), maxWidth: width, maxHeight: height)
}

/// The paragraph of a layout (the real engine always makes one for non-empty text).
func shaped(_ layout: TextLayout) -> PangoParagraph? {
    layout.paragraph as? PangoParagraph
}

/// Sample sentences from the brief (Indonesian) and a few more.
enum Corpus {
    static let kominfo = "Kita punya fungsi pelayanan publik kepada masyarakat. Tentu harus bisa komunikatif dan menyajikan berbagai informasi di medsos."
    static let shortOnes = ["1,2 juta", "73,7%", "Rp 15.000", "13 Oktober 2020", "ketidakbertanggungjawaban", "📢"]
    static let paragraphs = [
        kominfo,
        "ASN Harus Terampil Kelola Medsos",
        "Sebanyak 73,7% penduduk Indonesia aktif di media sosial, atau sekitar 1,2 juta pengguna baru setiap bulan.",
        "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!",
        "Info penting 📢 untuk ketidakbertanggungjawaban para pihak: Rp 15.000 per 13 Oktober 2020.",
        "Baris pertama\nBaris kedua yang lebih panjang sedikit\n\nBaris keempat",
        "Spasi   ganda  dan akhir spasi   ",
        "Supercalifragilisticexpialidocious antidisestablishmentarianism",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        "—«Kutipan»— (dalam kurung) [dan] {kurung} / garis-miring: tanda-hubung-panjang",
    ]
}
