// Limits on hostile input beyond the basic ones in `Limits` (DocumentValidator.swift), and the
// checks of every number in a node: each a named diagnostic, checked before Cairo or Pango see it.

extension Limits {
    /// Largest canvas area in pixels (64 Mpx: a 256 MiB ARGB surface), e.g. 8192 × 8192.
    public static let maxCanvasPixels = 64.0 * 1_048_576
    /// Largest rendered output (canvas × scale²), 128 Mpx: a 512 MiB surface.
    public static let maxOutputPixels = 128.0 * 1_048_576
    /// Largest rendered side (canvas side × scale); Cairo image surfaces fail above 32767.
    public static let maxOutputSide = 32_000.0
    /// Largest font size in pixels (`size`, `fit.max`).
    public static let maxFontSize = 2000.0
    /// Largest absolute length in pixels (widths, paddings, gaps, radii, shadow offsets...).
    public static let maxLength = 100_000.0
    /// Largest percentage in a length.
    public static let maxPercent = 10_000.0
    /// Largest shadow blur radius in pixels (a shadow is painted as an image that large).
    public static let maxShadowBlur = 1000.0
    /// Largest image side in pixels, read from the header before decoding.
    public static let maxImageSide = ImageLimits.maxSide
    /// Largest image area in pixels (64 Mpx), read from the header before decoding.
    public static let maxImagePixels = ImageLimits.maxPixels
    /// Largest image file in bytes.
    public static let maxImageFileBytes = ImageLimits.maxFileBytes
    /// Largest layout file in bytes.
    public static let maxLayoutFileBytes = 4 * 1_048_576
    /// Deepest nesting of YAML lists and mappings (a node is about three levels).
    public static let maxYAMLDepth = 256
    /// Most values in a YAML file, counting each alias at the size of what it repeats.
    public static let maxYAMLNodes = 200_000
}

// MARK: - Output size

extension Limits {
    /// Problems with rendering a canvas of `size` at `scale`; empty when it is within the limits.
    public static func outputProblems(canvas size: Size, scale: Double) -> [Diagnostic] {
        guard scale.isFinite, scale > 0, scale <= maxScale else {
            return [Diagnostic(code: "scale-out-of-range",
                               message: "The scale factor \(scale) is outside the allowed range: more than 0 and at most \(format(maxScale)).",
                               hint: "Use --scale 2 for a double-resolution PNG.")]
        }
        let (width, height) = (size.width * scale, size.height * scale)
        if max(width, height) > maxOutputSide || width * height > maxOutputPixels {
            return [Diagnostic(code: "output-too-large",
                               message: "Rendering the \(format(size.width)) × \(format(size.height)) canvas at scale \(format(scale)) makes a \(format(width)) × \(format(height)) pixel image; at most \(format(maxOutputSide)) pixels a side and \(format(maxOutputPixels / 1_048_576)) megapixels are allowed.",
                               hint: "Use a smaller scale, or render SVG or PDF, which are vector formats.")]
        }
        return []
    }

    /// `16384` or `1.5`: whole numbers without a decimal point.
    static func format(_ value: Double) -> String {
        value.isFinite && value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

// MARK: - Node values

/// Checks every number a node carries: finite, not negative where a size is meant, not absurd.
/// Each problem names the field, so a document built in code is as easy to fix as a file.
struct ValueValidator {
    let path: String
    var problems: [Diagnostic] = []

    static func check(_ node: Node, path: String) -> [Diagnostic] {
        var validator = ValueValidator(path: path)
        validator.check(node)
        return validator.problems
    }

    private mutating func check(_ node: Node) {
        let style = node.style
        for (name, value) in [("width", style.width), ("height", style.height), ("min-width", style.minWidth),
                              ("min-height", style.minHeight), ("max-width", style.maxWidth),
                              ("max-height", style.maxHeight), ("basis", style.flexBasis),
                              ("row-gap", style.rowGap), ("column-gap", style.columnGap)] {
            length(name, value, allowsNegative: false)
        }
        edges("padding", style.padding, allowsNegative: false)
        edges("margin", style.margin, allowsNegative: true)
        edges("top/right/bottom/left", style.inset, allowsNegative: true)
        for (side, value) in sides(style.border) { number("border.\(side)", value, in: 0...Limits.maxLength) }
        number("grow", style.flexGrow, in: 0...1e6)
        number("shrink", style.flexShrink, in: 0...1e6)
        if let ratio = style.aspectRatio { number("aspect-ratio", ratio, in: 1e-4...1e4, excludingZero: true) }
        decoration(node.decoration)
        switch node.kind {
        case .text(let content): text(content.style)
        case .path(let content):
            number("stroke-width", content.strokeWidth, in: 0...Limits.maxLength)
            let box = content.viewBox
            for (name, value) in [("x", box.x), ("y", box.y), ("width", box.width), ("height", box.height)] {
                number("view-box.\(name)", value, in: -1e9...1e9)
            }
        case .box, .zStack, .image: break
        }
    }

    private mutating func text(_ style: TextStyle) {
        number("size", style.size, in: 0...Limits.maxFontSize, excludingZero: true)
        number("letter-spacing", style.letterSpacing, in: -Limits.maxFontSize...Limits.maxFontSize)
        if let lineHeight = style.lineHeight { number("line-height", lineHeight, in: 0...100, excludingZero: true) }
        if let fit = style.autoFit {
            number("fit.min", fit.minSize, in: 0...Limits.maxFontSize, excludingZero: true)
            number("fit.max", fit.maxSize, in: 0...Limits.maxFontSize, excludingZero: true)
        }
    }

    private mutating func decoration(_ decoration: Decoration) {
        number("opacity", decoration.opacity, in: 0...1)
        let radius = decoration.cornerRadius
        for (corner, value) in [("top-left", radius.topLeft), ("top-right", radius.topRight),
                                ("bottom-right", radius.bottomRight), ("bottom-left", radius.bottomLeft)] {
            number("radius.\(corner)", value, in: 0...Limits.maxLength)
        }
        for shadow in decoration.shadows {
            number("shadow.x", shadow.x, in: -Limits.maxLength...Limits.maxLength)
            number("shadow.y", shadow.y, in: -Limits.maxLength...Limits.maxLength)
            number("shadow.blur", shadow.blur, in: 0...Limits.maxShadowBlur)
            number("shadow.spread", shadow.spread, in: -Limits.maxLength...Limits.maxLength)
        }
        if case .linearGradient(let gradient)? = decoration.background {
            number("background.gradient.angle", gradient.angle, in: -1e6...1e6)
            for stop in gradient.stops { number("background.gradient.stops.at", stop.location, in: 0...1) }
        }
    }

    private mutating func edges(_ name: String, _ edges: Edges<Dimension>, allowsNegative: Bool) {
        for (side, value) in sides(edges) { length("\(name).\(side)", value, allowsNegative: allowsNegative) }
    }

    private func sides<Value>(_ edges: Edges<Value>) -> [(String, Value)] {
        [("top", edges.top), ("right", edges.right), ("bottom", edges.bottom), ("left", edges.left)]
    }

    private mutating func length(_ name: String, _ value: Dimension, allowsNegative: Bool) {
        switch value {
        case .auto: break
        case .px(let px):
            number(name, px, in: (allowsNegative ? -Limits.maxLength : 0)...Limits.maxLength)
        case .percent(let percent):
            number(name, percent, in: (allowsNegative ? -Limits.maxPercent : 0)...Limits.maxPercent, unit: "%")
        }
    }

    /// Records `invalid-number` (NaN, infinity) or `value-out-of-range` for `field`.
    private mutating func number(_ field: String, _ value: Double, in range: ClosedRange<Double>,
                                 excludingZero: Bool = false, unit: String = "") {
        guard !value.isFinite || !range.contains(value) || (excludingZero && value == 0) else { return }
        let requirement = excludingZero
            ? "greater than \(Limits.format(range.lowerBound)) and at most \(Limits.format(range.upperBound))\(unit)"
            : "from \(Limits.format(range.lowerBound)) to \(Limits.format(range.upperBound))\(unit)"
        if value.isFinite {
            problems.append(Diagnostic(code: "value-out-of-range",
                                       message: "`\(field)` is \(Limits.format(value))\(unit); it must be \(requirement).",
                                       location: .node(path: path), hint: hint(for: field)))
        } else {
            problems.append(Diagnostic(code: "invalid-number",
                                       message: "`\(field)` is \(value), not a finite number; it must be \(requirement).",
                                       location: .node(path: path), hint: "Check the computation that produced it."))
        }
    }

    private func hint(for field: String) -> String? {
        switch field {
        case "size", "fit.min", "fit.max": "Font sizes are pixels: a title is around 60, body text around 24."
        case "shadow.blur": "A soft shadow needs a blur of 10 to 60."
        default: nil
        }
    }
}

// MARK: - Document checks used by DocumentValidator

extension DocumentValidator {
    /// `canvas-too-large` when the canvas area is above `Limits.maxCanvasPixels`.
    static func canvasAreaProblems(_ size: Size) -> [Diagnostic] { Limits.canvasAreaProblems(size) }
}

extension Limits {
    /// `canvas-too-large` when the canvas area is above `maxCanvasPixels`.
    public static func canvasAreaProblems(_ size: Size) -> [Diagnostic] {
        guard size.width.isFinite, size.height.isFinite, size.width * size.height > Limits.maxCanvasPixels else { return [] }
        return [Diagnostic(code: "canvas-too-large",
                           message: "The canvas is \(Limits.format(size.width)) × \(Limits.format(size.height)) pixels; at most \(Limits.format(Limits.maxCanvasPixels / 1_048_576)) megapixels are allowed (e.g. 8192 × 8192).",
                           location: .node(path: "canvas"),
                           hint: "Design at a social-media size (1080 × 1350) and render with --scale for more pixels.")]
    }

    /// `control-character` for text that contains NUL, ESC or other controls (they cannot be drawn,
    /// and C libraries would stop at a NUL); tabs and line breaks are fine.
}

extension DocumentValidator {
    static func textProblems(_ node: Node, path: String) -> [Diagnostic] {
        guard case .text(let content) = node.kind,
              let bad = content.text.unicodeScalars.first(where: ControlCharacters.isForbidden) else { return [] }
        return [Diagnostic(code: "control-character",
                           message: "The text contains the control character \(ControlCharacters.describe(bad)), which cannot be drawn.",
                           location: .node(path: path), hint: "Remove it; line breaks and tabs are fine.")]
    }
}

/// Which control characters text may not contain, and how messages name them.
public enum ControlCharacters {
    /// True for C0 controls except tab, line feed and carriage return; DEL; C1 controls.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// `U+0000 (NUL)`.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [0: "NUL", 7: "BEL", 8: "BS", 0x0B: "VT", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL"]
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }
}
