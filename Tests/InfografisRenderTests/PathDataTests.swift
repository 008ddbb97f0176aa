import Testing
import Foundation
import InfografisCore
@testable import InfografisRender

@Suite struct PathDataTests {
    private func p(_ x: Double, _ y: Double) -> Point { Point(x, y) }

    @Test func absoluteLinesAndClose() throws {
        let segments = try PathData.parse("M10 20 L30 40 H50 V60 Z")
        #expect(segments == [.move(p(10, 20)), .line(p(30, 40)), .line(p(50, 40)), .line(p(50, 60)), .close])
    }

    @Test func relativeCommandsAreRelativeToTheCurrentPoint() throws {
        let segments = try PathData.parse("m10 20 l5 5 h10 v-10 z m1 1 l1 0")
        #expect(segments == [.move(p(10, 20)), .line(p(15, 25)), .line(p(25, 25)), .line(p(25, 15)), .close,
                             // after z the current point is the subpath start (10, 20)
                             .move(p(11, 21)), .line(p(12, 21))])
    }

    @Test func implicitRepeatsAfterMoveAreLines() throws {
        #expect(try PathData.parse("M0 0 10 0 10 10") == [.move(p(0, 0)), .line(p(10, 0)), .line(p(10, 10))])
        #expect(try PathData.parse("m1 1 2 0 0 2") == [.move(p(1, 1)), .line(p(3, 1)), .line(p(3, 3))])
        #expect(try PathData.parse("M0 0L1 1 2 2") == [.move(p(0, 0)), .line(p(1, 1)), .line(p(2, 2))])
    }

    @Test func compactNumbers() throws {
        #expect(try PathData.parse("M-.5.5L1.5e-3-2E1") == [.move(p(-0.5, 0.5)), .line(p(0.0015, -20))])
        #expect(try PathData.parse("M+1,2l3,4") == [.move(p(1, 2)), .line(p(4, 6))])
        #expect(try PathData.parse(" \t\nM 1 , 2 \r\n") == [.move(p(1, 2))])
        // "1.5.5.5" is three numbers: a moveto and half of an implicit lineto, which is an error.
        let data = PathData(parsing: "M1.5.5.5")
        #expect(data.segments == [.move(p(1.5, 0.5))])
        #expect(data.error?.offset == 8)
    }

    @Test func cubicAndSmoothCubic() throws {
        let segments = try PathData.parse("M0 0 C1 2 3 4 5 6 S9 10 11 12 s1 1 2 2")
        #expect(segments == [
            .move(p(0, 0)),
            .cubic(p(1, 2), p(3, 4), p(5, 6)),
            .cubic(p(7, 8), p(9, 10), p(11, 12)),  // first control reflects (3,4) about (5,6)
            .cubic(p(13, 14), p(12, 13), p(13, 14)),  // reflects (9,10) about (11,12); relative to (11,12)
        ])
        // S without a preceding cubic uses the current point as its first control point.
        #expect(try PathData.parse("M1 1 S2 2 3 3") == [.move(p(1, 1)), .cubic(p(1, 1), p(2, 2), p(3, 3))])
    }

    @Test func quadraticsBecomeExactCubics() throws {
        let segments = try PathData.parse("M0 0 Q3 3 6 0 T12 0 t6 0")
        #expect(segments == [
            .move(p(0, 0)),
            .cubic(p(2, 2), p(4, 2), p(6, 0)),
            .cubic(p(8, -2), p(10, -2), p(12, 0)),  // control (9,-3) reflected from (3,3)
            .cubic(p(14, 2), p(16, 2), p(18, 0)),  // control (15,3)
        ])
        let relative = try PathData.parse("m0 0 q3 3 6 0")
        #expect(relative == Array(segments.prefix(2)))
        // T without a preceding quadratic uses the current point as control: a straight line.
        #expect(try PathData.parse("M0 0 T3 0") == [.move(p(0, 0)), .cubic(p(0, 0), p(1, 0), p(3, 0))])
    }

    @Test func arcEndsAtItsEndpointAndFollowsTheCircle() throws {
        // A half circle of radius 10 from (0,0) to (20,0) sweeping clockwise (through (10,-10) in y-down).
        let segments = try PathData.parse("M0 0 A10 10 0 0 1 20 0")
        #expect(segments.count == 3)
        guard case let .cubic(_, _, mid) = segments[1], case let .cubic(_, _, end) = segments[2] else {
            Issue.record("expected cubics, got \(segments)")
            return
        }
        #expect(abs(mid.x - 10) < 1e-9 && abs(mid.y + 10) < 1e-9)
        #expect(end == p(20, 0))
        // The other sweep goes through (10, 10).
        let other = try PathData.parse("M0 0 a10 10 0 0 0 20 0")
        guard case let .cubic(_, _, otherMid) = other[1] else {
            Issue.record("expected a cubic, got \(other)")
            return
        }
        #expect(abs(otherMid.x - 10) < 1e-9 && abs(otherMid.y - 10) < 1e-9)
    }

    @Test func arcRadiiAreScaledUpWhenTooSmall() throws {
        // Radius 1 cannot span 20 units: it is scaled to 10 (F.6.6), giving the same half circle.
        let small = try PathData.parse("M0 0 A1 1 0 0 1 20 0")
        let exact = try PathData.parse("M0 0 A10 10 0 0 1 20 0")
        #expect(small.count == exact.count)
        for (a, b) in zip(small, exact) {
            guard case let .cubic(a1, a2, a3) = a, case let .cubic(b1, b2, b3) = b else { continue }
            for (u, v) in [(a1, b1), (a2, b2), (a3, b3)] {
                #expect(abs(u.x - v.x) < 1e-9 && abs(u.y - v.y) < 1e-9)
            }
        }
    }

    @Test func largeArcFlagAndCompactFlags() throws {
        // Flags written without separators, as Material Design Icons do: "a1 1 0 011 1".
        let compact = try PathData.parse("M0 0a10 10 0 1120 0")
        let spaced = try PathData.parse("M0 0 a 10 10 0 1 1 20 0")
        #expect(compact == spaced)
        // Large arc with radius 20 from (0,0) to (20,0): more than half a circle, so more cubics.
        let large = try PathData.parse("M0 0 A20 20 0 1 1 20 0")
        let small = try PathData.parse("M0 0 A20 20 0 0 1 20 0")
        #expect(large.count > small.count)
        #expect(large.last.map { if case let .cubic(_, _, e) = $0 { e == p(20, 0) } else { false } } == true)
    }

    @Test func degenerateArcs() throws {
        #expect(try PathData.parse("M5 5 A0 10 0 0 1 20 0") == [.move(p(5, 5)), .line(p(20, 0))])
        #expect(try PathData.parse("M5 5 A10 10 0 0 1 5 5") == [.move(p(5, 5))])
    }

    @Test func rotatedEllipseEndsAtEndpoint() throws {
        let segments = try PathData.parse("M10 10 A30 10 45 1 0 50 40")
        guard case let .cubic(_, _, end) = segments.last else {
            Issue.record("expected a cubic")
            return
        }
        #expect(end == p(50, 40))
    }

    @Test(arguments: [
        ("", nil as Int?),
        ("L1 1", 0), ("10 10", 0), ("M1", 2), ("M1 2 L", 6), ("M1 2 X3", 5),
        ("M1 2 Z 3 4", 7), ("M0 0 A1 1 0 2 1 3 3", 12), ("M1e 2", 2), ("M1,,2", 3), ("M1 2,", 4),
        ("M 1e999 0", 2), ("M-", 1), ("M.", 1),
    ])
    func malformedInputReportsAnOffset(input: String, offset: Int?) {
        let data = PathData(parsing: input)
        #expect(data.error?.offset == offset, "\(input): \(String(describing: data.error))")
    }

    @Test func drawsWhatParsedBeforeAnError() {
        let data = PathData(parsing: "M0 0 L10 10 L20")
        #expect(data.segments == [.move(p(0, 0)), .line(p(10, 10))])
        #expect(data.error != nil)
    }

    @Test func materialDesignIconParses() throws {
        // mdi "heart": uses M, L, C, S, z with compact numbers.
        let heart = "M12,21.35L10.55,20.03C5.4,15.36 2,12.27 2,8.5C2,5.41 4.42,3 7.5,3C9.24,3 10.91,3.81 12,5.08C13.09,3.81 14.76,3 16.5,3C19.58,3 22,5.41 22,8.5C22,12.27 18.6,15.36 13.45,20.03L12,21.35Z"
        let segments = try PathData.parse(heart)
        #expect(segments.count == 10)
        #expect(segments.first == .move(p(12, 21.35)))
        // mdi "account-circle" style arcs with compact flags.
        let arcs = try PathData.parse("M12,2A10,10 0 0,0 2,12A10,10 0 0,0 12,22A10,10 0 0,0 22,12A10,10 0 0,0 12,2M12,19.2C9.5,19.2 7.29,17.92 6,16C6.03,14 10,12.9 12,12.9C14,12.9 17.97,14 18,16C16.71,17.92 14.5,19.2 12,19.2Z")
        #expect(arcs.count > 10)
    }

    static let mdiFont = "/usr/share/fonts/svg/materialdesignicons-webfont/materialdesignicons-webfont.svg"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: mdiFont)))
    func everyInstalledMaterialDesignIconParses() throws {
        let text = try String(contentsOfFile: Self.mdiFont, encoding: .utf8)
        var count = 0
        for line in text.components(separatedBy: "<glyph ").dropFirst() {
            guard let start = line.range(of: " d=\""), let end = line[start.upperBound...].firstIndex(of: "\"") else { continue }
            let data = PathData(parsing: String(line[start.upperBound..<end]))
            #expect(data.error == nil, "glyph \(count): \(String(describing: data.error))")
            #expect(!data.segments.isEmpty)
            count += 1
        }
        #expect(count > 1500)
    }
}
