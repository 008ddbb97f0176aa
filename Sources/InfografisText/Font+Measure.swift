import InfografisCore

/// The parts of a request that do not depend on the font size.
struct MeasureRequest {
    let text: String
    let style: TextStyle
    /// Box width in pixels; nil: unbounded; 0 or less: the min-content probe.
    let maxWidth: Double?
    /// Box height in pixels; nil: unbounded.
    let maxHeight: Double?
    /// Letter spacing as a fraction of the font size (taken at `style.size`, so auto-fit scales it).
    var letterSpacingEm: Double { style.letterSpacing / max(style.size, TextEngine.smallestSize) }
    /// `maxLines`, at least 1.
    var maxLines: Int? { style.maxLines.map { max(1, $0) } }
    var isMinContentProbe: Bool { style.wraps && (maxWidth.map { $0 <= 0 } ?? false) }
    var key: ParagraphKey { ParagraphKey(text: text, letterSpacingEm: letterSpacingEm, lineHeight: style.lineHeight) }
}

/// Finds layouts for a request at a font size: through the cache (reference size, scaled) or
/// fresh at exactly that size.
struct LayoutSource {
    let font: Font
    let bucket: ParagraphBucket?
    let request: MeasureRequest

    /// The layout of `mode` for a font `size` and the request's width; also returns the scale
    /// from the layout's units to pixels at `size`.
    func layout(_ mode: LayoutMode, size: Double, derivedFrom base: ReferenceLayout? = nil)
        -> (layout: ReferenceLayout, pixelsPerUnit: Double) {
        let recipeSize = bucket == nil ? size : font.referenceSize
        let pixelsPerUnit = size / recipeSize / LayoutRecipe.unitsPerPixel
        let width: Int32
        if case .minContent = mode {
            width = 0
        } else if request.style.wraps, let maxWidth = request.maxWidth {
            width = Int32(clamping: Int((maxWidth / pixelsPerUnit).rounded(.down)))
        } else {
            width = -1
        }
        let make = { (recipe: LayoutRecipe) -> ReferenceLayout in
            var text = request.text
            if case .truncated(let maxLines, _) = mode {
                let full = base ?? font.makeLayout(text: text, recipe: recipe, mode: .wrapped, width: width)
                text = Font.truncatedText(text, full: full, maxLines: maxLines)
            }
            return font.makeLayout(text: text, recipe: recipe, mode: mode, width: width)
        }
        guard let bucket else {
            let made = font.withFreshRecipe(size: size, letterSpacingEm: request.letterSpacingEm,
                                            lineHeight: request.style.lineHeight, make)
            return (made, pixelsPerUnit)
        }
        let cache = font.cache
        let found = cache.layout(in: bucket, mode: mode, width: width) {
            let made = make(font.referenceRecipe(letterSpacingEm: request.letterSpacingEm,
                                                 lineHeight: request.style.lineHeight))
            return Font.merge(made, into: bucket)
        }
        return (found, pixelsPerUnit)
    }
}

extension Font {
    /// A `.wrapped` layout with the same lines as an existing one is not kept: the existing
    /// layout's valid widths grow to cover the new one's.
    static func merge(_ made: ReferenceLayout, into bucket: ParagraphBucket) -> ReferenceLayout {
        guard made.mode == .wrapped else { return made }
        let starts = made.lineStarts
        for existing in bucket.layouts where existing.mode == .wrapped && existing.lineStarts == starts
            && existing.contentWidth == made.contentWidth && existing.height == made.height {
            existing.extendValidWidths(to: made.validWidths)
            return existing
        }
        return made
    }

    /// The result of a request: measured at the style's size, or at the size auto-fit chose.
    func answer(_ request: MeasureRequest, using source: LayoutSource) -> TextLayout {
        if let fit = request.style.autoFit, request.isMinContentProbe {
            // The narrowest the text can be: at its smallest allowed size.
            return measure(request, size: max(fit.minSize, TextEngine.smallestSize), using: source)
        }
        if let fit = request.style.autoFit {
            let (size, overflows) = autoFitSize(request, fit: fit, using: source)
            return measure(request, size: size, using: source, forceOverflow: overflows)
        }
        return measure(request, size: max(request.style.size, TextEngine.smallestSize), using: source)
    }

    /// Measures `request` at font `size` (no auto-fit).
    func measure(_ request: MeasureRequest, size: Double, using source: LayoutSource,
                 forceOverflow: Bool = false) -> TextLayout {
        let style = request.style
        if request.text.isEmpty {
            return TextLayout(size: .zero, fontSize: size, lineCount: 0, firstBaseline: 0,
                              overflows: forceOverflow)
        }
        var (layout, pixelsPerUnit) = source.layout(request.isMinContentProbe ? .minContent : .wrapped, size: size)
        var truncated = false
        if !request.isMinContentProbe {
            if let maxLines = request.maxLines, layout.lines.count > maxLines {
                (layout, pixelsPerUnit) = source.layout(.truncated(maxLines: maxLines, justified: style.alignment == .justify),
                                                        size: size, derivedFrom: layout)
                truncated = true
            } else if style.alignment == .justify, layout.wrapped {
                (layout, pixelsPerUnit) = source.layout(.justified, size: size)
            }
        }
        let paragraph = PangoParagraph(reference: layout, pixelsPerUnit: pixelsPerUnit, fontSize: size,
                                       alignment: style.alignment)
        let tolerance = 1e-6
        // Negative letter spacing lets Pango fit lines that end up that much wider.
        let slack = max(0, -request.letterSpacingEm * size)
        let overflows = forceOverflow
            || (request.maxWidth.map { $0 > 0 && paragraph.size.width > ($0 + slack) * (1 + tolerance) } ?? false)
            || (request.maxHeight.map { paragraph.size.height > $0 * (1 + tolerance) } ?? false)
        var result = TextLayout(size: paragraph.size, fontSize: size, lineCount: layout.lines.count,
                                firstBaseline: Double(layout.firstBaseline) * pixelsPerUnit,
                                isTruncated: truncated, overflows: overflows, paragraph: paragraph)
        result.missingCharacters = layout.missingCharacters
        return result
    }

    /// Whether the text fits the box at `size`: within the width and height, and without
    /// needing more than `maxLines` lines.
    func fits(_ request: MeasureRequest, size: Double, using source: LayoutSource) -> Bool {
        let (layout, pixelsPerUnit) = source.layout(.wrapped, size: size)
        return fits(layout, pixelsPerUnit: pixelsPerUnit, size: size, request: request)
    }

    func fits(_ layout: ReferenceLayout, pixelsPerUnit: Double, size: Double, request: MeasureRequest) -> Bool {
        let tolerance = 1e-6
        let slack = max(0, -request.letterSpacingEm * size)
        if let maxWidth = request.maxWidth, Double(layout.contentWidth) * pixelsPerUnit > (maxWidth + slack) * (1 + tolerance) {
            return false
        }
        if let maxHeight = request.maxHeight, Double(layout.height) * pixelsPerUnit > maxHeight * (1 + tolerance) {
            return false
        }
        if let maxLines = request.maxLines, layout.lines.count > maxLines { return false }
        return true
    }
}
