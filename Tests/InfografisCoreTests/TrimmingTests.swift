import Foundation
import Testing
import InfografisCore

/// `trimmingSpaces` trims exactly what Foundation's `trimmingCharacters(in: .whitespaces)` trims.
@Suite struct TrimmingTests {
    static let samples = [
        "", " ", "\t\t", "12", "  1,2 juta ", "\t73,7%\t", "\u{A0}Rp 15.000\u{A0}", "\u{3000}13 Oktober 2020\u{2009}",
        "\n 40 \n", " \r\n", "a b", " 👍🏽 ", "\u{202F}1\u{205F}", " \u{301}x ", "\u{200B}zero width\u{200B}",
        "\u{1680}ogham\u{1680}", "\u{85}next line\u{85}", "\u{2028}",
    ]

    @Test(arguments: samples)
    func agreesWithFoundation(_ text: String) {
        #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
        #expect(Substring(text).trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
    }

    /// Every scalar of the Basic Multilingual Plane on both sides of a letter: trimmed exactly
    /// when Foundation trims it.
    @Test func everyScalarOfTheBasicMultilingualPlane() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(Character(scalar))x\(Character(scalar))"
            #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }
}
