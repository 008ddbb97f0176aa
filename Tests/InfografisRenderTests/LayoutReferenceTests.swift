import Foundation
import Testing
import Infografis
import InfografisFiles

/// Whole example layouts from layouts/, rendered at two scales and compared with references
/// that were looked at. Catches any change anywhere in the pipeline that moves a pixel.
@Suite(.serialized)
struct LayoutReferenceTests {
    static let layouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("layouts")

    @Test(arguments: ["asn-medsos", "dsl-twin"], [0.5, 1.0])
    func exampleLayoutMatchesReference(_ name: String, scale: Double) throws {
        let infographic = try LayoutFile.load(path: Self.layouts.appendingPathComponent(name + ".yaml").path)
        let engine = Engine()
        let laidOut = engine.layout(try engine.prepare(infographic.document()))
        #expect(laidOut.warnings.isEmpty, "\(laidOut.warnings)")
        let png = try engine.render(laidOut, as: .png, scale: scale)
        try ReferenceImage.expectMatch(png: png, named: "layout-\(name)@\(scale == 1 ? "1x" : "0.5x")")
    }
}
