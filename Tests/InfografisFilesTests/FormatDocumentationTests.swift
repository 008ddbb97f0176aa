import Foundation
@testable import InfografisFiles
import Testing

/// `docs/format.md` must document every key the loader accepts.
struct FormatDocumentationTests {
    static let documentation: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/format.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test func everyKindPropertyAndDocumentKeyIsDocumented() {
        #expect(!Self.documentation.isEmpty)
        let keys = LayoutFile.documentKeys + NodeKinds.all.map(\.name) + NodeKinds.all.flatMap(\.ownKeys)
            + Properties.all.map(\.name)
        let undocumented = Set(keys).filter { !Self.documentation.contains("`\($0)`") }
        #expect(undocumented.isEmpty, "Not in docs/format.md: \(undocumented.sorted())")
    }

    @Test func everyDiagnosticCodeIsDocumented() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/InfografisFiles")
        var codes: Set<String> = []
        // Every folder but Data/ (CSV and template codes belong to the batch documentation).
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") && !file.hasPrefix("Data/") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for pattern in [#"error\("([a-z-]+)""#, #"code: "([a-z-]+)""#] {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let range = Range(match.range(at: 1), in: text) { codes.insert(String(text[range])) }
                }
            }
        }
        #expect(codes.count >= 10)
        let undocumented = codes.filter { !Self.documentation.contains("| `\($0)` |") }
        #expect(undocumented.isEmpty, "Codes not in docs/format.md: \(undocumented.sorted())")
    }
}
