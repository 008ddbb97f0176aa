import Foundation
@testable import InfografisFiles
import Testing

/// `infografis.schema.json` is generated from the registries, committed, and accepts every example layout.
struct LayoutSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func committedSchemaIsUpToDate() throws {
        let committed = try String(contentsOf: Self.repository.appendingPathComponent("infografis.schema.json"), encoding: .utf8)
        #expect(committed == LayoutSchema.json(),
                "infografis.schema.json is out of date with the NodeKinds/Properties registries: run `make schema` and commit it.")
    }

    @Test func everyKindAndPropertyIsInTheSchema() {
        let json = LayoutSchema.json()
        for kind in NodeKinds.all {
            #expect(json.contains("\"kind-\(kind.name)\""), "kind \(kind.name) missing")
            for key in kind.ownKeys {
                #expect(SchemaShapes.hasShape(ownKey: key, kind: kind.name),
                        "`\(kind.name).\(key)` has no value shape: add it to SchemaShapes.ownKey, then run `make schema`.")
            }
        }
        for spec in Properties.all {
            #expect(json.contains("\"\(spec.name)\""))
            #expect(SchemaShapes.hasShape(property: spec.name, kind: "box"),
                    "`\(spec.name)` has no value shape: add it to SchemaShapes.property, then run `make schema`.")
        }
    }

    @Test func schemaIsDeterministic() {
        #expect(LayoutSchema.json() == LayoutSchema.json())
    }

    /// Runs tools/validate-layouts.py (Python `jsonschema` and PyYAML) over layouts/, recursively.
    @Test func everyExampleLayoutValidates() throws {
        let result = try Self.validate([Self.repository.appendingPathComponent("layouts").path])
        try #require(result.status != 2, "skipped: \(result.output)")
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("checked"), "\(result.output)")
    }

    /// The schema is not vacuous: a misspelled property and a wrong type fail it.
    @Test func theSchemaRejectsBadFiles() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "body: {column: {paddng: 3}}\n".write(to: folder.appendingPathComponent("misspelled.yaml"), atomically: true, encoding: .utf8)
        try "body: {text: {content: a, size: [1]}}\n".write(to: folder.appendingPathComponent("wrong-type.yaml"), atomically: true, encoding: .utf8)
        try "body: {text: {content: a, size: 20}}\n".write(to: folder.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        let result = try Self.validate([folder.path])
        try #require(result.status != 2, "skipped: \(result.output)")
        #expect(result.status == 1)
        #expect(result.output.contains("checked 3 file(s), 2 problem(s)"), "\(result.output)")
        #expect(result.output.contains("misspelled.yaml") && result.output.contains("wrong-type.yaml"), "\(result.output)")
    }

    static func validate(_ paths: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repository.appendingPathComponent("tools/validate-layouts.py").path,
                             repository.appendingPathComponent("infografis.schema.json").path] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
