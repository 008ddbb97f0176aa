/// A canonical, length-limited Huffman code over a deflate alphabet (RFC 1951 §3.2.2): the
/// code length of each symbol and its code, bit-reversed because deflate packs bits from the
/// least significant end while Huffman codes are defined from the most significant bit.
struct HuffmanCode {
    /// Code length of each symbol in bits, 0 for a symbol that is not used.
    var lengths: [UInt8]
    /// Code of each symbol, bit-reversed, ready to be written least significant bit first.
    var codes: [UInt16]
}

extension HuffmanCode {
    /// The optimal code for `frequencies` whose lengths are at most `limit` bits (15 for
    /// literals/lengths and distances, 7 for code lengths). At least two symbols always get a
    /// code, so the code is complete even for a block with one used symbol, as zlib requires.
    init(frequencies: [UInt32], limit: Int) {
        var used = frequencies.indices.filter { frequencies[$0] > 0 }
        // Unused symbols with the smallest numbers make up the two symbols a complete code needs.
        for symbol in frequencies.indices where used.count < 2 && !used.contains(symbol) {
            used.append(symbol)
        }
        used.sort { (frequencies[$0], $0) < (frequencies[$1], $1) }

        var depths = Self.leafDepths(ascendingWeights: used.map { Int(frequencies[$0]) })
        Self.limit(&depths, to: limit)
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        for (symbol, depth) in zip(used, depths) { lengths[symbol] = UInt8(depth) }
        self.init(lengths: lengths, codes: Self.canonicalCodes(lengths))
    }

    /// The fixed literal/length code of RFC 1951 §3.2.6 (288 symbols).
    static let fixedLiteralLength: HuffmanCode = {
        let lengths = (0..<288).map { symbol -> UInt8 in
            switch symbol {
            case 0..<144: 8
            case 144..<256: 9
            case 256..<280: 7
            default: 8
            }
        }
        return HuffmanCode(lengths: lengths, codes: canonicalCodes(lengths))
    }()

    /// The fixed distance code: 5 bits for each of the 30 distance codes.
    static let fixedDistance: HuffmanCode = {
        let lengths = [UInt8](repeating: 5, count: 30)
        return HuffmanCode(lengths: lengths, codes: canonicalCodes(lengths))
    }()

    // MARK: - Construction

    /// Depths of the leaves of a Huffman tree over `weights` (sorted ascending, at least two),
    /// in the same order (so non-increasing): Moffat and Katajainen's in-place algorithm,
    /// "In-Place Calculation of Minimum-Redundancy Codes" (1995).
    private static func leafDepths(ascendingWeights weights: [Int]) -> [Int] {
        var a = weights
        let n = a.count
        // Phase 1: combine weights; a[i] becomes the parent index of internal node i.
        a[0] += a[1]
        var root = 0, leaf = 2
        for next in 1..<(n - 1) {
            if leaf >= n || a[root] < a[leaf] {
                a[next] = a[root]; a[root] = next; root += 1
            } else {
                a[next] = a[leaf]; leaf += 1
            }
            if leaf >= n || (root < next && a[root] < a[leaf]) {
                a[next] += a[root]; a[root] = next; root += 1
            } else {
                a[next] += a[leaf]; leaf += 1
            }
        }
        // Phase 2: depths of internal nodes, from the root down.
        a[n - 2] = 0
        if n >= 3 {
            for next in stride(from: n - 3, through: 0, by: -1) { a[next] = a[a[next]] + 1 }
        }
        // Phase 3: depths of leaves.
        var available = 1, usedNodes = 0, depth = 0
        var parent = n - 2, next = n - 1
        while available > 0 {
            while parent >= 0 && a[parent] == depth { usedNodes += 1; parent -= 1 }
            while available > usedNodes { a[next] = depth; next -= 1; available -= 1 }
            available = 2 * usedNodes; depth += 1; usedNodes = 0
        }
        return a
    }

    /// Shortens depths beyond `limit` keeping the code complete (the adjustment of JPEG,
    /// ITU T.81 Annex K.3): each step moves two leaves from the deepest level up one level
    /// and hangs them, with a leaf from a shallower level, one level below that leaf.
    /// `depths` stays non-increasing, so the least frequent symbols keep the longest codes.
    private static func limit(_ depths: inout [Int], to limit: Int) {
        guard let deepest = depths.first, deepest > limit else { return }
        var count = [Int](repeating: 0, count: deepest + 1)
        for depth in depths { count[depth] += 1 }
        for depth in stride(from: deepest, to: limit, by: -1) {
            while count[depth] > 0 {
                var shallower = depth - 2
                while count[shallower] == 0 { shallower -= 1 }
                count[depth] -= 2
                count[depth - 1] += 1
                count[shallower + 1] += 2
                count[shallower] -= 1
            }
        }
        var index = 0
        for depth in stride(from: limit, through: 1, by: -1) {
            for _ in 0..<count[depth] { depths[index] = depth; index += 1 }
        }
    }

    /// Canonical codes for `lengths` (RFC 1951 §3.2.2), bit-reversed.
    static func canonicalCodes(_ lengths: [UInt8]) -> [UInt16] {
        var perLength = [Int](repeating: 0, count: 16)
        for length in lengths { perLength[Int(length)] += 1 }
        perLength[0] = 0
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + perLength[length - 1]) << 1
            next[length] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let code = next[Int(length)]
            next[Int(length)] += 1
            return UInt16(truncatingIfNeeded: reversed(code, bits: Int(length)))
        }
    }

    /// The low `bits` bits of `code` in reverse order (swapping halves, then bytes, nibbles,
    /// pairs and bits of a 16-bit value).
    private static func reversed(_ code: Int, bits: Int) -> Int {
        var x = UInt16(truncatingIfNeeded: code)
        x = x << 8 | x >> 8
        x = (x & 0x0F0F) << 4 | (x >> 4) & 0x0F0F
        x = (x & 0x3333) << 2 | (x >> 2) & 0x3333
        x = (x & 0x5555) << 1 | (x >> 1) & 0x5555
        return Int(x >> UInt16(16 - bits))
    }
}
