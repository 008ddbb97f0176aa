import InfografisCore
import Testing
@testable import InfografisText

@Suite struct MeasurementTests {
    let engine = TextEngine()

    @Test func widerTextIsWider() {
        let short = measure("Rp 15", engine: engine)
        let long = measure("Rp 15.000", engine: engine)
        #expect(short.size.width > 10)
        #expect(long.size.width > short.size.width + 10)
        #expect(short.size.height == long.size.height)
        #expect(short.lineCount == 1)
        #expect(short.fontSize == 16)
    }

    @Test func sizeIsInPixelsNotPoints() {
        // Inter's ascent + descent is 1.21 em: a 16 px line is about 19.4 px tall (points at
        // 96 dpi would give 25.8 px).
        let line = measure("Hg", style(size: 16), engine: engine)
        #expect(abs(line.size.height - 19.36) < 0.05)
        let double = measure("Hg", style(size: 32), engine: engine)
        #expect(abs(double.size.height - 2 * line.size.height) < 0.01)
        #expect(abs(double.size.width - 2 * line.size.width) < 0.01)
    }

    @Test func wrappingIncreasesLineCount() throws {
        let unbounded = measure(Corpus.kominfo, engine: engine)
        #expect(unbounded.lineCount == 1)
        let wrapped = measure(Corpus.kominfo, width: 240, engine: engine)
        #expect(wrapped.lineCount >= 4)
        #expect(wrapped.size.width <= 240)
        #expect(abs(wrapped.size.height - Double(wrapped.lineCount) * unbounded.size.height) < 0.01)
        let lines = try #require(shaped(wrapped)).lineTexts
        #expect(lines.joined() == Corpus.kominfo)
        #expect(lines.allSatisfy { !$0.hasPrefix(" ") })
    }

    @Test func newlinesMakeLines() throws {
        let layout = measure("satu\ndua\n\nempat", engine: engine)
        #expect(layout.lineCount == 4)
        let one = measure("satu", engine: engine)
        #expect(abs(layout.size.height - 4 * one.size.height) < 0.01)
        #expect(try #require(shaped(layout)).lineTexts == ["satu", "dua", "", "empat"])
        #expect(measure("a\r\nb", engine: engine).lineCount == 2)
    }

    @Test func emptyTextIsEmpty() {
        let layout = measure("", engine: engine)
        #expect(layout.size == .zero)
        #expect(layout.lineCount == 0)
    }

    @Test func trailingSpacesHangAtWrapsButCountAtParagraphEnds() throws {
        let bare = measure("akhir", engine: engine)
        let spaced = measure("akhir   ", engine: engine)
        // Pango wraps paragraph-final spaces that do not fit, so they are part of the width...
        #expect(spaced.size.width > bare.size.width + 5)
        let again = measure("akhir   ", width: spaced.size.width, engine: engine)
        #expect(again.lineCount == 1)
        // ...while spaces at a wrap hang past the width.
        let two = measure("akhir kata", width: bare.size.width + 0.5, engine: engine)
        #expect(try #require(shaped(two)).lineTexts == ["akhir ", "kata"])
        #expect(two.size.width == bare.size.width)
    }

    @Test(arguments: Corpus.shortOnes)
    func indonesianSnippetsStayOnOneLine(_ text: String) throws {
        let layout = measure(text, engine: engine)
        #expect(layout.lineCount == 1)
        #expect(layout.size.width > 5)
        let paragraph = try #require(shaped(layout))
        #expect(paragraph.reference.unknownGlyphs == 0, "no tofu in \(text)")
        #expect(paragraph.lineTexts == [text])
    }

    @Test func minContentIsTheLongestWord() {
        // (Spaces ending a paragraph count in its width: texts ending in spaces are left out.)
        for text in Corpus.paragraphs + ["ini ketidakbertanggungjawaban itu", "73,7% dari 1,2 juta"] where !text.hasSuffix(" ") {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            // Hyphens and slashes are break opportunities too: the widest word is an upper bound.
            let widest = words.map { measure($0, engine: engine).size.width }.max() ?? 0
            let minContent = engine.minContentWidth(TextContent(text, style: style()))
            #expect(minContent <= widest + 0.001, "\(text)")
            if !text.contains("-") && !text.contains("/") && !text.contains("—") {
                #expect(abs(minContent - widest) < 0.001, "\(text)")
            }
        }
        let percent = measure("73,7% dari 1,2 juta", width: 0, engine: engine)
        #expect(shaped(percent)?.lineTexts == ["73,7% ", "dari ", "1,2 ", "juta"])
    }

    @Test func longWordBreaksOnlyWhenItDoesNotFit() throws {
        let word = "ketidakbertanggungjawaban"
        let wordWidth = measure(word, engine: engine).size.width
        let text = "ini \(word) itu"
        let fitting = measure(text, width: wordWidth + 1, engine: engine)
        #expect(try #require(shaped(fitting)).lineTexts == ["ini ", "\(word) ", "itu"])
        let narrow = measure(text, width: wordWidth - 20, engine: engine)
        let lines = try #require(shaped(narrow)).lineTexts
        #expect(lines.count >= 3)
        #expect(!lines.contains("\(word) "))
        #expect(lines.joined() == text)
        #expect(narrow.size.width <= wordWidth - 20)
        #expect(!narrow.overflows)
    }

    @Test func emojiIsShownInColorFontAndKeepsTheLine() throws {
        let plain = measure("Info penting", engine: engine)
        let emoji = measure("Info 📢 penting", engine: engine)
        #expect(emoji.lineCount == 1)
        #expect(emoji.size.width > plain.size.width + 10)
        #expect(abs(emoji.size.height - plain.size.height) < 0.1 * plain.size.height)
        let files = try #require(shaped(emoji)).fontFiles
        #expect(files.contains { $0.hasSuffix("NotoColorEmoji.ttf") }, "\(files)")
        #expect(files.first?.hasSuffix("Inter-Regular.otf") == true, "\(files)")
    }

    @Test func boldIsWiderThanRegular() {
        let regular = measure(Corpus.kominfo, engine: engine)
        let bold = measure(Corpus.kominfo, style(weight: 700), engine: engine)
        let extraBold = measure(Corpus.kominfo, style(weight: 800), engine: engine)
        #expect(bold.size.width > regular.size.width * 1.03)
        #expect(extraBold.size.width > bold.size.width)
    }

    @Test func italicUsesTheItalicFace() throws {
        let italic = measure("Kita punya fungsi", style(italic: true), engine: engine)
        let upright = measure("Kita punya fungsi", engine: engine)
        #expect(try #require(shaped(italic)).fontFiles == [try #require(FontLibrary.shared.fontsDirectory) + "/Inter/Inter-Italic.otf"])
        #expect(italic.size.width != upright.size.width)
        let boldItalic = measure("Kita", style(weight: 700, italic: true), engine: engine)
        #expect(try #require(shaped(boldItalic)).fontFiles.first?.hasSuffix("Inter-BoldItalic.otf") == true)
    }

    @Test(arguments: [1.0, 2.5, -0.5])
    func letterSpacingAddsBetweenLetters(spacing: Double) {
        let text = "Medsos"
        let plain = measure(text, engine: engine)
        let spaced = measure(text, style { $0.letterSpacing = spacing }, engine: engine)
        let added = spaced.size.width - plain.size.width
        let n = Double(text.count)
        let matchesOneOf = [n - 1, n].contains { abs(added - $0 * spacing) < 0.01 }
        #expect(matchesOneOf, "added \(added) for spacing \(spacing)")
    }

    @Test func lineHeightIsAMultipleOfTheFontSize() throws {
        let text = "satu\ndua\ntiga"
        for multiple in [1.0, 1.5, 2.0] {
            let layout = measure(text, style(size: 20) { $0.lineHeight = multiple }, engine: engine)
            #expect(abs(layout.size.height - 3 * multiple * 20) < 0.01, "line height \(multiple)")
            let rects = try #require(shaped(layout)).lineRects
            #expect(abs(rects[1].y - multiple * 20) < 0.01)
        }
        let natural = measure(text, style(size: 20), engine: engine)
        let loose = measure(text, style(size: 20) { $0.lineHeight = 2 }, engine: engine)
        // Half the leading goes above the first line, as in CSS.
        #expect(abs((loose.firstBaseline - natural.firstBaseline) - (40 - natural.size.height / 3) / 2) < 0.01)
    }
}
