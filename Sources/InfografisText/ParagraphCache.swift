/// Counters of one font's paragraph cache (or their sum over an engine's fonts).
public struct TextCacheStatistics: Hashable, Sendable {
    /// Lookups answered by a cached reference layout.
    public var hits = 0
    /// Lookups that had to lay the text out.
    public var misses = 0
    /// Reference layouts currently cached.
    public var entries = 0
    /// Approximate bytes the cached layouts retain (Pango's structures plus ours).
    public var approximateBytes = 0
    /// Pango line-breaking computations run (a new PangoLayout laid out), cached or not.
    public var layoutCalls = 0
    /// Texts dropped to stay within the cache limits.
    public var evictions = 0

    /// All counters zero.
    public init() {}

    /// Field-wise sum.
    public static func + (lhs: Self, rhs: Self) -> Self {
        var sum = lhs
        sum.hits += rhs.hits
        sum.misses += rhs.misses
        sum.entries += rhs.entries
        sum.approximateBytes += rhs.approximateBytes
        sum.layoutCalls += rhs.layoutCalls
        sum.evictions += rhs.evictions
        return sum
    }
}

/// What a reference layout depends on besides the font; the font size is left out because
/// layouts are made at the engine's reference size and scaled.
struct ParagraphKey: Hashable {
    /// The text as given.
    var text: String
    /// Letter spacing as a fraction of the font size.
    var letterSpacingEm: Double
    /// Line height as a multiple of the font size; nil for the font's own.
    var lineHeight: Double?
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

/// All cached layouts of one text; the unit the LRU moves and evicts.
final class ParagraphBucket {
    let key: ParagraphKey
    /// Layouts of this text, most recently used last.
    var layouts: [ReferenceLayout] = []
    /// Bytes of `layouts` plus the key's text.
    var bytes: Int
    /// LRU neighbours: `newer` towards the head.
    weak var newer: ParagraphBucket?
    var older: ParagraphBucket?

    init(key: ParagraphKey) {
        self.key = key
        bytes = key.text.utf8.count + 96
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
}

/// A bounded LRU of reference layouts, bounded both in entry count and in retained bytes.
final class ParagraphCache {
    /// Most layouts kept; the least recently used texts go first.
    let entryLimit: Int
    /// Most bytes kept (approximate, see `ReferenceLayout.approximateBytes`).
    let byteLimit: Int
    /// Most layouts kept per text (different widths, modes); the least recently used goes first.
    let layoutsPerText = 24

    private(set) var statistics = TextCacheStatistics()
    private var buckets: [ParagraphKey: ParagraphBucket] = [:]
    private var newest: ParagraphBucket?
    private var oldest: ParagraphBucket?

    init(entryLimit: Int, byteLimit: Int) {
        self.entryLimit = max(1, entryLimit)
        self.byteLimit = max(1, byteLimit)
    }

    /// The bucket of `key`, made if needed, moved to the front of the LRU.
    func bucket(for key: ParagraphKey) -> ParagraphBucket {
        if let bucket = buckets[key] {
            moveToFront(bucket)
            return bucket
        }
        let bucket = ParagraphBucket(key: key)
        buckets[key] = bucket
        statistics.approximateBytes += bucket.bytes
        linkAtFront(bucket)
        return bucket
    }

    /// Looks up a layout, counting a hit or a miss; on a miss `make` lays the text out.
    /// `make` may return an existing layout of the bucket (a merged interval).
    func layout(in bucket: ParagraphBucket, mode: LayoutMode, width: Int32,
                make: () -> ReferenceLayout) -> ReferenceLayout {
        if let cached = bucket.layout(mode: mode, width: width) {
            statistics.hits += 1
            return cached
        }
        statistics.misses += 1
        let made = make()
        if bucket.layouts.contains(where: { $0 === made }) { return made }
        insert(made, into: bucket)
        return made
    }

    /// Counts a Pango line-breaking computation.
    func countLayoutCall() { statistics.layoutCalls += 1 }

    /// Drops every cached layout; the counters other than entries and bytes are kept.
    func removeAll() {
        var bucket = newest
        while let current = bucket {
            bucket = current.older
            current.older = nil
        }
        buckets.removeAll()
        newest = nil
        oldest = nil
        statistics.entries = 0
        statistics.approximateBytes = 0
    }

    private func insert(_ layout: ReferenceLayout, into bucket: ParagraphBucket) {
        bucket.layouts.append(layout)
        bucket.bytes += layout.approximateBytes
        statistics.entries += 1
        statistics.approximateBytes += layout.approximateBytes
        if bucket.layouts.count > layoutsPerText {
            let dropped = bucket.layouts.removeFirst()
            bucket.bytes -= dropped.approximateBytes
            statistics.entries -= 1
            statistics.approximateBytes -= dropped.approximateBytes
            statistics.evictions += 1
        }
        evictIfNeeded(keeping: bucket)
    }

    /// Evicts least recently used texts until within limits; never the one in use.
    private func evictIfNeeded(keeping current: ParagraphBucket) {
        while statistics.entries > entryLimit || statistics.approximateBytes > byteLimit,
              let victim = oldest, victim !== current {
            unlink(victim)
            buckets[victim.key] = nil
            statistics.entries -= victim.layouts.count
            statistics.approximateBytes -= victim.bytes
            statistics.evictions += 1
        }
    }

    // MARK: - LRU list

    private func linkAtFront(_ bucket: ParagraphBucket) {
        bucket.older = newest
        bucket.newer = nil
        newest?.newer = bucket
        newest = bucket
        if oldest == nil { oldest = bucket }
    }

    private func unlink(_ bucket: ParagraphBucket) {
        if let newer = bucket.newer { newer.older = bucket.older } else { newest = bucket.older }
        if let older = bucket.older { older.newer = bucket.newer } else { oldest = bucket.newer }
        bucket.newer = nil
        bucket.older = nil
    }

    private func moveToFront(_ bucket: ParagraphBucket) {
        guard newest !== bucket else { return }
        unlink(bucket)
        linkAtFront(bucket)
    }
}
