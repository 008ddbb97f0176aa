internal import CInfografis
import Foundation
import InfografisCore

/// A family, weight and slant of one `TextEngine`, owning the cache of its laid-out paragraphs.
/// Not Sendable: use it on the thread of the engine that made it.
public final class Font {
    /// Family (or comma-separated family list) as requested.
    public let family: String
    /// CSS weight, 100...1000.
    public let weight: Int
    /// Italic face requested.
    public let italic: Bool

    /// The engine's context; every layout of this font is made in it.
    let context: GObjectRef<OpaquePointer>
    /// Size at which cached layouts are made; requests at other sizes are scaled.
    let referenceSize: Double
    /// The family list handed to fontconfig: the request, then the library's default family.
    let familyList: String
    let cache: ParagraphCache
    /// Description at `referenceSize` (owned).
    private let referenceDescription: OpaquePointer
    /// Natural line height (ascent + descent) at `referenceSize`, in Pango units; measured once.
    private var referenceLineHeight: Int32?

    init(family: String, weight: Int, italic: Bool, context: GObjectRef<OpaquePointer>,
         referenceSize: Double, defaultFamily: String, cache: ParagraphCache) {
        self.family = family
        self.weight = weight
        self.italic = italic
        self.context = context
        self.referenceSize = referenceSize
        self.cache = cache
        let requested = family.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let hasDefault = requested.contains { $0.caseInsensitiveCompare(defaultFamily) == .orderedSame }
        familyList = (requested + (hasDefault ? [] : [defaultFamily])).joined(separator: ",")
        referenceDescription = Font.makeDescription(familyList: familyList, weight: weight, italic: italic,
                                                    size: referenceSize)
    }

    deinit {
        pango_font_description_free(referenceDescription)
    }

    /// This font's cache counters.
    public var statistics: TextCacheStatistics { cache.statistics }

    /// Drops this font's cached layouts (paragraphs already handed out stay drawable).
    public func removeCachedLayouts() { cache.removeAll() }

    /// Family name of the face fontconfig chose for this font's first family (e.g. `Inter`).
    public var resolvedFamily: String { resolvedFace().family }
    /// File of the face fontconfig chose for this font's first family.
    public var resolvedFile: String? { resolvedFace().file }
}

// MARK: - Pango descriptions

extension Font {
    static func makeDescription(familyList: String, weight: Int, italic: Bool, size: Double) -> OpaquePointer {
        guard let description = pango_font_description_new() else {
            preconditionFailure("pango_font_description_new returned NULL (out of memory)")
        }
        pango_font_description_set_family(description, familyList)
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(weight)))
        pango_font_description_set_style(description, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        // Absolute size: pixels (device units), not points.
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        return description
    }

    /// The recipe for layouts at the reference size (cached path).
    func referenceRecipe(letterSpacingEm: Double, lineHeight: Double?) -> LayoutRecipe {
        let natural = referenceLineHeight ?? {
            let measured = naturalLineHeight(description: referenceDescription)
            referenceLineHeight = measured
            return measured
        }()
        return LayoutRecipe(description: referenceDescription, size: referenceSize,
                            letterSpacingEm: letterSpacingEm, lineHeight: lineHeight, naturalLineHeight: natural)
    }

    /// Calls `body` with a recipe at exactly `size`, made from scratch (uncached path).
    func withFreshRecipe<R>(size: Double, letterSpacingEm: Double, lineHeight: Double?,
                            _ body: (LayoutRecipe) -> R) -> R {
        let description = Font.makeDescription(familyList: familyList, weight: weight, italic: italic, size: size)
        defer { pango_font_description_free(description) }
        let natural = naturalLineHeight(description: description)
        return body(LayoutRecipe(description: description, size: size, letterSpacingEm: letterSpacingEm,
                                 lineHeight: lineHeight, naturalLineHeight: natural))
    }

    /// Logical height of one line of this font alone (Pango units), from a one-character layout.
    private func naturalLineHeight(description: OpaquePointer) -> Int32 {
        PangoLock.run {
            guard let layout = GObjectRef(adopting: pango_layout_new(context.pointer)) else { return 0 }
            cache.countLayoutCall()
            pango_layout_set_font_description(layout.pointer, description)
            pango_layout_set_text(layout.pointer, "x", 1)
            var logical = PangoRectangle()
            pango_layout_get_extents(layout.pointer, nil, &logical)
            return logical.height
        }
    }

    /// Family and file of the face used for the first character of a sample in this font.
    private func resolvedFace() -> (family: String, file: String?) {
        PangoLock.run {
            guard let font = pango_context_load_font(context.pointer, referenceDescription) else { return ("", nil) }
            defer { g_object_unref(UnsafeMutableRawPointer(font)) }
            return FontFace.describe(font)
        }
    }
}

/// Inspecting the faces Pango picked.
enum FontFace {
    /// Family name and file of a Pango font (a PangoFcFont on this platform).
    static func describe(_ font: UnsafeMutablePointer<PangoFont>) -> (family: String, file: String?) {
        var family = ""
        if let description = pango_font_describe(font) {
            if let name = pango_font_description_get_family(description) { family = String(cString: name) }
            pango_font_description_free(description)
        }
        let instance = UnsafeMutableRawPointer(font).assumingMemoryBound(to: GTypeInstance.self)
        guard g_type_check_instance_is_a(instance, pango_fc_font_get_type()) != 0 else { return (family, nil) }
        let fcFont = UnsafeMutableRawPointer(font).assumingMemoryBound(to: PangoFcFont.self)
        guard let pattern = pango_fc_font_get_pattern(fcFont) else { return (family, nil) }
        var file: UnsafeMutablePointer<FcChar8>?
        guard FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file else { return (family, nil) }
        return (family, String(cString: file))
    }
}
