/// The codes of a dynamic-Huffman block and its header (RFC 1951 §3.2.7): the code lengths of
/// both codes, run-length encoded with symbols 16-18 and themselves Huffman coded.
struct DynamicHeader {
    /// Literal/length code (symbols 0...285).
    var literalLength: HuffmanCode
    /// Distance code (codes 0...29).
    var distance: HuffmanCode
    /// Code-length code (symbols 0...18, at most 7 bits).
    private var codeLength: HuffmanCode
    /// Literal/length and distance codes sent (HLIT + 257, HDIST + 1).
    private var literalLengthCount: Int, distanceCount: Int
    /// Code-length codes sent, in `order` (HCLEN + 4).
    private var codeLengthCount: Int
    /// Run-length encoded code lengths: symbol 0...18 and the value of its extra bits.
    private var runs: [(symbol: UInt8, extra: UInt8)]

    /// Order in which the code-length code's lengths are sent.
    private static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    init(_ histogram: DeflateBlockWriter.Histogram) {
        literalLength = HuffmanCode(frequencies: histogram.literalLength, limit: 15)
        distance = HuffmanCode(frequencies: histogram.distance, limit: 15)
        literalLengthCount = max(257, (literalLength.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        distanceCount = max(1, (distance.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        runs = Self.runs(Array(literalLength.lengths[..<literalLengthCount] + distance.lengths[..<distanceCount]))
        var frequencies = [UInt32](repeating: 0, count: 19)
        for run in runs { frequencies[Int(run.symbol)] += 1 }
        codeLength = HuffmanCode(frequencies: frequencies, limit: 7)
        let lengths = codeLength.lengths
        codeLengthCount = max(4, (Self.order.lastIndex { lengths[$0] > 0 } ?? 0) + 1)
    }

    /// Bits of the block header (with the 3 bits of BFINAL and BTYPE).
    var cost: Int {
        var bits = 3 + 5 + 5 + 4 + 3 * codeLengthCount
        for run in runs { bits += Int(codeLength.lengths[Int(run.symbol)]) + Self.extraBits(run.symbol) }
        return bits
    }

    /// Writes HLIT, HDIST, HCLEN, the code-length code and the code lengths.
    func write(to writer: inout DeflateBlockWriter) {
        writer.put(literalLengthCount - 257, 5)
        writer.put(distanceCount - 1, 5)
        writer.put(codeLengthCount - 4, 4)
        writer.flush()
        for symbol in Self.order.prefix(codeLengthCount) {
            writer.put(Int(codeLength.lengths[symbol]), 3)
            writer.flush()
        }
        for run in runs {
            let symbol = Int(run.symbol)
            writer.put(Int(codeLength.codes[symbol]), Int(codeLength.lengths[symbol]))
            writer.put(Int(run.extra), Self.extraBits(run.symbol))
            writer.flush()
        }
    }

    private static func extraBits(_ symbol: UInt8) -> Int {
        switch symbol {
        case 16: 2
        case 17: 3
        case 18: 7
        default: 0
        }
    }

    /// Code lengths as runs: 16 repeats the previous length 3-6 times, 17 and 18 give 3-10 and
    /// 11-138 zeros; shorter runs are sent as they are.
    private static func runs(_ lengths: [UInt8]) -> [(symbol: UInt8, extra: UInt8)] {
        var runs: [(symbol: UInt8, extra: UInt8)] = []
        var i = 0
        while i < lengths.count {
            let length = lengths[i]
            var run = 1
            while i + run < lengths.count && lengths[i + run] == length { run += 1 }
            i += run
            if length == 0 {
                while run >= 11 {
                    let n = min(run, 138)
                    runs.append((18, UInt8(n - 11)))
                    run -= n
                }
                if run >= 3 {
                    runs.append((17, UInt8(run - 3)))
                    run = 0
                }
            } else {
                runs.append((length, 0))
                run -= 1
                while run >= 3 {
                    let n = min(run, 6)
                    runs.append((16, UInt8(n - 3)))
                    run -= n
                }
            }
            runs += repeatElement((symbol: length, extra: UInt8(0)), count: run)
        }
        return runs
    }
}
