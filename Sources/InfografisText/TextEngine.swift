internal import CInfografis
import InfografisCore

/// The Pango-backed text core: measures and shapes paragraphs for layout and rendering.
///
/// One engine per thread. Pango contexts and layouts must stay on the thread that made them,
/// so an engine, its fonts and the paragraphs it returns are not Sendable; for parallel work
/// give each worker thread its own engine (a dedicated thread, not a task that may hop).
/// Computing a new Pango layout takes a process-wide lock (see `PangoLock`: Pango 1.50 gives
/// thread-dependent line breaks otherwise); cache hits and drawing run in parallel.
/// Fonts come from `FontLibrary.shared` (bundled fonts first, system fonts for fallback).
public final class TextEngine: TextMeasuring {
    /// Tuning knobs; the defaults suit rendering.
    public struct Configuration: Hashable, Sendable {
        /// Cache layouts per font, made at `referenceSize` and scaled. Default true; false lays
        /// every request out afresh at its own size (for tests and comparisons).
        public var caching = true
        /// Font size (px) cached layouts are made at. Default 64.
        public var referenceSize = 64.0
        /// Most layouts each font keeps. Default 2048.
        public var cacheEntryLimit = 2048
        /// Most bytes (approximate) each font's layouts retain. Default 8 MiB.
        public var cacheByteLimit = 8 << 20
        /// Most bytes each font keeps of text seen in one request only (probation; at most
        /// half of `cacheByteLimit`). Default 256 KiB.
        public var cacheProbationBytes = 256 << 10
        /// Requests of a font after which a cached text not asked for again goes back to
        /// probation. Default 32,768 (a few hundred cards).
        public var cacheIdleRequests = 32_768

        /// The defaults.
        public init() {}
    }

    /// The configuration the engine was made with.
    public let configuration: Configuration
    /// The fonts configuration in use.
    public let library: FontLibrary

    let fontMap: GObjectRef<UnsafeMutablePointer<PangoFontMap>>
    let context: GObjectRef<OpaquePointer>
    private var fonts: [FontKey: Font] = [:]
    /// The font of the previous request.
    private var lastFont: Font?

    private struct FontKey: Hashable {
        let family: String
        let weight: Int
        let italic: Bool
    }

    /// Smallest font size honoured, in pixels; smaller requests are raised to it.
    static let smallestSize = 0.01

    /// Makes an engine for the calling thread.
    public init(configuration: Configuration = Configuration()) {
        var configuration = configuration
        configuration.referenceSize = max(configuration.referenceSize, 1)
        self.configuration = configuration
        library = FontLibrary.shared
        guard let fontMap = GObjectRef(adopting: pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT)) else {
            preconditionFailure("Pango has no FreeType font map: pango_cairo_font_map_new_for_font_type failed")
        }
        if let config = library.config {
            // A PangoCairoFcFontMap is a PangoFcFontMap.
            pango_fc_font_map_set_config(OpaquePointer(fontMap.pointer), config)
        }
        guard let context = GObjectRef(adopting: pango_font_map_create_context(fontMap.pointer)) else {
            preconditionFailure("pango_font_map_create_context returned NULL")
        }
        self.fontMap = fontMap
        self.context = context
        TextEngine.configure(context.pointer)
    }

    /// Fixed, device-independent text settings: no metric hinting, no hinting, gray
    /// antialiasing, unrounded glyph positions. Advances then scale linearly with the size and
    /// PNG, SVG and PDF output share one layout.
    private static func configure(_ context: OpaquePointer) {
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
    }

    /// The font for a family (or comma-separated list), CSS weight and slant; made once per engine.
    public func font(family: String, weight: Int = 400, italic: Bool = false) -> Font {
        let weight = min(max(weight, 100), 1000)
        // Consecutive requests mostly share a font: no hashing for those.
        if let last = lastFont, last.weight == weight, last.italic == italic, last.family == family { return last }
        let key = FontKey(family: family, weight: weight, italic: italic)
        if let font = fonts[key] {
            lastFont = font
            return font
        }
        let font = Font(family: key.family, weight: key.weight, italic: key.italic, context: context,
                        referenceSize: configuration.referenceSize, defaultFamily: library.defaultFamily,
                        cache: ParagraphCache(limits: ParagraphCacheLimits(
                            entries: configuration.cacheEntryLimit, bytes: configuration.cacheByteLimit,
                            probationBytes: configuration.cacheProbationBytes,
                            idleRequests: configuration.cacheIdleRequests)))
        fonts[key] = font
        lastFont = font
        return font
    }

    /// The font a style asks for.
    public func font(for style: TextStyle) -> Font {
        font(family: style.family, weight: style.weight, italic: style.italic)
    }

    /// Lays out `text` (see `TextMeasuring`). `maxWidth` nil: no wrapping; 0 or less: the
    /// min-content probe (each word on its own line, long words not broken); otherwise lines
    /// wrap at words and a word longer than a line breaks between characters.
    public func layout(_ text: TextContent, maxWidth: Double?, maxHeight: Double?) -> TextLayout {
        let font = font(for: text.style)
        let request = MeasureRequest(text: text.text, style: text.style,
                                     maxWidth: maxWidth.flatMap { $0.isNaN ? nil : $0 },
                                     maxHeight: maxHeight.flatMap { $0.isNaN ? nil : $0 })
        guard configuration.caching else {
            return font.answer(request, using: LayoutSource(font: font, bucket: nil, request: request))
        }
        // A request asked before is answered with the stored result; otherwise the result is
        // made from cached reference layouts where possible, and stored.
        let cache = font.cache
        let bucket = cache.bucket(for: request.key)
        let question = MeasureQuestion(request)
        if let result = cache.answer(question, in: bucket) { return result }
        let result = font.answer(request, using: LayoutSource(font: font, bucket: bucket, request: request))
        cache.remember(result, for: question, in: bucket)
        return result
    }

    /// Width of the widest word (min-content), in pixels.
    public func minContentWidth(_ text: TextContent) -> Double {
        layout(text, maxWidth: 0, maxHeight: nil).size.width
    }

    /// Cache counters summed over this engine's fonts.
    public var statistics: TextCacheStatistics {
        fonts.values.reduce(TextCacheStatistics()) { $0 + $1.statistics }
    }

    /// Broken invariants of every font's cache (for tests); empty when all are consistent.
    func cacheInvariantViolations() -> [String] {
        fonts.values.flatMap { $0.cache.invariantViolations() }
    }

    /// Drops every font's cached layouts.
    public func removeCachedLayouts() {
        for font in fonts.values { font.removeCachedLayouts() }
    }

    /// Pango's version string.
    public var pangoVersion: String { String(cString: pango_version_string()) }
}

@available(*, unavailable, message: "A TextEngine belongs to the thread that made it; make one per thread.")
extension TextEngine: Sendable {}
