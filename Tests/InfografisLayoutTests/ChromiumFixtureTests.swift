import Testing
import InfografisCore
@testable import InfografisLayout

/// Chromium fixtures: every node's unrounded border box must match Chromium's within 0.02 px
/// (Chromium snaps to 1/64 px layout units).
@Suite struct ChromiumFixtureTests {
    static let tolerance = 0.02

    /// Cases that do not match Chromium yet, with the reason. Each must still fail: if one starts
    /// passing, `withKnownIssue` reports it and it must be removed from this list.
    static let knownIssues: [String: String] = [:]

    @Test("fixtures exist") func fixturesExist() {
        #expect(FixtureLoader.allNames().count >= 220)
    }

    @Test(arguments: FixtureLoader.allNames())
    func matchesChromium(_ name: String) throws {
        let fixture = try FixtureLoader.load(name)
        let tree = computeLayout(fixture.root, in: fixture.canvas, measurer: NoTextMeasurer(),
                                 options: LayoutOptions(roundsToPixels: false))
        let frames = tree.preorderFrames
        try #require(frames.count == fixture.expected.count)
        let check = {
            for (index, (actual, expected)) in zip(frames, fixture.expected).enumerated() {
                let matches = abs(actual.x - expected.x) <= Self.tolerance && abs(actual.y - expected.y) <= Self.tolerance
                    && abs(actual.width - expected.width) <= Self.tolerance && abs(actual.height - expected.height) <= Self.tolerance
                #expect(matches, "\(name) (\(fixture.description)): \(fixture.paths[index]) is \(actual.debugText), Chromium \(expected.debugText)")
            }
        }
        if let reason = Self.knownIssues[name] {
            withKnownIssue(Comment(rawValue: reason)) { check() }
        } else {
            check()
        }
    }
}

/// Fixtures contain no text; a text request is a bug in the test.
struct NoTextMeasurer: TextMeasuring {
    func layout(_ text: TextContent, maxWidth: Double?, maxHeight: Double?) -> TextLayout {
        Issue.record("unexpected text measurement")
        return TextLayout(size: .zero, fontSize: text.style.size, lineCount: 0, firstBaseline: 0)
    }
}

extension Rect {
    var debugText: String { "(x \(x), y \(y), w \(width), h \(height))" }
}
