/// Writes deflate blocks (RFC 1951 §3.2.3-3.2.7) from LZ77 tokens: each block is written as
/// whichever of dynamic Huffman, fixed Huffman or stored is smallest, so incompressible data
/// costs at most five bytes per 64 KiB more than its size.
struct DeflateBlockWriter {
    /// Output position; the buffer must hold `DeflateEncoder.bound(count:)` bytes.
    private(set) var output: UnsafeMutablePointer<UInt8>
    /// Pending bits, least significant first; `bitCount` of them are valid (< 8 between tokens).
    private var bits: UInt64 = 0
    private var bitCount = 0

    init(output: UnsafeMutablePointer<UInt8>) {
        self.output = output
    }

    // MARK: - Tokens

    /// An LZ77 token in 32 bits: a literal byte (length 0) or a match of `length` (3...258)
    /// bytes at `distance` (1...32768) bytes back.
    struct Token {
        var raw: UInt32

        @inline(__always) static func literal(_ byte: UInt8) -> Token { Token(raw: UInt32(byte)) }
        @inline(__always) static func match(length: Int, distance: Int) -> Token {
            Token(raw: UInt32(truncatingIfNeeded: length << 16 | distance))
        }
        @inline(__always) var length: Int { Int(raw >> 16) }
        @inline(__always) var literal: Int { Int(raw & 0xFF) }
        @inline(__always) var distance: Int { Int(raw & 0xFFFF) }
    }

    /// Length code (0...28; symbol 257 + code) of a match length 3...258.
    @inline(__always) static func lengthCode(_ length: Int) -> Int {
        let l = length - 3
        if l < 8 { return l }
        if length == 258 { return 28 }
        let high = Int.bitWidth - 1 - l.leadingZeroBitCount
        return 4 * (high - 1) + (l >> (high - 2)) & 3
    }

    /// Extra bits of a length code and the value they carry for `length`.
    @inline(__always) static func lengthExtra(code: Int, length: Int) -> (count: Int, value: Int) {
        guard code >= 8, code < 28 else { return (0, 0) }
        let count = code / 4 - 1
        return (count, length - 3 - (4 + code & 3) << count)
    }

    /// Distance code (0...29) of a distance 1...32768.
    @inline(__always) static func distanceCode(_ distance: Int) -> Int {
        let d = distance - 1
        if d < 4 { return d }
        let high = Int.bitWidth - 1 - d.leadingZeroBitCount
        return 2 * high + (d >> (high - 1)) & 1
    }

    /// Extra bits of a distance code and the value they carry for `distance`.
    @inline(__always) static func distanceExtra(code: Int, distance: Int) -> (count: Int, value: Int) {
        guard code >= 4 else { return (0, 0) }
        let count = code / 2 - 1
        return (count, distance - 1 - (2 + code & 1) << count)
    }

    // MARK: - Blocks

    /// Symbol counts of one block's tokens, gathered while the tokens are made.
    struct Histogram {
        /// Uses of each literal/length symbol (0...285).
        var literalLength: [UInt32]
        /// Uses of each distance code (0...29).
        var distance: [UInt32]

        /// The counts in `counts`: 286 literal/length symbols, then 30 distance codes.
        init(_ counts: UnsafeMutablePointer<UInt32>) {
            literalLength = Array(UnsafeBufferPointer(start: counts, count: 286))
            distance = Array(UnsafeBufferPointer(start: counts + 286, count: 30))
        }

        /// Entries in the flat count array `init` reads.
        static let flatCount = 286 + 30
    }

    /// Writes `tokens`, which encode exactly `source`, as one block in the cheapest form.
    mutating func writeBlock(_ tokens: UnsafeBufferPointer<Token>, histogram: Histogram,
                             source: UnsafeBufferPointer<UInt8>, isFinal: Bool) {
        var frequencies = histogram
        frequencies.literalLength[256] = 1  // end of block
        let dynamic = DynamicHeader(frequencies)
        let fixedCost = 3 + Self.cost(frequencies, HuffmanCode.fixedLiteralLength, HuffmanCode.fixedDistance)
        let dynamicCost = dynamic.cost + Self.cost(frequencies, dynamic.literalLength, dynamic.distance)
        let storedCost = ((bitCount + 3 + 7) & ~7) - bitCount + 32 + 8 * source.count
            + 40 * max(0, (source.count - 1) / 65535)

        let start = (output: output, bits: bitCount)
        defer {
            let written = (output - start.output) * 8 + bitCount - start.bits
            assert(written == min(storedCost, fixedCost, dynamicCost),
                   "block took \(written) bits, estimated \(min(storedCost, fixedCost, dynamicCost))")
        }
        if storedCost <= min(fixedCost, dynamicCost) {
            writeStored(source, isFinal: isFinal)
        } else if fixedCost <= dynamicCost {
            put(isFinal ? 1 : 0, 1)
            put(1, 2)
            writeTokens(tokens, HuffmanCode.fixedLiteralLength, HuffmanCode.fixedDistance)
        } else {
            put(isFinal ? 1 : 0, 1)
            put(2, 2)
            dynamic.write(to: &self)
            writeTokens(tokens, dynamic.literalLength, dynamic.distance)
        }
    }

    /// Bits of the tokens counted in `histogram` (and end of block) with these codes.
    private static func cost(_ histogram: Histogram, _ literalLength: HuffmanCode, _ distance: HuffmanCode) -> Int {
        var bits = 0
        for (symbol, count) in histogram.literalLength.enumerated() where count > 0 {
            let extra = symbol >= 265 && symbol < 285 ? (symbol - 261) / 4 : 0
            bits += Int(count) * (Int(literalLength.lengths[symbol]) + extra)
        }
        for (code, count) in histogram.distance.enumerated() where count > 0 {
            bits += Int(count) * (Int(distance.lengths[code]) + (code >= 4 ? code / 2 - 1 : 0))
        }
        return bits
    }

    private mutating func writeTokens(_ tokens: UnsafeBufferPointer<Token>, _ literalLength: HuffmanCode,
                                      _ distance: HuffmanCode) {
        literalLength.codes.withUnsafeBufferPointer { litCodes in
        literalLength.lengths.withUnsafeBufferPointer { litLengths in
        distance.codes.withUnsafeBufferPointer { distCodes in
        distance.lengths.withUnsafeBufferPointer { distLengths in
            for token in tokens {
                let length = token.length
                if length == 0 {
                    put(Int(litCodes[token.literal]), Int(litLengths[token.literal]))
                } else {
                    let code = Self.lengthCode(length)
                    put(Int(litCodes[257 + code]), Int(litLengths[257 + code]))
                    let extra = Self.lengthExtra(code: code, length: length)
                    put(extra.value, extra.count)
                    let distanceCode = Self.distanceCode(token.distance)
                    put(Int(distCodes[distanceCode]), Int(distLengths[distanceCode]))
                    let distanceExtra = Self.distanceExtra(code: distanceCode, distance: token.distance)
                    put(distanceExtra.value, distanceExtra.count)
                }
                flush()  // at most 15 + 5 + 15 + 13 bits per token on top of < 8
            }
            put(Int(litCodes[256]), Int(litLengths[256]))
            flush()
        }}}}
    }

    /// Stored blocks of at most 65,535 bytes each, the last one final if `isFinal`.
    private mutating func writeStored(_ source: UnsafeBufferPointer<UInt8>, isFinal: Bool) {
        var start = 0
        repeat {
            let count = min(65535, source.count - start)
            let last = start + count == source.count
            put(isFinal && last ? 1 : 0, 1)
            put(0, 2)
            alignToByte()
            for value in [count, ~count & 0xFFFF] {
                output[0] = UInt8(truncatingIfNeeded: value)
                output[1] = UInt8(truncatingIfNeeded: value >> 8)
                output += 2
            }
            if count > 0 { output.update(from: source.baseAddress! + start, count: count) }
            output += count
            start += count
        } while start < source.count
    }

    // MARK: - Bits

    /// Appends the low `count` bits of `value`; `flush` must follow before 64 bits pile up.
    @inline(__always) mutating func put(_ value: Int, _ count: Int) {
        assert(bitCount + count <= 64 && value >> count == 0, "bit buffer overflow or value wider than its field")
        bits |= UInt64(truncatingIfNeeded: value) << UInt64(bitCount)
        bitCount += count
    }

    /// Moves the whole bytes of the pending bits to the output (one unaligned 8-byte store;
    /// the buffer has slack for it).
    @inline(__always) mutating func flush() {
        UnsafeMutableRawPointer(output).storeBytes(of: bits.littleEndian, as: UInt64.self)
        let bytes = bitCount >> 3
        output += bytes
        bits = bytes == 8 ? 0 : bits >> UInt64(bytes * 8)
        bitCount &= 7
    }

    /// Pads the pending bits with zeros to a byte boundary and writes them out.
    mutating func alignToByte() {
        flush()
        if bitCount > 0 { output += 1 }
        bits = 0
        bitCount = 0
    }
}
