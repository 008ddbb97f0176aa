import Foundation
import Testing

/// A subset of the bad-input corpus (entries with `"cli": true` in
/// Tests/InfografisFilesTests/BadInputs/expected.json) run through the built binary: the process
/// survives (exit 1, not a signal), prints the pinned diagnostic first, and writes nothing.
@Suite(.serialized)
struct BadInputCLITests {
    static let corpus = CLI.root.appendingPathComponent("Tests/InfografisFilesTests/BadInputs")

    struct Entry: Decodable, CustomTestStringConvertible {
        var file: String
        var code: String?
        var at: String?
        var cli: Bool?
        var testDescription: String { file }
    }

    static func entries() -> [Entry] {
        guard let data = try? Data(contentsOf: corpus.appendingPathComponent("expected.json")),
              let all = try? JSONDecoder().decode([Entry].self, from: data) else { return [] }
        return all.filter { $0.cli == true }
    }

    @Test func theSubsetIsNotEmpty() {
        #expect(Self.entries().count >= 15)
    }

    @Test(arguments: entries())
    func renderFailsCleanly(_ entry: Entry) throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = Self.corpus.appendingPathComponent(entry.file).path
        let output = dir.appendingPathComponent("card.png").path
        let result = try CLI.run(["render", input, "-o", output, "--root", Self.corpus.path, "--diagnostic-format", "json"],
                                 in: dir)
        #expect(result.status == 1, "exit \(result.status); stderr: \(result.stderr.prefix(500))")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [[String: Any]],
                                 "stderr is not a JSON list: \(result.stderr.prefix(500))")
        let first = try #require(items.first)
        #expect(first["code"] as? String == entry.code)
        if let at = entry.at {
            let place = "\(first["line"] as? Int ?? 0):\(first["column"] as? Int ?? 0)"
            #expect(place == at)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left.isEmpty, "left behind: \(left)")
    }
}
