internal import CInfografis

/// Everything about a font size that a PangoLayout is made from.
struct LayoutRecipe {
    /// Font description at `size` (borrowed).
    let description: OpaquePointer
    /// Font size in pixels.
    let size: Double
    /// Letter spacing as a fraction of the size.
    let letterSpacingEm: Double
    /// Line height as a multiple of the size; nil for the font's own.
    let lineHeight: Double?
    /// The font's own line height at `size`, Pango units.
    let naturalLineHeight: Int32

    /// Letter spacing in Pango units.
    var letterSpacingUnits: Int32 {
        Int32(clamping: Int((letterSpacingEm * size * LayoutRecipe.unitsPerPixel).rounded()))
    }

    /// Pango units per pixel at this size: `PANGO_SCALE`.
    static let unitsPerPixel = Double(PANGO_SCALE)
}

// MARK: - Making layouts: the only place that runs Pango's line breaking

extension Font {
    /// Lays `text` out (one counted Pango line-breaking computation): plain text, never markup.
    /// `width` in Pango units, -1 for none.
    func makeLayout(text: String, recipe: LayoutRecipe, mode: LayoutMode, width: Int32) -> ReferenceLayout {
        PangoLock.run { makeLayoutUnlocked(text: text, recipe: recipe, mode: mode, width: width) }
    }

    private func makeLayoutUnlocked(text: String, recipe: LayoutRecipe, mode: LayoutMode, width: Int32) -> ReferenceLayout {
        guard let layout = GObjectRef(adopting: pango_layout_new(context.pointer)) else {
            preconditionFailure("pango_layout_new returned NULL (out of memory)")
        }
        cache.countLayoutCall()
        let pango = layout.pointer
        // Left means left, whatever the script: alignment is applied when drawing.
        pango_layout_set_auto_dir(pango, 0)
        pango_layout_set_font_description(pango, recipe.description)
        let spacing = recipe.letterSpacingUnits
        if let attributes = attributes(for: recipe) {
            pango_layout_set_attributes(pango, attributes)
            pango_attr_list_unref(attributes)
        }
        pango_layout_set_text(pango, text, Int32(clamping: text.utf8.count))
        switch mode {
        case .minContent:
            pango_layout_set_wrap(pango, PANGO_WRAP_WORD)
            pango_layout_set_width(pango, 0)
        case .wrapped:
            pango_layout_set_wrap(pango, PANGO_WRAP_WORD_CHAR)
            pango_layout_set_width(pango, width)
        case .justified:
            pango_layout_set_wrap(pango, PANGO_WRAP_WORD_CHAR)
            pango_layout_set_width(pango, width)
            pango_layout_set_justify(pango, 1)
        case .truncated(let maxLines, let justified):
            pango_layout_set_wrap(pango, PANGO_WRAP_WORD_CHAR)
            pango_layout_set_width(pango, width)
            pango_layout_set_justify(pango, justified ? 1 : 0)
            if width >= 0 {
                // Negative height: at most this many lines per paragraph. The text was made a
                // single paragraph (see `truncatedText`), so this counts all lines.
                pango_layout_set_height(pango, -Int32(clamping: maxLines))
                pango_layout_set_ellipsize(pango, PANGO_ELLIPSIZE_END)
            }
        }
        return ReferenceLayout(layout: layout, mode: mode, width: width, letterSpacing: spacing)
    }

    /// Attributes over the whole text: letter spacing, line height, and no hyphens.
    ///
    /// Hyphens: a word broken because it is longer than the line gets no hyphen, as CSS
    /// `overflow-wrap: break-word` does. It also avoids a data race in Pango 1.50's hyphen
    /// handling: with hyphens on, engines on different threads (each with its own font map)
    /// sometimes measured a hyphen and sometimes not, changing line breaks and justification.
    private func attributes(for recipe: LayoutRecipe) -> OpaquePointer? {
        guard let list = pango_attr_list_new() else { return nil }
        if let attribute = pango_attr_insert_hyphens_new(0) {
            pango_attr_list_insert(list, attribute)
        }
        let spacing = recipe.letterSpacingUnits
        if spacing != 0, let attribute = pango_attr_letter_spacing_new(spacing) {
            pango_attr_list_insert(list, attribute)
        }
        if let multiple = recipe.lineHeight, recipe.naturalLineHeight > 0 {
            // Pango scales each run's own height; CSS wants `multiple * size`.
            let factor = multiple * recipe.size * LayoutRecipe.unitsPerPixel / Double(recipe.naturalLineHeight)
            if let attribute = pango_attr_line_height_new(factor) {
                pango_attr_list_insert(list, attribute)
            }
        }
        return list
    }

    /// The text a truncated layout is made from: the text of the first `maxLines` lines of
    /// `full` (trailing white space dropped) plus an ellipsis, with paragraph separators turned
    /// into U+2028 LINE SEPARATOR so Pango's per-paragraph line limit counts every line.
    /// Pango then shortens the last line further if the ellipsis does not fit.
    static func truncatedText(_ text: String, full: ReferenceLayout, maxLines: Int) -> String {
        guard maxLines > 0, full.lines.count > maxLines else { return text }
        let end = Int(full.lines[maxLines].startIndex)
        let utf8 = Array(text.utf8)
        var kept = String(decoding: utf8[0..<min(end, utf8.count)], as: UTF8.self).unicodeScalars
        while let last = kept.last, last.properties.isWhitespace {
            kept.removeLast()
        }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in kept {
            switch scalar {
            case "\n" where previous == "\r":
                break
            case "\r", "\n", "\u{2029}":
                result.append("\u{2028}")
            default:
                result.append(scalar)
            }
            previous = scalar
        }
        result.append("\u{2026}")
        return String(result)
    }
}
