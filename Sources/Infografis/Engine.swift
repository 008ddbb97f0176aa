import InfografisText

/// Lays documents out and renders them. Owns a text engine, so it belongs to one thread:
/// create one engine per worker thread (Pango objects are not shared across threads).
public final class Engine {
    /// The text core that measures and shapes every paragraph this engine lays out.
    let text: TextEngine
    /// The image surface and PNG buffers reused from one render to the next.
    package let raster = RasterWorkspace()

    public init() {
        text = TextEngine()
    }

    /// An engine whose text core uses `configuration` (cache bounds, for benchmarks and tests).
    package init(text configuration: TextEngine.Configuration) {
        text = TextEngine(configuration: configuration)
    }

    /// The text core's cache counters (hits, misses, entries, retained bytes), summed over fonts.
    public var textCacheStatistics: TextCacheStatistics { text.statistics }
}

/// A document after layout: the tree of frames, the display list, and what layout noticed.
public struct LaidOutDocument {
    /// The document that was laid out.
    public var document: Document
    /// Every node's border box in canvas pixels.
    public var tree: LayoutTree
    /// The display list the backends draw.
    public var frame: Frame
    /// Warnings found during layout, e.g. text that does not fit its box.
    public var warnings: [Diagnostic]
}

// MARK: - Pipeline

extension Engine {
    /// Checks limits and reads image sizes: the edge where a document can fail.
    /// Returns the document with every image's intrinsic size filled in.
    public func prepare(_ document: Document) throws(Diagnostics) -> Document {
        var problems = DocumentValidator.validate(document)
        var prepared = document
        prepared.root = resolveImages(in: document.root, path: "body", problems: &problems)
        if problems.contains(where: { $0.severity == .error }) { throw Diagnostics(problems) }
        return prepared
    }

    /// Lays `document` out at its canvas size. Total: it cannot fail.
    public func layout(_ document: Document) -> LaidOutDocument {
        let tree = computeLayout(document.root, in: document.canvasSize, measurer: text)
        let frame = Frame(tree, canvas: document.canvasSize, background: document.background)
        var warnings: [Diagnostic] = []
        collectOverflow(tree, path: "body", into: &warnings)
        warnings += ContrastCheck.warnings(tree, canvasBackground: document.background)
        return LaidOutDocument(document: document, tree: tree, frame: frame, warnings: warnings)
    }

    /// Renders a laid-out document to the bytes of one output format. `pngCompression`
    /// applies to PNG only (default `.fast`). Refuses (throws `Diagnostics`) an output
    /// beyond `Limits` (scale out of range, a PNG too large).
    public func render(_ laidOut: LaidOutDocument, as format: OutputFormat, scale: Double = 1,
                       pngCompression: PNGCompression = .fast) throws -> [UInt8] {
        let limits = Limits.outputProblems(canvas: laidOut.document.canvasSize, scale: format == .png ? scale : 1)
        if !limits.isEmpty { throw Diagnostics(limits) }
        var options = RenderOptions()
        options.scale = scale
        options.pngCompression = pngCompression
        options.title = laidOut.document.title
        // SVG carries the alt text as <desc>, next to the title.
        options.description = AltText.describe(laidOut.document)
        if let ppi = laidOut.document.pixelsPerInch, ppi > 0 { options.pdfPointsPerPixel = 72 / ppi }
        return try Renderer.render(laidOut.frame, as: format, options: options, workspace: raster)
    }

    private func resolveImages(in node: Node, path: String, problems: inout [Diagnostic]) -> Node {
        var node = node
        if case .image(var image) = node.kind, image.intrinsicSize == nil {
            if let problem = ImageInspector.problem(at: image.path, nodePath: path) {
                problems.append(problem)
            } else {
                do {
                    image.intrinsicSize = try Renderer.intrinsicSize(ofImageAt: image.path)
                    node.kind = .image(image)
                } catch {
                    let reason = if case let RenderError.unreadableImage(_, reason) = error { reason } else { "\(error)" }
                    problems.append(Diagnostic(code: "unreadable-image",
                                               message: "The image \"\(image.path)\" cannot be read: \(reason).",
                                               location: .node(path: path),
                                               hint: "Check that the file exists and is a PNG, JPEG or SVG image."))
                }
            }
        }
        node.children = node.children.enumerated().map { index, child in
            resolveImages(in: child, path: "\(path).children[\(index)]", problems: &problems)
        }
        return node
    }

    private func collectOverflow(_ tree: LayoutTree, path: String, into warnings: inout [Diagnostic]) {
        if let text = tree.text, !text.missingCharacters.isEmpty {
            let shown = text.missingCharacters.map { scalar in
                "\u{201C}\(Character(scalar))\u{201D} (U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)))"
            }.joined(separator: ", ")
            warnings.append(Diagnostic(.warning, code: "missing-glyph",
                                       message: "No installed font can show \(shown); it is drawn as a box.",
                                       location: .node(path: tree.node.id.map { "\(path)#\($0)" } ?? path),
                                       hint: "Replace the character, or install a font that has it (e.g. a fonts-noto package)."))
        }
        if let text = tree.text, text.overflows, case .text(let content) = tree.node.kind {
            let preview = content.text.count > 40 ? String(content.text.prefix(40)) + "…" : content.text
            warnings.append(Diagnostic(.warning, code: "text-overflow",
                                       message: "The text \"\(preview)\" does not fit its box.",
                                       location: .node(path: tree.node.id.map { "\(path)#\($0)" } ?? path),
                                       hint: "Shorten the text, give the box more room, or set `fit: {min, max}` to shrink it."))
        }
        for (index, child) in tree.children.enumerated() {
            collectOverflow(child, path: "\(path).children[\(index)]", into: &warnings)
        }
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
