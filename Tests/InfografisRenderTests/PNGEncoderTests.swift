import Testing
import Foundation
import InfografisCore
import InfografisLayout
@testable import InfografisRender

@Suite struct PNGEncoderTests {
    /// Random valid premultiplied pixels; `alpha` picks each pixel's alpha.
    static func randomPixels(width: Int, height: Int, seed: UInt64, alpha: (inout SplitMix) -> UInt32) -> Pixels {
        var rng = SplitMix(state: seed)
        var argb: [UInt32] = []
        argb.reserveCapacity(width * height)
        for _ in 0..<(width * height) {
            let a = alpha(&rng)
            func channel() -> UInt32 { a == 0 ? 0 : UInt32.random(in: 0...a, using: &rng) }
            argb.append(a << 24 | channel() << 16 | channel() << 8 | channel())
        }
        return Pixels(width: width, height: height, argb: argb)
    }

    static func roundTrip(_ pixels: Pixels, level: Int = 6, strategy: PNGEncoder.FilterStrategy = .subUp) throws -> (Pixels, [UInt8]) {
        let png = try PNGEncoder.encode(try pixels.surface(), level: level, strategy: strategy)
        return (try Pixels(decodingPNG: png), png)
    }

    /// PNG color type from IHDR (byte 25): 2 = RGB, 6 = RGBA.
    static func colorType(_ png: [UInt8]) -> UInt8 { png[25] }

    @Test(arguments: [(17, 9), (1, 1), (7, 3), (64, 64)])
    func opaqueImagesRoundTripAsRGB(width: Int, height: Int) throws {
        let source = Self.randomPixels(width: width, height: height, seed: 1) { _ in 255 }
        let (decoded, png) = try Self.roundTrip(source)
        #expect(decoded == source)
        #expect(Self.colorType(png) == 2)
    }

    @Test(arguments: [(13, 5), (1, 1), (64, 33)])
    func semiTransparentImagesRoundTripExactly(width: Int, height: Int) throws {
        let source = Self.randomPixels(width: width, height: height, seed: 2) { UInt32.random(in: 0...255, using: &$0) }
        let (decoded, png) = try Self.roundTrip(source)
        #expect(decoded == source)
        #expect(Self.colorType(png) == 6)
    }

    @Test func fullyTransparentImageKeepsAlpha() throws {
        let source = Pixels(width: 5, height: 4, argb: Array(repeating: 0, count: 20))
        let (decoded, png) = try Self.roundTrip(source)
        #expect(decoded == source)
        #expect(Self.colorType(png) == 6)
    }

    @Test func wideSingleRow() throws {
        let source = Self.randomPixels(width: 16384, height: 1, seed: 3) { rng in
            Bool.random(using: &rng) ? 255 : UInt32.random(in: 0...255, using: &rng)
        }
        let (decoded, _) = try Self.roundTrip(source)
        #expect(decoded == source)
    }

    @Test(arguments: [0, 1, 12])
    func everyLevelAndTheUnfilteredStrategyDecode(level: Int) throws {
        let source = Self.randomPixels(width: 31, height: 7, seed: UInt64(level) + 10) { rng in
            UInt32.random(in: 200...255, using: &rng)
        }
        #expect(try Self.roundTrip(source, level: level).0 == source)
        #expect(try Self.roundTrip(source, level: level, strategy: .none).0 == source)
        #expect(try Self.roundTrip(source, level: level, strategy: .adaptive).0 == source)
    }

    @Test(arguments: [UInt8(1), 2, 3, 4])
    func everyFilterTypeDecodes(type: UInt8) throws {
        for (seed, alpha) in [(20, false), (21, true)] {
            let source = Self.randomPixels(width: 23, height: 9, seed: UInt64(seed)) { rng in
                alpha ? UInt32.random(in: 0...255, using: &rng) : 255
            }
            let (decoded, png) = try Self.roundTrip(source, strategy: .fixed(type))
            #expect(decoded == source, "filter \(type), alpha \(alpha)")
            if Self.python != nil {
                #expect(try Self.pythonRows(png) == Self.straightRows(source), "filter \(type), alpha \(alpha)")
            }
        }
    }

    @Test func smoothImagesCompressBetterWithAdaptiveFilters() throws {
        // A gradient: Sub/Up residuals are tiny, so filtering must beat no filtering.
        var argb: [UInt32] = []
        for y in 0..<64 {
            for x in 0..<64 { argb.append(0xFF00_0000 | UInt32(x * 4) << 16 | UInt32(y * 4) << 8 | UInt32((x + y) * 2)) }
        }
        let source = Pixels(width: 64, height: 64, argb: argb)
        let adaptive = try Self.roundTrip(source, strategy: .adaptive)
        let unfiltered = try Self.roundTrip(source, strategy: .none)
        let subUp = try Self.roundTrip(source, strategy: .subUp)
        #expect(adaptive.0 == source)
        #expect(adaptive.1.count < unfiltered.1.count)
        #expect(subUp.1.count < unfiltered.1.count)
    }

    @Test func chunkLayoutIsValid() throws {
        let (_, png) = try Self.roundTrip(Self.randomPixels(width: 3, height: 2, seed: 4) { _ in 255 })
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
        #expect(Array(png[16..<24]) == [0, 0, 0, 3, 0, 0, 0, 2])  // width 3, height 2
        #expect(String(decoding: png.suffix(8).prefix(4), as: UTF8.self) == "IEND")
    }

    // MARK: - The fast path: one-pass RGB, presets, reused buffers

    /// Widths around the four-pixel RGB conversion step (tails of 0...3 pixels).
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8, 9, 1079, 1080])
    func opaqueWidthsAroundTheUnrolledStepRoundTrip(width: Int) throws {
        let source = Self.randomPixels(width: width, height: 3, seed: UInt64(width) + 40) { _ in 255 }
        for compression in PNGCompression.allCases {
            let png = try PNGEncoder.encode(try source.surface(), compression: compression)
            #expect(try Pixels(decodingPNG: png) == source, "width \(width), \(compression)")
            #expect(Self.colorType(png) == 2)
        }
    }

    @Test func everyPresetRoundTripsTransparentAndSemiTransparentImages() throws {
        let semi = Self.randomPixels(width: 37, height: 11, seed: 50) { UInt32.random(in: 0...255, using: &$0) }
        let clear = Pixels(width: 9, height: 2, argb: Array(repeating: 0, count: 18))
        for source in [semi, clear] {
            for compression in PNGCompression.allCases {
                let png = try PNGEncoder.encode(try source.surface(), compression: compression)
                #expect(try Pixels(decodingPNG: png) == source, "\(compression)")
                #expect(Self.colorType(png) == 6)
                if Self.python != nil { #expect(try Self.pythonRows(png) == Self.straightRows(source)) }
            }
        }
    }

    /// The RGB pass stops at the first pixel that is not opaque and starts again as RGBA.
    @Test(arguments: [(0, 0), (12, 6), (5, 3)])
    func oneTranslucentPixelSwitchesToRGBA(x: Int, y: Int) throws {
        var source = Self.randomPixels(width: 13, height: 7, seed: 60) { _ in 255 }
        source.argb[y * source.width + x] = 0x8040_2010
        let png = try PNGEncoder.encode(try source.surface(), compression: .fast)
        #expect(Self.colorType(png) == 6)
        #expect(try Pixels(decodingPNG: png) == source)
    }

    @Test func wideOpaqueAndTranslucentImagesRoundTrip() throws {
        let opaque = Self.randomPixels(width: 16384, height: 2, seed: 70) { _ in 255 }
        let translucent = Self.randomPixels(width: 16384, height: 2, seed: 71) { UInt32.random(in: 0...255, using: &$0) }
        for source in [opaque, translucent] {
            let png = try PNGEncoder.encode(try source.surface(), compression: .fast)
            #expect(try Pixels(decodingPNG: png) == source)
        }
    }

    /// Identical rows around deflate's 32 KiB window: RGB rows of 32,767 bytes (width 10,922)
    /// use the row above, rows of 32,770 (10,923) and 16,384-pixel rows must not.
    @Test(arguments: [10922, 10923, 16384])
    func identicalWideRowsRoundTrip(width: Int) throws {
        let row = Self.randomPixels(width: width, height: 1, seed: UInt64(width)) { _ in 255 }.argb
        let opaque = Pixels(width: width, height: 4, argb: Array([row, row, row, row].joined()))
        var translucent = opaque
        translucent.argb[0] = 0x8040_2010
        for source in [opaque, translucent] {
            let png = try PNGEncoder.encode(try source.surface(), compression: .fast)
            #expect(try Pixels(decodingPNG: png) == source, "width \(width)")
        }
    }

    /// The fast preset's own encoder on shapes that stress it: one colour (maximal matches
    /// only), noise (all literals, stored blocks), rows repeating with a shift.
    @Test func fastPresetRoundTripsFlatNoisyAndShiftedImages() throws {
        let flat = Pixels(width: 300, height: 200, argb: Array(repeating: 0xFF0B_3C5D, count: 60000))
        let noise = Self.randomPixels(width: 300, height: 200, seed: 90) { _ in 255 }
        let stripe = Self.randomPixels(width: 97, height: 1, seed: 91) { _ in 255 }.argb
        let shifted = Pixels(width: 97, height: 120, argb: (0..<120).flatMap { y in
            Array(stripe[(y % 97)...] + stripe[..<(y % 97)])
        })
        for source in [flat, noise, shifted] {
            let png = try PNGEncoder.encode(try source.surface(), compression: .fast)
            #expect(try Pixels(decodingPNG: png) == source)
            if Self.python != nil { #expect(try Self.pythonRows(png) == Self.straightRows(source)) }
        }
        #expect(try PNGEncoder.encode(try flat.surface(), compression: .fast).count < 600)
        #expect(try PNGEncoder.encode(try noise.surface(), compression: .fast).count < 300 * 200 * 3 * 101 / 100)
    }

    /// Photo-like images (smooth gradients, with and without noise) compress poorly unfiltered,
    /// so `fast` also tries per-row filters: never larger than libdeflate level 2 unfiltered,
    /// the preset it replaced. A translucent image of soft discs stays close to it too.
    @Test func fastPresetKeepsPhotosAndTranslucentImagesSmall() throws {
        for (name, source) in [("gradient", Self.photo(noise: 0)), ("noisy photo", Self.photo(noise: 6)), ("discs", Self.discs())] {
            let fast = try PNGEncoder.encode(try source.surface(), compression: .fast)
            let replaced = try PNGEncoder.encode(try source.surface(), level: 2, strategy: .none)
            #expect(try Pixels(decodingPNG: fast) == source, "\(name)")
            #expect(fast.count <= replaced.count, "\(name): \(fast.count) bytes, level 2 \(replaced.count)")
        }
    }

    /// A 256 × 256 photo-like image: smooth colour waves plus uniform noise of ±`noise`.
    static func photo(noise: Int) -> Pixels {
        var rng = SplitMix(state: 92)
        var argb: [UInt32] = []
        for y in 0..<256 {
            for x in 0..<256 {
                func channel(_ value: Double) -> UInt32 {
                    UInt32(max(0, min(255, value + Double(Int.random(in: -noise...noise, using: &rng)))))
                }
                let r = channel(128 + 100 * sin(Double(x) / 20) * cos(Double(y) / 25))
                let g = channel(Double(x + y) / 2)
                let b = channel(128 + 90 * cos(Double(x * y) / 2000))
                argb.append(0xFF00_0000 | r << 16 | g << 8 | b)
            }
        }
        return Pixels(width: 256, height: 256, argb: argb)
    }

    /// Anti-aliased translucent discs on a transparent 256 × 256 image.
    static func discs() -> Pixels {
        var argb: [UInt32] = []
        for y in 0..<256 {
            for x in 0..<256 {
                var coverage = 0.0
                for (cx, cy, r) in [(60.0, 60.0, 50.0), (170, 120, 70), (100, 200, 40)] {
                    let d = ((Double(x) - cx) * (Double(x) - cx) + (Double(y) - cy) * (Double(y) - cy)).squareRoot()
                    coverage = max(coverage, min(1, max(0, r - d)) * 0.8)
                }
                let a = UInt32(coverage * 255)
                argb.append(a << 24 | (0x20 * a / 255) << 16 | (0x80 * a / 255) << 8 | (0xE0 * a / 255))
            }
        }
        return Pixels(width: 256, height: 256, argb: argb)
    }

    @Test func aSingleTranslucentPixel() throws {
        let source = Pixels(width: 1, height: 1, argb: [0x40_20_10_08])
        for compression in PNGCompression.allCases {
            #expect(try Self.roundTrip(source, level: 12).0 == source)
            #expect(try Pixels(decodingPNG: try PNGEncoder.encode(try source.surface(), compression: compression)) == source)
        }
    }

    /// A workspace reused across images of other sizes and alpha gives the same bytes as fresh
    /// buffers: nothing of one image leaks into the next.
    @Test func reusedWorkspaceGivesTheSameBytesAsFreshBuffers() throws {
        let workspace = RasterWorkspace()
        let images = [
            Self.randomPixels(width: 40, height: 30, seed: 80) { _ in 255 },
            Self.randomPixels(width: 7, height: 5, seed: 81) { UInt32.random(in: 0...255, using: &$0) },
            Self.randomPixels(width: 40, height: 30, seed: 82) { _ in 255 },
            Self.randomPixels(width: 64, height: 64, seed: 83) { UInt32.random(in: 0...255, using: &$0) },
        ]
        for image in images {
            for compression in PNGCompression.allCases {
                let reused = try PNGEncoder.encode(try image.surface(), compression: compression, workspace: workspace)
                let fresh = try PNGEncoder.encode(try image.surface(), compression: compression)
                #expect(reused == fresh)
                #expect(try Pixels(decodingPNG: reused) == image)
            }
        }
    }

    /// A reused surface starts transparent again: a frame drawing nothing gives an empty image.
    @Test func reusedSurfaceIsCleared() throws {
        let workspace = RasterWorkspace()
        let first = try workspace.imageSurface(width: 8, height: 8)
        _ = first.withPixels { data, _, height, stride in data.initialize(repeating: 0xFF, count: height * stride) }
        let again = try workspace.imageSurface(width: 8, height: 8)
        #expect(Pixels(surface: again) == Pixels(width: 8, height: 8, argb: Array(repeating: 0, count: 64)))
    }

    /// A card whose opaque background covers the canvas skips clearing the reused surface; what
    /// the previous card left must not show through, at any scale, and frames whose first item
    /// does not cover every pixel opaquely (also after rounding to pixels) must still be cleared.
    @Test func skippingTheClearLeavesNothingOfThePreviousCard() throws {
        let size = Size(38, 24)
        let cover = TestFrames.background(size, TestFrames.blue)
        func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ color: Color, radii: CornerRadii = .zero) -> Positioned {
            Positioned(Point(x, y), .shape(ShapeItem(geometry: .rect(RoundedRect(rect: TestFrames.rect(0, 0, w, h), radii: radii)),
                                                     fill: .solid(color))))
        }
        func group(_ at: Point, _ items: [Positioned], opacity: Double = 1) -> Positioned {
            Positioned(at, .group(GroupItem(frame: Frame(size: size, items: items), opacity: opacity)))
        }
        let dot = rect(5, 5, 9, 7, TestFrames.orange)
        typealias Case = (name: String, items: [Positioned], scale: Double, skips: Bool)
        let cases: [Case] = [
            ("opaque background", [cover, dot], 1, true),
            ("at scale 1.5", [cover, dot], 1.5, true),
            // 38 × 24 at 0.37 is 14.06 × 8.88, rounded to 14 × 9 pixels: the last row is not covered.
            ("at scale 0.37", [cover, dot], 0.37, false),
            ("inside a group", [group(Point(-2, -1), [rect(0, 0, 40, 25, .white), dot])], 1, true),
            ("rounded corners", [rect(0, 0, 38, 24, .white, radii: CornerRadii(all: 6)), dot], 1, false),
            ("translucent", [rect(0, 0, 38, 24, TestFrames.blue.withOpacity(0.5)), dot], 1, false),
            ("half a pixel short", [rect(0, 0, 37.5, 24, .white), dot], 1, false),
            ("inside a faded group", [group(.zero, [cover], opacity: 0.5)], 1, false),
            ("no background", [dot], 1, false),
        ]
        for (name, items, scale, skips) in cases {
            let frame = Frame(size: size, items: items)
            let (width, height) = Renderer.pixelSize(frame.size, scale: scale)
            #expect(frame.paintsOpaqueBackground(pixelWidth: width, pixelHeight: height, scale: scale) == skips, "\(name)")
            let workspace = RasterWorkspace()
            do {  // the previous card's pixels, released before the next render reuses them
                let previous = try workspace.imageSurface(width: width, height: height)
                _ = previous.withPixels { data, _, height, stride in data.initialize(repeating: 0x9C, count: height * stride) }
            }
            let reused = try Pixels(surface: Renderer.rasterize(frame, scale: scale, workspace: workspace))
            let fresh = try Pixels(surface: Renderer.rasterize(frame, scale: scale, workspace: RasterWorkspace()))
            #expect(reused == fresh, "\(name)")
        }
    }

    /// The vector (SSSE3) and scalar conversions of opaque rows give the same bytes and the same
    /// verdict on opacity, for every width up to 40 and a translucent pixel anywhere; the vector
    /// one writes at most 4 bytes beyond the row.
    @Test(.enabled(if: PNGEncoder.hasSSSE3)) func vectorAndScalarRowConversionsAgree() {
        var rng = SplitMix(state: 44)
        for width in 0...40 {
            for translucent in [nil] + Array(0..<width) {
                let pixels = (0..<width).map { x -> UInt32 in
                    let alpha: UInt32 = x == translucent ? UInt32.random(in: 0...254, using: &rng) : 255
                    return alpha << 24 | UInt32.random(in: 0...0xFF_FFFF, using: &rng) & (alpha == 255 ? 0xFF_FFFF : 0)
                }
                var scalar = [UInt8](repeating: 0xEE, count: width * 3 + 16)
                var vector = scalar
                let (opaqueScalar, opaqueVector) = pixels.withUnsafeBufferPointer { source in
                    let base = source.baseAddress ?? UnsafePointer(bitPattern: 16)!
                    return (PNGEncoder.convertOpaqueRow(base, width: width, into: &scalar, vector: false),
                            PNGEncoder.convertOpaqueRow(base, width: width, into: &vector, vector: true))
                }
                #expect(opaqueScalar == (translucent == nil), "width \(width)")
                #expect(opaqueVector == opaqueScalar, "width \(width), translucent pixel \(translucent ?? -1)")
                #expect(vector[..<(width * 3)] == scalar[..<(width * 3)], "width \(width)")
                #expect(vector[(width * 3 + 4)...].allSatisfy { $0 == 0xEE }, "width \(width): wrote beyond the slack")
            }
        }
    }

    @Test func smallIsTheSmallestPreset() throws {
        // A card-like image: flat areas and a slightly noisy gradient band.
        var rng = SplitMix(state: 93)
        var argb: [UInt32] = []
        for y in 0..<96 {
            for x in 0..<128 {
                let noise = UInt32.random(in: 0...3, using: &rng)
                argb.append(y < 48 ? 0xFF0B_3C5D : 0xFF00_0000 | UInt32(x * 2) << 16 | UInt32(y * 2) << 8 | 0x80 + noise)
            }
        }
        let source = Pixels(width: 128, height: 96, argb: argb)
        let sizes = try PNGCompression.allCases.map { try PNGEncoder.encode(try source.surface(), compression: $0).count }
        #expect(sizes[2] <= sizes[0] && sizes[2] <= sizes[1], "\(sizes)")
    }

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: python != nil))
    func pythonDecoderAgrees() throws {
        let source = Self.randomPixels(width: 9, height: 6, seed: 5) { UInt32.random(in: 0...255, using: &$0) }
        let png = try PNGEncoder.encode(try source.surface(), level: 6)
        #expect(try Self.pythonRows(png) == Self.straightRows(source))
    }

    /// Expected straight rows as the Python decoder prints them: "w h colortype", then hex rows.
    static func straightRows(_ source: Pixels) -> [String] {
        let opaque = source.argb.allSatisfy { $0 >> 24 == 255 }
        var rows = ["\(source.width) \(source.height) \(opaque ? 2 : 6)"]
        for y in 0..<source.height {
            var row = ""
            for x in 0..<source.width {
                let (a, r, g, b) = source.channels(x, y)
                func straight(_ c: Int) -> Int { a == 0 ? 0 : min(255, (c * 255 + a / 2) / a) }
                row += String(format: "%02x%02x%02x", straight(r), straight(g), straight(b))
                if !opaque { row += String(format: "%02x", a) }
            }
            rows.append(row)
        }
        return rows
    }

    /// Rows decoded by an independent decoder (zlib + the PNG filter definitions) in Python;
    /// nil when Python is not installed.
    static func pythonRows(_ png: [UInt8]) throws -> [String]? {
        guard let python else { return nil }
        let url = temporaryURL("python.png")
        try Data(png).write(to: url)
        let (status, output) = try run(python, ["-c", pythonDecoder, url.path])
        guard status == 0 else { throw DecodeError.failed("python exited with \(status)") }
        return output.split(separator: "\n").map(String.init)
    }

    static let pythonDecoder = """
        import sys, zlib, struct
        d = open(sys.argv[1], 'rb').read()
        assert d[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        pos, idat = 8, b''
        while pos < len(d):
            n, = struct.unpack('>I', d[pos:pos+4]); t = d[pos+4:pos+8]; body = d[pos+8:pos+8+n]
            assert struct.unpack('>I', d[pos+8+n:pos+12+n])[0] == zlib.crc32(t + body)
            if t == b'IHDR': w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
            if t == b'IDAT': idat += body
            pos += 12 + n
        raw, bpp = zlib.decompress(idat), (4 if ctype == 6 else 3)
        stride, prev, out = w * bpp, bytearray(w * bpp), []
        for y in range(h):
            f, row = raw[y*(stride+1)], bytearray(raw[y*(stride+1)+1:(y+1)*(stride+1)])
            for i in range(stride):
                a = row[i-bpp] if i >= bpp else 0; b = prev[i]; c = prev[i-bpp] if i >= bpp else 0
                if f == 1: row[i] = (row[i] + a) & 255
                elif f == 2: row[i] = (row[i] + b) & 255
                elif f == 3: row[i] = (row[i] + (a + b) // 2) & 255
                elif f == 4:
                    p = a + b - c; pa, pb, pc = abs(p-a), abs(p-b), abs(p-c)
                    row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
            out.append(row.hex()); prev = row
        print(w, h, ctype); print('\\n'.join(out))
        """
}
