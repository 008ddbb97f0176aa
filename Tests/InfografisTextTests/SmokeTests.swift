import InfografisCore
import Testing
@testable import InfografisText

@Test func smoke() {
    let engine = TextEngine()
    print(FontLibrary.shared.fontsDirectory ?? "-", FontLibrary.shared.fontsDirectorySource, FontLibrary.shared.bundledFamilies, FontLibrary.shared.warnings)
    for w in [nil, 300.0, 150, 0] as [Double?] {
        let l = measure(Corpus.kominfo, width: w, engine: engine)
        print(w as Any, l.size, l.lineCount, l.firstBaseline, (l.paragraph as? PangoParagraph)?.lineRects.map { $0.width } ?? [])
    }
    print(engine.statistics)
    print(engine.font(family: "Inter").resolvedFile ?? "nil", engine.font(family: "Nope").resolvedFile ?? "nil", engine.font(family: "Inter", weight: 700, italic: true).resolvedFile ?? "nil")
}
