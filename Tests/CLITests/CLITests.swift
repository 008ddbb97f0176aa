import Foundation
import Testing

/// End-to-end tests of the `infografis` command: exit codes, outputs and messages.
@Suite(.serialized)
struct CLITests {
    let twin = "layouts/dsl-twin.yaml"

    @Test func renderWritesEveryRequestedFormat() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outputs = ["card.png", "card.svg", "card.pdf"].map { dir.appendingPathComponent($0).path }
        let result = try CLI.run(["render", twin] + outputs.flatMap { ["-o", $0] })
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: outputs[0]))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR width and height: 1080 x 1080 at scale 1.
        #expect(png[16..<24].elementsEqual([0, 0, 0x04, 0x38, 0, 0, 0x04, 0x38]))
        let svg = try String(contentsOfFile: outputs[1], encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<title>ASN Harus Terampil Kelola Medsos</title>"))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: outputs[2]))
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
    }

    @Test func scaleMultipliesPNGPixels() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("card@2x.png").path
        let result = try CLI.run(["render", twin, "-o", output, "--scale", "2"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let png = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(png[16..<24].elementsEqual([0, 0, 0x08, 0x70, 0, 0, 0x08, 0x70]))  // 2160 x 2160
    }

    @Test func layoutJSONHasTypeIdFrameAndChildren() throws {
        let result = try CLI.run(["layout", twin, "--json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["type"] as? String == "column")
        let frame = try #require(json["frame"] as? [String: Double])
        #expect(frame == ["x": 0, "y": 0, "width": 1080, "height": 1080])
        let card = try #require((json["children"] as? [[String: Any]])?.first)
        #expect(card["id"] as? String == "card")
        #expect((card["frame"] as? [String: Double])?["x"] == 64)
    }

    @Test func checkAcceptsAValidFile() throws {
        let result = try CLI.run(["check", twin])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("ok"))
    }

    @Test func misspelledPropertyFailsWithLocationAndSuggestionAndWritesNothing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let layout = dir.appendingPathComponent("bad.yaml")
        try """
        canvas: instagram-square
        body:
          column:
            paddng: 64
            children:
              - text: "Halo"
        """.write(to: layout, atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("bad.png")
        let result = try CLI.run(["render", "bad.yaml", "-o", output.path], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:4:5: error:"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("paddng"))
        #expect(result.stderr.contains("did you mean `padding`?"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files == ["bad.yaml"], "left behind: \(files)")
    }

    @Test func wrongTypeAndSyntaxErrorsExitOne() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "canvas: instagram-square\nbody:\n  text: {content: Halo, size: besar}\n"
            .write(to: dir.appendingPathComponent("type.yaml"), atomically: true, encoding: .utf8)
        try "canvas: instagram-square\nbody: [\n".write(to: dir.appendingPathComponent("syntax.yaml"), atomically: true, encoding: .utf8)
        let wrongType = try CLI.run(["check", "type.yaml"], in: dir)
        #expect(wrongType.status == 1)
        #expect(wrongType.stderr.contains("type.yaml:3:"), "stderr: \(wrongType.stderr)")
        #expect(wrongType.stderr.contains("size"))
        let syntax = try CLI.run(["check", "syntax.yaml"], in: dir)
        #expect(syntax.status == 1)
        #expect(syntax.stderr.contains("syntax.yaml:"), "stderr: \(syntax.stderr)")
    }

    @Test func jsonDiagnosticsForTools() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "canvas: instagram-square\nbody:\n  colum: {}\n".write(to: dir.appendingPathComponent("k.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "k.yaml", "--diagnostic-format", "json"], in: dir)
        #expect(result.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [[String: Any]])
        #expect(items.first?["line"] as? Int == 3)
        #expect(items.first?["severity"] as? String == "error")
    }

    @Test func altTextIsWrittenBesideTheOutputsAndIntoTheSVG() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("kartu.png").path, svg = dir.appendingPathComponent("kartu.svg").path
        let result = try CLI.run(["render", "layouts/asn-medsos.yaml", "-o", png, "-o", svg, "--alt-text"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let alt = try String(contentsOfFile: dir.appendingPathComponent("kartu.alt.txt").path, encoding: .utf8)
        #expect(alt.contains("73,7% penduduk sudah terhubung internet"))
        #expect(alt.contains("— Widodo Muktiyo, Dirjen IKP Kominfo"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == ["kartu.alt.txt", "kartu.png", "kartu.svg"])
        let svgText = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(svgText.contains("<desc>"))
        #expect(svgText.contains("73,7% penduduk sudah terhubung internet"))
    }

    @Test func a4CanvasIsAnA4PDFPageAndA300DpiPNG() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "canvas: a4-portrait\nbody:\n  text: {content: Halo, size: 120}\n"
            .write(to: dir.appendingPathComponent("a4.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["render", "a4.yaml", "-o", "a4.pdf", "-o", "a4.png"], in: dir)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let pdf = String(decoding: try Data(contentsOf: dir.appendingPathComponent("a4.pdf")), as: UTF8.self)
        // 210 x 297 mm = 595.2 x 841.92 pt, whatever the pixel size of the canvas.
        #expect(pdf.contains("/MediaBox [ 0 0 595.2 841.92 ]"))
        let png = try Data(contentsOf: dir.appendingPathComponent("a4.png"))
        #expect(png[16..<24].elementsEqual([0, 0, 0x09, 0xB0, 0, 0, 0x0D, 0xB4]))  // 2480 x 3508
    }

    @Test func unknownOutputExtensionIsRefused() throws {
        let result = try CLI.run(["render", twin, "-o", "/tmp/card.gif"])
        #expect(result.status != 0)
        #expect(result.stderr.contains(".png, .svg or .pdf"))
    }
}
