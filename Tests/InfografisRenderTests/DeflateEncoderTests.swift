import Testing
import Foundation
@testable import InfografisRender

/// Our deflate encoder on raw byte streams, checked by an independent inflater (Python's zlib),
/// and its Huffman code construction.
@Suite struct DeflateEncoderTests {
    /// The zlib stream of `data` (rows of `rowLength` bytes, pixels of `pixelLength`).
    static func compress(_ data: [UInt8], rowLength: Int, pixelLength: Int = 3,
                         workspace: RasterWorkspace = RasterWorkspace()) -> [UInt8] {
        data.withUnsafeBufferPointer { buffer in
            Array(DeflateEncoder.zlib(buffer, rowLength: rowLength, pixelLength: pixelLength, workspace: workspace))
        }
    }

    /// `stream` inflated by Python's zlib, which also checks the Adler-32.
    static func pythonInflate(_ stream: [UInt8]) throws -> [UInt8] {
        let (input, output) = (temporaryURL("deflate.z"), temporaryURL("deflate.raw"))
        defer { for url in [input, output] { try? FileManager.default.removeItem(at: url) } }
        try Data(stream).write(to: input)
        let script = "import sys, zlib; open(sys.argv[2], 'wb').write(zlib.decompress(open(sys.argv[1], 'rb').read()))"
        let (status, _) = try run(PNGEncoderTests.python ?? "python3", ["-c", script, input.path, output.path])
        guard status == 0 else { throw DecodeError.failed("zlib rejected the stream (python exited with \(status))") }
        return Array(try Data(contentsOf: output))
    }

    static func noise(_ count: Int, seed: UInt64) -> [UInt8] {
        var rng = SplitMix(state: seed)
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
    }

    /// Rows of `rowLength` bytes (filter byte 0, then pixels) made by `row(y)`.
    static func rows(_ count: Int, rowLength: Int, _ row: (Int) -> [UInt8]) -> [UInt8] {
        (0..<count).flatMap { y in
            let pixels = row(y)
            precondition(pixels.count == rowLength - 1)
            return [0] + pixels
        }
    }

    /// Inputs that exercise each part of the encoder: name, data, row length, pixel length.
    static let streams: [(String, [UInt8], Int, Int)] = {
        let flat = rows(200, rowLength: 301) { _ in Array([UInt8]([0x0B, 0x3C, 0x5D]).repeated(100)) }
        let sameRow = noise(3 * 500, seed: 1)
        let identicalRows = rows(300, rowLength: 1501) { _ in sameRow }
        // Words from a small vocabulary: literals and short matches at many distances, across
        // several blocks of tokens.
        var rng = SplitMix(state: 2)
        let words = (0..<64).map { _ in noise(Int.random(in: 3...12, using: &rng), seed: rng.next()) }
        var text: [UInt8] = []
        while text.count < 400_000 { text += words[Int.random(in: 0..<64, using: &rng)] + [UInt8.random(in: 0...255, using: &rng)] }
        // Rows wider than the 32 KiB window: the row above is out of reach.
        let wideRow = noise(16384 * 3, seed: 3)
        let wide = rows(3, rowLength: wideRow.count + 1) { _ in wideRow }
        let justInWindow = rows(3, rowLength: 32767) { y in y == 1 ? noise(32766, seed: 4) : Array(wideRow[..<32766]) }
        let justBeyond = rows(3, rowLength: 32770) { _ in Array(wideRow[..<32769]) }
        let rgba = rows(64, rowLength: 4 * 40 + 1) { y in (0..<40).flatMap { x in [UInt8(x * 6), UInt8(y * 4), 0x80, x < y ? 0 : 0xFF] } }
        return [
            ("noise", noise(200_000, seed: 5), 201, 3),
            ("single colour", flat, 301, 3),
            ("zeros", [UInt8](repeating: 0, count: 1_000_000), 1000, 3),
            ("identical rows", identicalRows, 1501, 3),
            ("text-like", text, 4001, 3),
            ("rows wider than the window", wide, wideRow.count + 1, 3),
            ("row distance 32767", justInWindow, 32767, 3),
            ("row distance 32770", justBeyond, 32770, 3),
            ("RGBA", rgba, 161, 4),
            ("one byte", [0], 1, 3),
            ("four bytes", [0, 7, 7, 7], 4, 3),
            ("nine bytes", [0, 1, 2, 3, 1, 2, 3, 1, 2], 9, 3),
        ]
    }()

    @Test(.enabled(if: PNGEncoderTests.python != nil), arguments: streams.indices)
    func pythonZlibInflatesTheStream(index: Int) throws {
        let (name, data, rowLength, pixelLength) = Self.streams[index]
        let stream = Self.compress(data, rowLength: rowLength, pixelLength: pixelLength)
        #expect(try Self.pythonInflate(stream) == data, "\(name)")
        #expect(stream.count <= DeflateEncoder.bound(count: data.count) - 8, "\(name)")
    }

    @Test func incompressibleDataCostsLittleMoreThanItsSize() {
        let data = Self.noise(300_000, seed: 6)
        let stream = Self.compress(data, rowLength: 301)
        // Stored blocks: 5 bytes per block of tokens (at most 65,535 bytes each), plus the
        // zlib header and Adler-32.
        let blocks = data.count / DeflateEncoder.blockTokens + data.count / 65535 + 2
        #expect(stream.count <= data.count + 5 * blocks + 6)
    }

    @Test func flatRowsAndIdenticalRowsShrinkToMaximalMatches() {
        // 1 MB of zeros is about 3,900 matches of 258 bytes, each of them a few bits.
        let zeros = Self.compress([UInt8](repeating: 0, count: 1_000_000), rowLength: 1000)
        #expect(zeros.count < 2_000, "\(zeros.count)")
        let row = Self.noise(3000, seed: 7)
        let identical = Self.compress(Self.rows(400, rowLength: 3001) { _ in row }, rowLength: 3001)
        #expect(identical.count < 3000 + 400 * 12 * 2, "\(identical.count)")
    }

    /// Same bytes in, same bytes out, whatever the workspace encoded before.
    @Test func outputIsDeterministic() {
        let workspace = RasterWorkspace()
        for (_, data, rowLength, pixelLength) in Self.streams {
            let fresh = Self.compress(data, rowLength: rowLength, pixelLength: pixelLength)
            let reused = Self.compress(data, rowLength: rowLength, pixelLength: pixelLength, workspace: workspace)
            #expect(fresh == reused)
        }
    }

    // MARK: - Huffman codes

    /// Kraft sum of a code's lengths: exactly 1 for a complete prefix code.
    static func kraft(_ code: HuffmanCode) -> Double {
        code.lengths.reduce(0) { $1 == 0 ? $0 : $0 + pow(2, -Double($1)) }
    }

    @Test func codesAreCompleteAndWithinTheirLimit() {
        var rng = SplitMix(state: 8)
        for trial in 0..<600 {
            let (count, limit) = [(19, 7), (30, 15), (286, 15)][trial % 3]
            let frequencies = (0..<count).map { _ in
                UInt32.random(in: 0...3, using: &rng) == 0 ? 0 : UInt32(1) << UInt32.random(in: 0...20, using: &rng)
            }
            let code = HuffmanCode(frequencies: frequencies, limit: limit)
            #expect(Self.kraft(code) == 1, "\(frequencies)")
            #expect(code.lengths.allSatisfy { $0 <= limit }, "\(frequencies)")
            #expect(zip(frequencies, code.lengths).allSatisfy { ($0 > 0) == ($1 > 0) || $0 == 0 })
        }
    }

    /// Fibonacci frequencies make the deepest possible tree: limiting must kick in.
    @Test(arguments: [(19, 7), (30, 15)])
    func fibonacciFrequenciesAreLimited(count: Int, limit: Int) {
        var frequencies: [UInt32] = [1, 1]
        while frequencies.count < count { frequencies.append(frequencies[frequencies.count - 1] + frequencies[frequencies.count - 2]) }
        let code = HuffmanCode(frequencies: frequencies, limit: limit)
        #expect(code.lengths.max() == UInt8(limit))
        #expect(Self.kraft(code) == 1)
        // The more frequent symbol never gets the longer code.
        #expect(zip(code.lengths, code.lengths.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test func oneUsedSymbolStillGetsACompleteCode() {
        var frequencies = [UInt32](repeating: 0, count: 30)
        frequencies[7] = 5
        let code = HuffmanCode(frequencies: frequencies, limit: 15)
        #expect(code.lengths[7] == 1 && code.lengths[0] == 1)
        #expect(Self.kraft(code) == 1)
    }

    @Test func canonicalCodesMatchTheRFCExample() {
        // RFC 1951 §3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give F = 00, A = 010 ... H = 1111.
        let codes = HuffmanCode.canonicalCodes([3, 3, 3, 3, 3, 2, 4, 4])
        // Read least significant bit first, as deflate sends them: F = 00, A = 010 → 0b010, ...
        let reversed: [UInt16] = [0b010, 0b110, 0b001, 0b101, 0b011, 0b00, 0b0111, 0b1111]
        #expect(codes == reversed)
    }

    @Test func lengthAndDistanceCodesMatchTheRFCTables() {
        let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        for (code, base) in lengthBase.enumerated() {
            #expect(DeflateBlockWriter.lengthCode(base) == code)
            #expect(DeflateBlockWriter.lengthExtra(code: code, length: base).value == 0)
        }
        #expect(DeflateBlockWriter.lengthExtra(code: 27, length: 257) == (5, 30))
        let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                            2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
        for (code, base) in distanceBase.enumerated() {
            #expect(DeflateBlockWriter.distanceCode(base) == code)
            #expect(DeflateBlockWriter.distanceExtra(code: code, distance: base).value == 0)
        }
        #expect(DeflateBlockWriter.distanceCode(32768) == 29)
        #expect(DeflateBlockWriter.distanceExtra(code: 29, distance: 32768) == (13, 8191))
    }
}

private extension Array {
    func repeated(_ times: Int) -> [Element] { (0..<times).flatMap { _ in self } }
}
