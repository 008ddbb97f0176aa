internal import CInfografis

/// Our zlib/deflate encoder for PNG image data, specialised for rendered cards: flat colours,
/// anti-aliased text, many identical rows.
///
/// Generic LZ77 match finders (libdeflate, zlib) search hash chains at every position. On a
/// card almost every byte repeats the pixel to its left or the byte a row above, so this one
/// first tries just those two distances, comparing eight bytes at a time; over flat areas that
/// gives maximal 258-byte matches at once, and an identical row costs about a dozen tokens.
/// Only where neither matches (text edges, glyphs) does it look up one earlier position with
/// the same four bytes in a small hash table, which finds glyphs repeated along a line of text;
/// otherwise the byte is a literal. Tokens are Huffman coded in blocks of `blockTokens`, each
/// block written in whichever of dynamic, fixed or stored form is smallest.
///
/// The output depends only on the input bytes and geometry: it is deterministic.
enum DeflateEncoder {
    /// Tokens per block: small enough for the token buffer to stay in cache, large enough that
    /// block headers (~60-80 bytes) do not matter.
    static let blockTokens = 1 << 14
    /// log2 of the number of hash table entries.
    static let hashBits = 15
    /// Deflate's window: matches reach at most this many bytes back.
    static let window = 32768

    /// Bytes of output that `zlib` may need for `count` bytes of input, including the slack of
    /// the bit writer's 8-byte stores.
    static func bound(count: Int) -> Int {
        let chunks = count / 65535 + count / blockTokens + 2
        return 2 + count + 6 * chunks + 4 + 8
    }

    /// Compresses `data`, made of rows of `rowLength` bytes with pixels of `pixelLength` bytes,
    /// into a zlib stream (RFC 1950) in the workspace's `.compressed` buffer.
    static func zlib(_ data: UnsafeBufferPointer<UInt8>, rowLength: Int, pixelLength: Int,
                     workspace: RasterWorkspace) -> UnsafeRawBufferPointer {
        let capacity = bound(count: data.count)
        let output = workspace.buffer(.compressed, count: capacity).bindMemory(to: UInt8.self).baseAddress!
        output[0] = 0x78  // deflate, 32 KiB window
        output[1] = 0x01  // fastest compression, no dictionary; (0x7801 % 31 == 0)
        var writer = DeflateBlockWriter(output: output + 2)
        let tokens = workspace.buffer(.tokens, count: blockTokens * MemoryLayout<DeflateBlockWriter.Token>.stride)
            .bindMemory(to: DeflateBlockWriter.Token.self).baseAddress!
        let table = workspace.buffer(.matchTable, count: (1 << hashBits) * MemoryLayout<Int32>.stride)
            .bindMemory(to: Int32.self).baseAddress!
        table.initialize(repeating: Int32.min, count: 1 << hashBits)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: DeflateBlockWriter.Histogram.flatCount) { counts in
            var matcher = Matcher(data: data, rowDistance: rowLength, pixelDistance: pixelLength,
                                  table: table, tokens: tokens, counts: counts.baseAddress!)
            var position = 0
            repeat {
                let start = position
                let count = matcher.tokenize(from: &position, maxTokens: blockTokens)
                writer.writeBlock(UnsafeBufferPointer(start: tokens, count: count),
                                  histogram: DeflateBlockWriter.Histogram(counts.baseAddress!),
                                  source: UnsafeBufferPointer(rebasing: data[start..<position]),
                                  isFinal: position == data.count)
            } while position < data.count
        }
        writer.alignToByte()
        var end = writer.output
        let adler = UInt32(truncatingIfNeeded: libdeflate_adler32(1, data.baseAddress, data.count))
        for shift in [24, 16, 8, 0] {
            end.pointee = UInt8(truncatingIfNeeded: adler >> UInt32(shift))
            end += 1
        }
        precondition(end - output <= capacity, "deflate output overran its bound")
        return UnsafeRawBufferPointer(start: output, count: end - output)
    }
}

extension DeflateEncoder {
    /// The LZ77 pass: turns bytes into tokens, counting symbols for the Huffman codes.
    /// All pointers belong to `zlib`'s caller and outlive the matcher.
    struct Matcher {
        let data: UnsafeBufferPointer<UInt8>
        /// Distance to the same byte in the row above, or 0 when it is beyond the window.
        let rowDistance: Int
        /// Distance to the same byte of the pixel to the left.
        let pixelDistance: Int
        /// Most recent position of each 4-byte hash (Int32.min: none yet). Candidates are
        /// compared byte for byte, so a stale or truncated position costs a probe, never a
        /// wrong match.
        let table: UnsafeMutablePointer<Int32>
        let tokens: UnsafeMutablePointer<DeflateBlockWriter.Token>
        /// 286 literal/length counts, then 30 distance counts.
        let counts: UnsafeMutablePointer<UInt32>

        init(data: UnsafeBufferPointer<UInt8>, rowDistance: Int, pixelDistance: Int, table: UnsafeMutablePointer<Int32>,
             tokens: UnsafeMutablePointer<DeflateBlockWriter.Token>, counts: UnsafeMutablePointer<UInt32>) {
            self.data = data
            self.rowDistance = rowDistance <= DeflateEncoder.window ? rowDistance : 0
            self.pixelDistance = pixelDistance
            self.table = table
            self.tokens = tokens
            self.counts = counts
        }

        /// Tokenizes from `position` until `maxTokens` tokens are made or the data ends;
        /// advances `position` past the bytes covered and returns the token count. The counts
        /// describe exactly these tokens.
        mutating func tokenize(from position: inout Int, maxTokens: Int) -> Int {
            counts.initialize(repeating: 0, count: DeflateBlockWriter.Histogram.flatCount)
            let base = data.baseAddress!
            let end = data.count
            var p = position
            var made = 0
            while made < maxTokens && p < end {
                let (length, distance) = longestMatch(at: p)
                if length == 0 {
                    let byte = base[p]
                    tokens[made] = .literal(byte)
                    counts[Int(byte)] += 1
                    p += 1
                } else {
                    tokens[made] = .match(length: length, distance: distance)
                    counts[257 + DeflateBlockWriter.lengthCode(length)] += 1
                    counts[286 + DeflateBlockWriter.distanceCode(distance)] += 1
                    p += length
                }
                made += 1
            }
            position = p
            return made
        }

        /// The longest match at `p` among the pixel to the left, the row above and the last
        /// position with the same four bytes (which `p` then replaces); length 0 if none is
        /// worth a token.
        @inline(__always)
        private func longestMatch(at p: Int) -> (length: Int, distance: Int) {
            let base = data.baseAddress!
            let maxLength = min(258, data.count - p)
            guard maxLength >= 4 else { return (0, 0) }
            var length = 0, distance = 0
            // The pixel to the left: the cheapest distance code, so it wins ties.
            if p >= pixelDistance {
                length = Self.matchLength(base + p, base + p - pixelDistance, maxLength)
                distance = pixelDistance
            }
            // The row above.
            if length < maxLength && rowDistance > 0 && p >= rowDistance {
                let up = Self.matchLength(base + p, base + p - rowDistance, maxLength)
                if up > length { (length, distance) = (up, rowDistance) }
            }
            // The last position with the same four bytes.
            if length < maxLength {
                let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt32.self)
                let slot = Int((word &* 0x9E37_79B1) >> UInt32(32 - DeflateEncoder.hashBits))
                let candidate = p - Int(table[slot])
                table[slot] = Int32(truncatingIfNeeded: p)
                if candidate > 0 && candidate <= DeflateEncoder.window && candidate != distance {
                    let found = Self.matchLength(base + p, base + p - candidate, maxLength)
                    if found > length { (length, distance) = (found, candidate) }
                }
            }
            // A 3-byte match far back costs more than three literals (zlib's TOO_FAR).
            if length < 3 || (length == 3 && distance > 4096) { return (0, 0) }
            return (length, distance)
        }

        /// Length of the common prefix of `a` and `b`, at most `limit`; reads no further.
        @inline(__always)
        static func matchLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ limit: Int) -> Int {
            var n = 0
            while n + 8 <= limit {
                let difference = UnsafeRawPointer(a + n).loadUnaligned(as: UInt64.self)
                    ^ UnsafeRawPointer(b + n).loadUnaligned(as: UInt64.self)
                if difference != 0 { return n + difference.littleEndian.trailingZeroBitCount >> 3 }
                n += 8
            }
            while n < limit && a[n] == b[n] { n += 1 }
            return n
        }
    }
}
