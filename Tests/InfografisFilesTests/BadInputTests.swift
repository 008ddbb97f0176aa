import Foundation
import Infografis
import InfografisCore
import InfografisFiles
import Testing

/// The hostile-input corpus: every file under BadInputs/ fails (or, for the few `…-ok` files,
/// passes) with the diagnostic pinned in BadInputs/expected.json — code, place, message, hint —
/// and the process survives it. `INFOGRAFIS_RECORD=1` rewrites the manifest from what the code
/// does now and fails, so recording is never silent; review the diff before committing.
///
/// Layout files are loaded and prepared (images checked) as `infografis check` does; images are
/// used from a one-line layout `body: {image: NAME}`; CSV files are opened and every row read;
/// templates are parsed and rendered with one row. Locations print as `line:column` (file) or
/// `row N, column C` (CSV); the corpus folder in messages is written `$CORPUS`.
@Suite(.serialized)
struct BadInputTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BadInputs")
    static let manifestURL = corpus.appendingPathComponent("expected.json")

    struct Expectation: Codable, Equatable, CustomTestStringConvertible {
        /// Path inside BadInputs/.
        var file: String
        /// Code of the first diagnostic; nil when the input must be accepted.
        var code: String?
        /// Where the first diagnostic points.
        var at: String?
        var message: String?
        var hint: String?
        /// Codes of every diagnostic, in order.
        var codes: [String]
        /// Also run through the CLI binary (CLITests/BadInputCLITests).
        var cli: Bool?
        /// `--root` for the run, relative to BadInputs/ ("/" to allow any file).
        var root: String?

        var testDescription: String { file }
    }

    static func inputs() -> [String] {
        var files: [String] = []
        for folder in ["layout", "image", "csv", "template"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.appendingPathComponent(folder).path)) ?? []
            files += names.filter { !$0.hasPrefix("_") }.sorted().map { "\(folder)/\($0)" }
        }
        return files
    }

    static func manifest() -> [Expectation] {
        guard let data = try? Data(contentsOf: manifestURL) else { return [] }
        return (try? JSONDecoder().decode([Expectation].self, from: data)) ?? []
    }

    @Test func theCorpusIsLargeAndEveryInputHasAnExpectation() throws {
        let inputs = Self.inputs()
        #expect(inputs.count >= 60, "only \(inputs.count) bad inputs")
        let manifest = Self.manifest()
        if ProcessInfo.processInfo.environment["INFOGRAFIS_RECORD"] == "1" {
            let old = Dictionary(manifest.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
            let recorded = inputs.map { file in
                var actual = Self.run(file, root: old[file]?.root)
                actual.cli = old[file]?.cli
                return actual
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(recorded).write(to: Self.manifestURL)
            Issue.record("Recorded BadInputs/expected.json; review the diff, then run again without INFOGRAFIS_RECORD.")
            return
        }
        let listed = Set(manifest.map(\.file))
        #expect(Set(inputs).subtracting(listed).isEmpty, "inputs without an expectation: \(Set(inputs).subtracting(listed).sorted())")
        #expect(listed.subtracting(inputs).isEmpty, "expectations without an input: \(listed.subtracting(inputs).sorted())")
    }

    @Test(arguments: manifest())
    func eachInputGivesItsPinnedDiagnostic(_ expected: Expectation) {
        var actual = Self.run(expected.file, root: expected.root)
        actual.cli = expected.cli
        #expect(actual == expected)
    }

    // MARK: - Running one input

    static func run(_ file: String, root: String?) -> Expectation {
        let path = corpus.appendingPathComponent(file).path
        let rootPath = root.map { $0 == "/" ? "/" : corpus.appendingPathComponent($0).path } ?? corpus.path
        let items: [Diagnostic]
        switch file.split(separator: "/").first {
        case "layout": items = layoutProblems(nil, path: path, root: rootPath)
        case "image":
            let name = String(file.dropFirst("image/".count))
            items = layoutProblems("body: {image: \"\(name)\"}\n", path: corpus.appendingPathComponent("image/_layout.yaml").path,
                                   root: rootPath)
        case "csv": items = csvProblems(path)
        default: items = templateProblems(path)
        }
        let first = items.first
        return Expectation(file: file, code: first?.code, at: first.flatMap { place($0.location) },
                           message: first.map { clean($0.message) }, hint: first?.hint.map(clean),
                           codes: items.map(\.code), cli: nil, root: root)
    }

    /// Load, then prepare (image headers, limits), as `infografis check` does; nil text reads the file.
    static func layoutProblems(_ text: String?, path: String, root: String) -> [Diagnostic] {
        do {
            let loaded = if let text { try LayoutFile.loadWithSourceMap(yaml: text, path: path, root: root) }
                         else { try LayoutFile.loadWithSourceMap(path: path, root: root) }
            do {
                _ = try Engine().prepare(loaded.infographic.document())
                return []
            } catch {
                return loaded.sourceMap.locate(error.items)
            }
        } catch {
            return error.items
        }
    }

    static func csvProblems(_ path: String) -> [Diagnostic] {
        do {
            let table = try CSVTable(path: path)
            let rows = try table.makeRowIterator()
            while try rows.next() != nil {}
            return []
        } catch {
            return [error]
        }
    }

    static func templateProblems(_ path: String) -> [Diagnostic] {
        let source = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        do {
            let template = try Template(source, location: .file(path: path, line: 1, column: 1))
            let row = ["penduduk": "1.234", "x": "1", "teks": "abc", "anggaran": "5000"]
            _ = try template.render(row, formatter: LocaleFormatter("id-ID"))
            return []
        } catch {
            return [error]
        }
    }

    static func place(_ location: InfografisCore.SourceLocation?) -> String? {
        switch location {
        case let .file(_, line, column)?: "\(line):\(column)"
        case let .csv(_, row, column)?: "row \(row), column \(column)"
        case let .node(path)?: path
        case nil: nil
        }
    }

    static func clean(_ text: String) -> String {
        let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: corpus.path)) ?? corpus.path
        return text.replacingOccurrences(of: corpus.path, with: "$CORPUS").replacingOccurrences(of: real, with: "$CORPUS")
    }
}
