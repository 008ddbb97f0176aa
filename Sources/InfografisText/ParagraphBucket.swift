import InfografisCore

/// What a reference layout depends on besides the font; the font size is left out because
/// layouts are made at the engine's reference size and scaled.
///
/// Texts are compared by their UTF-8 bytes (what Pango lays out), not by Unicode canonical
/// equivalence, and the hash is computed once, when the key is made: a lookup hashes the text
/// once and compares bytes only when the hashes agree.
struct ParagraphKey: Hashable {
    /// The text as given (contiguous UTF-8).
    let text: String
    /// Letter spacing as a fraction of the font size.
    let letterSpacingEm: Double
    /// Line height as a multiple of the font size; nil for the font's own.
    let lineHeight: Double?
    /// Hash of the text's bytes and the other fields.
    private let precomputedHash: Int

    init(text: String, letterSpacingEm: Double, lineHeight: Double?) {
        var text = text
        text.makeContiguousUTF8()  // a no-op for native strings
        self.text = text
        self.letterSpacingEm = letterSpacingEm
        self.lineHeight = lineHeight
        var hash = text.utf8.withContiguousStorageIfAvailable { ParagraphKey.fxHash(UnsafeRawBufferPointer($0)) } ?? 0
        hash = ParagraphKey.fxMix(hash, UInt64(bitPattern: Int64(text.utf8.count)))
        hash = ParagraphKey.fxMix(hash, letterSpacingEm.bitPattern)
        hash = ParagraphKey.fxMix(hash, lineHeight?.bitPattern ?? 1)
        precomputedHash = Int(truncatingIfNeeded: hash)
    }

    /// The dictionary hashes the precomputed value again with its own seeded hasher.
    func hash(into hasher: inout Hasher) { hasher.combine(precomputedHash) }

    /// FxHash (rustc's hasher): a rotate, xor and multiply per 8 bytes, several times faster
    /// than SipHash on card-length text. Equal keys have equal bytes, hence equal hashes.
    private static func fxHash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = fxMix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
        return fxMix(hash, tail)
    }

    private static func fxMix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        ((hash << 5 | hash >> 59) ^ word) &* 0x517c_c1b7_2722_0a95
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.precomputedHash == rhs.precomputedHash && lhs.letterSpacingEm == rhs.letterSpacingEm
            && lhs.lineHeight == rhs.lineHeight && sameBytes(lhs.text, rhs.text)
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let equal = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.baseAddress == y.baseAddress || x.elementsEqual(y))
            }
        }
        return (equal ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }
}

/// Everything besides the `ParagraphKey` and the font that a measurement depends on: a
/// request asked again is answered with the result stored the first time.
struct MeasureQuestion: Equatable {
    let size: Double
    let maxWidth: Double?
    let maxHeight: Double?
    let alignment: TextAlignment
    let maxLines: Int?
    let autoFit: AutoFit?
    let wraps: Bool

    init(_ request: MeasureRequest) {
        size = request.style.size
        maxWidth = request.maxWidth
        maxHeight = request.maxHeight
        alignment = request.style.alignment
        maxLines = request.style.maxLines
        autoFit = request.style.autoFit
        wraps = request.style.wraps
    }
}

/// How a reference layout was broken into lines.
enum LayoutMode: Hashable {
    /// Left-aligned, wrapping at words and inside words that do not fit a line; valid for
    /// every width in the entry's interval, and for left, center and right alignment.
    case wrapped
    /// Every word on its own line, words never broken: the min-content probe (width 0).
    case minContent
    /// Justified at exactly the entry's width.
    case justified
    /// At most `maxLines` lines, the last one ending in an ellipsis, at exactly the entry's width.
    case truncated(maxLines: Int, justified: Bool)
}

/// All cached layouts and answers of one text; the unit the cache moves, promotes and evicts.
final class ParagraphBucket {
    /// Which part of the cache a text is in (see `ParagraphCache`).
    enum Segment {
        /// Seen in one request only; the first to go.
        case probation
        /// Asked for again after the request that brought it in.
        case protected
    }

    /// A stored result and the request it answers.
    struct Answer {
        let question: MeasureQuestion
        let result: TextLayout
    }

    let key: ParagraphKey
    /// Layouts of this text, most recently used last.
    private(set) var layouts: [ReferenceLayout] = []
    /// Results of whole requests, most recently used last.
    private(set) var answers: [Answer] = []
    /// Bytes of `layouts` and `answers` plus the key's text.
    private(set) var bytes: Int
    /// The segment whose LRU list holds this text.
    var segment = Segment.probation
    /// The font's request count (`ParagraphCache.requests`) when the text came in.
    let arrival: Int
    /// The font's request count when the text was last asked for.
    var lastRequest: Int
    /// LRU neighbours in the segment's list (`newer` towards the head). Unowned: the cache's
    /// dictionary owns every text and a text is unlinked before it leaves the dictionary, so
    /// moving a text to the front of its list costs no reference counting (and no weak
    /// reference gives buckets a side table, which would slow every retain and release).
    unowned(unsafe) var newer: ParagraphBucket?
    unowned(unsafe) var older: ParagraphBucket?

    /// Most answers kept (different boxes or sizes of the same text).
    static let answerLimit = 4
    /// Bytes of one stored answer: the `TextLayout` and its `PangoParagraph`.
    static let answerBytes = 192

    init(key: ParagraphKey, request: Int) {
        self.key = key
        bytes = key.text.utf8.count + 96
        arrival = request
        lastRequest = request
    }

    /// The stored result for `question`, if any; it becomes the most recently used answer.
    func answer(_ question: MeasureQuestion) -> TextLayout? {
        var index = answers.count - 1
        while index >= 0, answers[index].question != question { index -= 1 }
        guard index >= 0 else { return nil }
        if index != answers.count - 1 {
            let found = answers.remove(at: index)
            answers.append(found)
        }
        return answers[answers.count - 1].result
    }

    /// A layout of `mode` valid at `width` (Pango units, -1 for unbounded), if cached; it
    /// becomes the most recently used of the text's layouts.
    func layout(mode: LayoutMode, width: Int32) -> ReferenceLayout? {
        guard let index = layouts.lastIndex(where: { $0.mode == mode && $0.isValid(atWidth: width) }) else {
            return nil
        }
        let found = layouts[index]
        if index != layouts.count - 1 {
            layouts.remove(at: index)
            layouts.append(found)
        }
        return found
    }

    /// Stores an answer, dropping the least recently used beyond `answerLimit`; returns the
    /// change in bytes.
    func remember(_ answer: Answer) -> Int {
        answers.append(answer)
        guard answers.count > ParagraphBucket.answerLimit else {
            bytes += ParagraphBucket.answerBytes
            return ParagraphBucket.answerBytes
        }
        answers.removeFirst()
        return 0
    }

    /// Adds a layout; returns the change in bytes.
    func add(_ layout: ReferenceLayout) -> Int {
        layouts.append(layout)
        bytes += layout.approximateBytes
        return layout.approximateBytes
    }

    /// Drops the least recently used layout and the answers drawn from it; returns the change
    /// in bytes.
    func dropOldestLayout() -> Int {
        let dropped = layouts.removeFirst()
        let answerCount = answers.count
        answers.removeAll { ($0.result.paragraph as? PangoParagraph)?.reference === dropped }
        let change = -dropped.approximateBytes - (answerCount - answers.count) * ParagraphBucket.answerBytes
        bytes += change
        return change
    }
}
