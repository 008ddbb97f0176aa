import Foundation
import Infografis
import Testing

/// An SVG image never makes Infografis fetch anything: librsvg refuses http(s) URLs and files
/// outside the SVG's own folder. Checked with a local listener that counts connections, and by
/// looking for embedded images in the SVG output: an SVG image is embedded as the document
/// librsvg drew (through Cairo's SVG surface), which holds every image librsvg loaded and no
/// reference to anything outside.
@Suite(.serialized)
struct ExternalReferenceTests {
    @Test func svgReferencesToTheNetworkAndOtherFoldersAreNotLoaded() throws {
        let listener = try Listener()
        defer { listener.stop() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("infografis-ext-\(UUID().uuidString)")
        let inside = folder.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A valid PNG outside the SVG's folder, referenced by file:// URL and by a relative path.
        let secret = folder.appendingPathComponent("secret.png")
        try Data(Self.redPixelPNG).write(to: secret)
        let url = "http://127.0.0.1:\(listener.port)"
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="20">
              <image href="\(url)/a.png" width="10" height="10"/>
              <image xlink:href="\(url)/b.png" width="10" height="10"/>
              <use href="\(url)/c.svg#x"/>
              <rect width="5" height="5" fill="url(\(url)/d.svg#g)"/>
              <style>@import url(\(url)/e.css); rect { fill: url(\(url)/f.svg#g) }</style>
              <image href="file://\(secret.path)" width="10" height="10"/>
              <image href="../secret.png" width="10" height="10"/>
            </svg>
            """
        let svgPath = inside.appendingPathComponent("icon.svg")
        try svg.write(to: svgPath, atomically: true, encoding: .utf8)
        let engine = Engine()
        let document = Document(canvasSize: Size(40, 40),
                                root: Node(.image(ImageContent(path: svgPath.path)), style: Self.fixedSize(20)))
        let laidOut = engine.layout(try engine.prepare(document))
        for format in OutputFormat.allCases { _ = try engine.render(laidOut, as: format) }
        let output = Self.nestedDocuments(try engine.render(laidOut, as: .svg))
        Thread.sleep(forTimeInterval: 0.2)
        #expect(listener.connections == 0, "librsvg connected to the network")
        #expect(output.count == 1, "the SVG image is embedded as one drawn document")
        #expect(!output.joined().contains("<image"), "an external image was embedded in the output")
        #expect(!output.joined().contains("127.0.0.1") && !output.joined().contains("secret"), "a reference was kept")

        // The checks can fail: an image beside the SVG is drawn and embedded...
        try Data(Self.redPixelPNG).write(to: inside.appendingPathComponent("local.png"))
        let localSVG = inside.appendingPathComponent("local.svg")
        try "<svg xmlns='http://www.w3.org/2000/svg' width='20' height='20'><image href='local.png' width='10' height='10'/></svg>"
            .write(to: localSVG, atomically: true, encoding: .utf8)
        let local = Document(canvasSize: Size(40, 40), root: Node(.image(ImageContent(path: localSVG.path)), style: Self.fixedSize(20)))
        let localOutput = Self.nestedDocuments(try engine.render(engine.layout(try engine.prepare(local)), as: .svg))
        #expect(localOutput.joined().contains("<image"))
        // ...and a real connection is counted.
        let probe = try Listener.connect(port: listener.port)
        Thread.sleep(forTimeInterval: 0.2)
        close(probe)
        #expect(listener.connections == 1)
    }

    /// The SVG documents embedded in an SVG as base64 data: URIs, decoded.
    static func nestedDocuments(_ svg: [UInt8]) -> [String] {
        let text = String(decoding: svg, as: UTF8.self)
        let marker = "data:image/svg+xml;base64,"
        var documents: [String] = []
        var rest = text[...]
        while let start = rest.range(of: marker) {
            let payload = rest[start.upperBound...].prefix { $0 != "\"" }
            if let data = Data(base64Encoded: String(payload)) { documents.append(String(decoding: data, as: UTF8.self)) }
            rest = rest[payload.endIndex...]
        }
        return documents
    }

    static func fixedSize(_ side: Double) -> Style {
        var style = Style()
        style.width = .px(side)
        style.height = .px(side)
        return style
    }

    /// A 1×1 red PNG.
    static let redPixelPNG: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
        0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8, 0xCF, 0xC0, 0x00,
        0x00, 0x03, 0x01, 0x01, 0x00, 0x18, 0xDD, 0x8D, 0xB0, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E,
        0x44, 0xAE, 0x42, 0x60, 0x82,
    ]
}

/// A TCP listener on 127.0.0.1 that accepts and counts connections on a background thread.
final class Listener: @unchecked Sendable {
    let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var count = 0
    private var running = true

    var connections: Int { lock.withLock { count } }

    init() throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socket, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        self.port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(socket, F_SETFL, O_NONBLOCK)
        let thread = Thread { [self] in
            while lock.withLock({ running }) {
                let client = accept(socket, nil, nil)
                if client >= 0 {
                    lock.withLock { count += 1 }
                    close(client)
                } else {
                    usleep(5_000)
                }
            }
        }
        thread.start()
    }

    func stop() {
        lock.withLock { running = false }
        usleep(20_000)
        close(socket)
    }

    static func connect(port: UInt16) throws -> Int32 {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
        return fd
    }
}
