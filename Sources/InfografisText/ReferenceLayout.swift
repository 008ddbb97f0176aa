internal import CInfografis

/// One line of a reference layout, in Pango units of the reference size.
struct LayoutLine {
    /// The line, with a reference of its own (released by the owning `ReferenceLayout`).
    let line: UnsafeMutablePointer<PangoLayoutLine>
    /// Byte index of the line's first character in the layout's text.
    let startIndex: Int32
    /// Left edge of the line's logical box within the layout.
    let x: Int32
    /// Top of the line's logical box (half-leading included), from the top of the layout.
    let top: Int32
    /// Height of the line's logical box.
    let height: Int32
    /// Baseline, from the top of the layout.
    let baseline: Int32
    /// Logical width without trailing white space (which hangs, as in CSS).
    let contentWidth: Int32
    /// The width Pango needs this line to fit in: its logical width, in which white space at
    /// the end of a paragraph counts and, at a wrap, all but the last space (Pango zeroes that
    /// one; with several, WORD_CHAR wrapping breaks between them rather than let them hang).
    let fitWidth: Int32
}

/// A PangoLayout laid out at the engine's reference size, with what measuring and drawing
/// need read out of it once. Immutable after `init`; shared by every request it answers.
final class ReferenceLayout {
    let layout: GObjectRef<OpaquePointer>
    let mode: LayoutMode
    /// The width the layout was broken at (Pango units), -1 when unbounded.
    let width: Int32
    /// Width the lines need (the widest `fitWidth`): the paragraph's measured width.
    let contentWidth: Int32
    /// Logical height of all lines.
    let height: Int32
    /// Baseline of the first line.
    let firstBaseline: Int32
    let lines: [LayoutLine]
    /// True when some line ended because the width was reached (not at a paragraph end).
    let wrapped: Bool
    /// Pango's count of characters no font could show.
    let unknownGlyphs: Int
    /// The characters no font could show, in text order without repeats (empty when `unknownGlyphs` is 0).
    let missingCharacters: [Unicode.Scalar]
    /// Approximate bytes retained: Pango's layout, items, glyph strings, lines, and ours.
    let approximateBytes: Int
    /// Widths (Pango units) at which the same lines result, for `.wrapped` layouts: the greedy
    /// breaker gives the same lines for any width between the widest line and the width used.
    private(set) var validWidths: ClosedRange<Int32>

    /// `letterSpacing`: the spacing in Pango units; Pango counts it after a line's last letter
    /// while breaking and trims it afterwards, so a line needs that much more room to fit.
    init(layout: GObjectRef<OpaquePointer>, mode: LayoutMode, width: Int32, letterSpacing: Int32) {
        self.layout = layout
        self.mode = mode
        self.width = width
        let pango = layout.pointer
        var logical = PangoRectangle()
        pango_layout_get_extents(pango, nil, &logical)
        height = logical.height
        firstBaseline = pango_layout_get_baseline(pango)
        unknownGlyphs = Int(pango_layout_get_unknown_glyphs_count(pango))
        missingCharacters = unknownGlyphs > 0 ? ReferenceLayout.missingCharacters(in: pango) : []

        let text = pango_layout_get_text(pango)
        var lines: [LayoutLine] = []
        var glyphCount = 0
        var runCount = 0
        var wrapped = false
        if let iter = pango_layout_get_iter(pango) {
            repeat {
                guard let line = pango_layout_iter_get_line_readonly(iter) else { continue }
                var extents = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &extents)
                let trailing = ReferenceLayout.trailingWhiteSpaceWidth(of: line, text: text,
                                                                       glyphs: &glyphCount, runs: &runCount)
                pango_layout_line_ref(line)
                let endsParagraph = pango_layout_iter_at_last_line(iter).isTrue
                    || ReferenceLayout.nextLineStartsParagraph(iter)
                lines.append(LayoutLine(line: line, startIndex: line.pointee.start_index, x: extents.x,
                                        top: extents.y, height: extents.height,
                                        baseline: pango_layout_iter_get_baseline(iter),
                                        contentWidth: max(0, extents.width - trailing),
                                        fitWidth: extents.width + max(0, letterSpacing)))
                wrapped = wrapped || !endsParagraph
            } while pango_layout_iter_next_line(iter).isTrue
            pango_layout_iter_free(iter)
        }
        self.lines = lines
        self.wrapped = wrapped
        contentWidth = lines.map(\.fitWidth).max() ?? 0
        let textBytes = text.map { Int(strlen($0)) } ?? 0
        // PangoLayout ~400 B; per character: log attrs (4 B) and text (1 B per byte);
        // per run: PangoGlyphItem, PangoItem, analysis, list nodes (~160 B);
        // per glyph: PangoGlyphInfo (20 B) and a log cluster (4 B); per line ~120 B with ours.
        approximateBytes = 400 + textBytes * 5 + runCount * 160 + glyphCount * 24 + lines.count * 120
        if mode == .wrapped {
            let upper = (width < 0 || !wrapped) ? Int32.max : width
            validWidths = min(contentWidth, upper)...upper
        } else {
            validWidths = width...width
        }
    }

    /// Whether the line after the iterator's starts a paragraph (the iterator is not moved).
    private static func nextLineStartsParagraph(_ iter: OpaquePointer) -> Bool {
        guard let copy = pango_layout_iter_copy(iter) else { return false }
        defer { pango_layout_iter_free(copy) }
        guard pango_layout_iter_next_line(copy).isTrue, let next = pango_layout_iter_get_line_readonly(copy) else {
            return true
        }
        return next.pointee.is_paragraph_start != 0
    }

    deinit {
        for line in lines { pango_layout_line_unref(line.line) }
    }

    /// Whether this layout is what a request at `width` (-1: unbounded) would produce.
    func isValid(atWidth width: Int32) -> Bool {
        if width == self.width { return true }
        let requested = width < 0 ? Int32.max : width
        return validWidths.contains(requested)
    }

    /// Whether Pango cut text to draw an ellipsis.
    var isEllipsized: Bool { pango_layout_is_ellipsized(layout.pointer).isTrue }

    /// Line start indices: two `.wrapped` layouts with the same starts have the same lines.
    var lineStarts: [Int32] { lines.map(\.startIndex) }

    /// Extends the widths this layout is valid for to `range` (another layout with the same
    /// lines was made at a larger width).
    func extendValidWidths(to range: ClosedRange<Int32>) {
        validWidths = min(validWidths.lowerBound, range.lowerBound)...max(validWidths.upperBound, range.upperBound)
    }

    /// Width of the white space glyphs at the logical end of `line` (also counts the line's
    /// glyphs and runs for the memory estimate).
    /// Characters drawn as unknown glyphs: Pango marks such a glyph with `PANGO_GLYPH_UNKNOWN_FLAG`
    /// and stores the character's code point in the remaining bits.
    private static func missingCharacters(in layout: OpaquePointer) -> [Unicode.Scalar] {
        var found: [Unicode.Scalar] = []
        guard let iter = pango_layout_get_iter(layout) else { return found }
        defer { pango_layout_iter_free(iter) }
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter), let glyphString = run.pointee.glyphs,
                  let infos = glyphString.pointee.glyphs else { continue }
            for index in 0..<Int(glyphString.pointee.num_glyphs) {
                let glyph = infos[index].glyph
                guard glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0,
                      let scalar = Unicode.Scalar(glyph & ~PANGO_GLYPH_UNKNOWN_FLAG),
                      !scalar.properties.isWhitespace, !found.contains(scalar) else { continue }
                found.append(scalar)
            }
        } while pango_layout_iter_next_run(iter).isTrue
        return found
    }

    private static func trailingWhiteSpaceWidth(of line: UnsafeMutablePointer<PangoLayoutLine>,
                                                text: UnsafePointer<CChar>?,
                                                glyphs: inout Int, runs: inout Int) -> Int32 {
        let start = Int(line.pointee.start_index)
        let length = Int(line.pointee.length)
        var trimmedEnd = start + length
        if let text, length > 0 {
            let bytes = UnsafeRawPointer(text + start).assumingMemoryBound(to: UInt8.self)
            let content = String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
            for scalar in content.unicodeScalars.reversed() {
                guard scalar.properties.isWhitespace else { break }
                trimmedEnd -= UTF8.width(scalar)
            }
        }
        var trailing: Int32 = 0
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let run = current.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let item = run.pointee.item, let glyphString = run.pointee.glyphs else { continue }
            runs += 1
            let count = Int(glyphString.pointee.num_glyphs)
            glyphs += count
            guard trimmedEnd < start + length,
                  let infos = glyphString.pointee.glyphs, let clusters = glyphString.pointee.log_clusters else { continue }
            for index in 0..<count where Int(item.pointee.offset) + Int(clusters[index]) >= trimmedEnd {
                trailing += infos[index].geometry.width
            }
        }
        return trailing
    }
}

extension gboolean {
    /// The C truth value.
    var isTrue: Bool { self != 0 }
}
