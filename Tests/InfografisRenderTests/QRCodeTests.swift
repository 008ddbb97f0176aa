import Foundation
import Testing
@testable import InfografisRender
import InfografisCore

@Suite("QR code")
struct QRCodeTests {
    static let shortURL = "https://infopublik.id"
    static let articleURL = "https://infopublik.id/kategori/nasional-politik-hukum/490806/asn-harus-terampil-kelola-medsos"

    @Test func sizeFollowsTheSmallestVersion() throws {
        // 21 bytes in 8-bit mode: version 1-M holds 14, version 2-M holds 26, so version 2 = 25 modules.
        #expect(try QRCode.encode(Self.shortURL).size == 25)
        // 93 bytes: version 5-M holds 84, version 6-M 106, so version 6 = 41 modules (less with mixed modes).
        let article = try QRCode.encode(Self.articleURL)
        #expect(article.size == 41)
        #expect(article.modules.count == 41 * 41)
        // More correction needs a larger symbol for the same text.
        #expect(try QRCode.encode(Self.articleURL, correction: .high).size > article.size)
        #expect(try QRCode.encode("A", correction: .low).size == 21)
    }

    @Test func finderPatternsInThreeCorners() throws {
        let matrix = try QRCode.encode(Self.articleURL)
        let last = matrix.size - 7
        for (ox, oy) in [(0, 0), (last, 0), (0, last)] {
            for y in 0..<7 {
                for x in 0..<7 {
                    let ring = max(abs(x - 3), abs(y - 3))
                    #expect(matrix[ox + x, oy + y] == (ring != 2), "finder at (\(ox), \(oy)): module (\(x), \(y))")
                }
            }
        }
        // The separators around the finders are light.
        for i in 0..<8 {
            #expect(!matrix[7, i] && !matrix[i, 7])
            #expect(!matrix[last - 1, i] && !matrix[matrix.size - 8 + i, 7])
        }
        // The bottom-right corner has no finder pattern.
        let corner = (0..<7).flatMap { y in (0..<7).map { x in matrix[last + x, last + y] } }
        let finder: [Bool] = (0..<49).map { (index: Int) -> Bool in
            let ring: Int = max(abs(index % 7 - 3), abs(index / 7 - 3))
            return ring != 2
        }
        #expect(corner != finder)
    }

    @Test func deterministicAndCaseSensitive() throws {
        #expect(try QRCode.encode(Self.articleURL) == QRCode.encode(Self.articleURL))
        #expect(try QRCode.encode("https://infopublik.id/ABC") != QRCode.encode("https://infopublik.id/abc"))
        #expect(try QRCode.encode("x", correction: .low) != QRCode.encode("x", correction: .high))
    }

    @Test func rejectsEmptyAndTooLongText() {
        #expect(throws: QRCodeError.empty) { try QRCode.encode("") }
        #expect(throws: QRCodeError.containsNull) { try QRCode.encode("a\0b") }
        let long = String(repeating: "a", count: 2400)
        #expect(throws: QRCodeError.tooLong(bytes: 2400, correction: .medium)) { try QRCode.encode(long) }
        #expect(throws: Never.self) { try QRCode.encode(long, correction: .low) }
        #expect(QRCodeError.tooLong(bytes: 2400, correction: .medium).description
            == "The QR code text is 2400 bytes long, but a QR code holds at most 2331 bytes at medium correction; "
            + "shorten it (e.g. use a short link) or lower the correction.")
    }

    @Test func pathDataCoversExactlyTheDarkModules() throws {
        let matrix = try QRCode.encode(Self.shortURL)
        let (data, viewBox) = matrix.pathData()
        #expect(viewBox == Rect(origin: .zero, size: Size(33, 33)))
        var painted = [Bool](repeating: false, count: 33 * 33)
        var rectangles = 0
        for piece in data.split(separator: "Z") {
            let numbers = piece.split(whereSeparator: { "MHV ".contains($0) }).compactMap { Int($0) }
            try #require(numbers.count == 5, "unexpected piece \(piece)")
            let (left, top, right, bottom) = (numbers[0], numbers[1], numbers[2], numbers[3])
            #expect(numbers[4] == left && bottom == top + 1 && right > left)
            for x in left..<right { painted[top * 33 + x] = true }
            rectangles += 1
        }
        for y in 0..<33 {
            for x in 0..<33 {
                let inside = (4..<29).contains(x) && (4..<29).contains(y)
                #expect(painted[y * 33 + x] == (inside && matrix[x - 4, y - 4]), "module (\(x), \(y))")
            }
        }
        // Runs are merged: fewer rectangles than dark modules (each finder row alone has a 7-module run).
        #expect(rectangles < matrix.modules.filter { $0 }.count)
        #expect(matrix.pathData(quietZone: 0).viewBox.width == 25)
        #expect(matrix.pathData(quietZone: 0).data.hasPrefix("M0 0H7V1H0Z"))
    }
}

@Suite("QR code decodes with zbarimg", .enabled(if: zbarimg != nil, "zbarimg is not installed: apt-get install zbar-tools"))
struct QRCodeDecodeTests {
    @Test(arguments: [QRCodeTests.articleURL, "Kita punya fungsi pelayanan publik — “ASN” ✓ Rp 15.000", "ABC123abc"])
    func decodesBackToTheSameText(_ text: String) throws {
        let matrix = try QRCode.encode(text)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("infografis-qr-\(getpid())-\(abs(text.hashValue)).pgm")
        try pgm(matrix, scale: 4, quietZone: 4).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let decoded = try run(try #require(zbarimg), ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file.path])
        #expect(decoded == text + "\n")
    }

    /// A binary PGM (P5) image of `matrix`: `scale` pixels per module, black on white, with a quiet zone.
    func pgm(_ matrix: QRMatrix, scale: Int, quietZone: Int) -> Data {
        let side = (matrix.size + 2 * quietZone) * scale
        var pixels = [UInt8](repeating: 255, count: side * side)
        for y in 0..<side {
            for x in 0..<side {
                let mx = x / scale - quietZone, my = y / scale - quietZone
                if (0..<matrix.size).contains(mx), (0..<matrix.size).contains(my), matrix[mx, my] { pixels[y * side + x] = 0 }
            }
        }
        return Data("P5\n\(side) \(side)\n255\n".utf8) + Data(pixels)
    }

    /// The standard output of `executable` run with `arguments`.
    func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Path of `zbarimg` (Debian's zbar-tools), or nil when it is not installed.
let zbarimg: String? = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }
