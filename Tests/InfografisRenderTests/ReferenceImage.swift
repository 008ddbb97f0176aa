import Testing
import Foundation
import InfografisLayout
@testable import InfografisRender

// Reference-image testing: render a frame to PNG and compare with References/<name>.png with a
// tolerance of 1 per channel. INFOGRAFIS_RECORD=1 records the reference instead, and fails so
// recording is never silent. On a mismatch, expected/actual/diff PNGs go to failures/ (gitignored).

enum ReferenceImage {
    /// References/ in the source tree (where recording writes).
    static let sourceDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("References")
    /// failures/ beside the tests.
    static let failuresDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("failures")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["INFOGRAFIS_RECORD"] == "1" }

    /// Expects `frame` rendered as PNG at `scale` to match the reference `name`.
    static func expectMatch(_ frame: Frame, named name: String, scale: Double = 1,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let png = try Renderer.render(frame, as: .png, options: RenderOptions(scale: scale))
        try expectMatch(png: png, named: name, sourceLocation: sourceLocation)
    }

    static func expectMatch(png: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            try FileManager.default.createDirectory(at: sourceDirectory, withIntermediateDirectories: true)
            try Data(png).write(to: sourceDirectory.appendingPathComponent(name + ".png"))
            Issue.record("Recorded reference \(name).png; look at it, then run again without INFOGRAFIS_RECORD.",
                         sourceLocation: sourceLocation)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "png", subdirectory: "References") else {
            Issue.record("No reference \(name).png; run with INFOGRAFIS_RECORD=1 to record it.", sourceLocation: sourceLocation)
            return
        }
        let expected = try Pixels(decodingPNG: Array(try Data(contentsOf: url)))
        let actual = try Pixels(decodingPNG: png)
        let differing = actual.differingPixels(from: expected, tolerance: 1)
        guard differing != 0 else { return }
        try FileManager.default.createDirectory(at: failuresDirectory, withIntermediateDirectories: true)
        try Data(try Data(contentsOf: url)).write(to: failuresDirectory.appendingPathComponent(name + "-expected.png"))
        try Data(png).write(to: failuresDirectory.appendingPathComponent(name + "-actual.png"))
        if differing != nil {
            let diff = try PNGEncoder.encode(try diffImage(expected, actual).surface(), level: 6)
            try Data(diff).write(to: failuresDirectory.appendingPathComponent(name + "-diff.png"))
        }
        let what = differing.map { "\($0) pixels differ" }
            ?? "size \(actual.width)x\(actual.height) differs from \(expected.width)x\(expected.height)"
        Issue.record("\(name): \(what) by more than 1 per channel; see \(failuresDirectory.path)/\(name)-*.png",
                     sourceLocation: sourceLocation)
    }

    /// Differing pixels in opaque red over a faint copy of the expected image.
    static func diffImage(_ expected: Pixels, _ actual: Pixels) -> Pixels {
        var argb = expected.argb.map { p -> UInt32 in
            let gray = (((p >> 16) & 0xFF) + ((p >> 8) & 0xFF) + (p & 0xFF)) / 3
            let faint = 0xFF - (0xFF - gray) / 4
            return 0xFF00_0000 | faint << 16 | faint << 8 | faint
        }
        for i in 0..<argb.count {
            let e = Pixels(width: 1, height: 1, argb: [expected.argb[i]])
            let a = Pixels(width: 1, height: 1, argb: [actual.argb[i]])
            if (e.differingPixels(from: a, tolerance: 1) ?? 1) > 0 { argb[i] = 0xFFFF_0000 }
        }
        return Pixels(width: expected.width, height: expected.height, argb: argb)
    }
}
