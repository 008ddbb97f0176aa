import InfografisCore

/// Counters of one font's paragraph cache (or their sum over an engine's fonts).
public struct TextCacheStatistics: Hashable, Sendable {
    /// Requests answered with a stored result, and lookups answered by a cached reference layout.
    public var hits = 0
    /// Lookups that had to lay the text out.
    public var misses = 0
    /// Reference layouts currently cached.
    public var entries = 0
    /// Approximate bytes the cached layouts and results retain (Pango's structures plus ours).
    public var approximateBytes = 0
    /// Pango line-breaking computations run (a new PangoLayout laid out), cached or not.
    public var layoutCalls = 0
    /// Texts (or a text's oldest layouts) dropped to stay within the cache limits.
    public var evictions = 0
    /// Texts moved from probation to the protected segment because they were asked for again.
    public var promotions = 0
    /// Texts moved back from the protected segment to probation: idle too long, or crowded out.
    public var demotions = 0

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
        sum.promotions += rhs.promotions
        sum.demotions += rhs.demotions
        return sum
    }
}

/// The limits of one font's cache.
struct ParagraphCacheLimits {
    /// Most layouts kept in all.
    var entries: Int
    /// Most bytes kept in all (approximate, see `ReferenceLayout.approximateBytes`).
    var bytes: Int
    /// Most bytes kept by texts on probation (at most half of `bytes`).
    var probationBytes: Int
    /// Requests of the font after which a protected text that was not asked for again goes
    /// back to probation.
    var idleRequests: Int
}

/// A segmented LRU of reference layouts and results, bounded in layouts and in retained bytes.
///
/// A new text enters a small probation segment; it moves to the protected segment only when
/// a later request asks for it again (admission by second use, as in SLRU and TinyLFU). Text
/// seen once (a title that differs on every row of a batch) churns in probation and evicts
/// only other such text, while repeated text (template labels, values that recur) stays.
/// A protected text that its font has not been asked for during `idleRequests` requests goes
/// back to probation (the working set of recent requests), so text that was hot for a while
/// and then never came back does not fill the protected segment up to its bound.
final class ParagraphCache {
    let limits: ParagraphCacheLimits
    /// Most layouts kept per text (different widths, modes); the least recently used goes first.
    let layoutsPerText = 24

    private(set) var statistics = TextCacheStatistics()
    /// Requests so far (calls of `bucket(for:)`): the clock of arrivals and idleness.
    private(set) var requests = 0
    private var buckets: [ParagraphKey: ParagraphBucket] = [:]
    private let probation = BucketList()
    private let protected = BucketList()

    init(limits: ParagraphCacheLimits) {
        let bytes = max(1, limits.bytes)
        self.limits = ParagraphCacheLimits(entries: max(1, limits.entries), bytes: bytes,
                                           probationBytes: min(max(1, limits.probationBytes), max(1, bytes / 2)),
                                           idleRequests: max(1, limits.idleRequests))
    }

    /// The bucket of `key` for a new request, made (on probation) if needed; it becomes the
    /// most recently used of its segment.
    func bucket(for key: ParagraphKey) -> ParagraphBucket {
        requests += 1
        if let bucket = buckets[key] {
            bucket.lastRequest = requests
            list(bucket.segment).moveToFront(bucket)
            return bucket
        }
        let bucket = ParagraphBucket(key: key, request: requests)
        buckets[key] = bucket
        statistics.approximateBytes += bucket.bytes
        probation.linkAtFront(bucket)
        probation.bytes += bucket.bytes
        return bucket
    }

    /// The stored result of `question`, counted as a hit; nil when the request is new.
    func answer(_ question: MeasureQuestion, in bucket: ParagraphBucket) -> TextLayout? {
        guard let result = bucket.answer(question) else { return nil }
        statistics.hits += 1
        promoteIfAskedAgain(bucket)
        return result
    }

    /// Stores the result of a request in `bucket`.
    func remember(_ result: TextLayout, for question: MeasureQuestion, in bucket: ParagraphBucket) {
        grow(bucket, by: bucket.remember(.init(question: question, result: result)))
        enforceLimits(keeping: bucket)
    }

    /// Looks up a layout, counting a hit or a miss; on a miss `make` lays the text out.
    /// `make` may return an existing layout of the bucket (a merged interval).
    func layout(in bucket: ParagraphBucket, mode: LayoutMode, width: Int32,
                make: () -> ReferenceLayout) -> ReferenceLayout {
        if let cached = bucket.layout(mode: mode, width: width) {
            statistics.hits += 1
            promoteIfAskedAgain(bucket)
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
        // Unlinked before the dictionary releases them (the lists do not own their texts).
        probation.removeAll()
        protected.removeAll()
        buckets.removeAll()
        statistics.entries = 0
        statistics.approximateBytes = 0
    }

    private func insert(_ layout: ReferenceLayout, into bucket: ParagraphBucket) {
        grow(bucket, by: bucket.add(layout))
        statistics.entries += 1
        if bucket.layouts.count > layoutsPerText {
            grow(bucket, by: bucket.dropOldestLayout())
            statistics.entries -= 1
            statistics.evictions += 1
        }
        enforceLimits(keeping: bucket)
    }

    private func grow(_ bucket: ParagraphBucket, by bytes: Int) {
        statistics.approximateBytes += bytes
        if bucket.segment == .probation { probation.bytes += bytes } else { protected.bytes += bytes }
    }

    /// A text on probation asked for in a request after the one that brought it in moves to
    /// the protected segment.
    private func promoteIfAskedAgain(_ bucket: ParagraphBucket) {
        guard bucket.segment == .probation, bucket.lastRequest != bucket.arrival else { return }
        probation.unlink(bucket)
        probation.bytes -= bucket.bytes
        bucket.segment = .protected
        protected.linkAtFront(bucket)
        protected.bytes += bucket.bytes
        statistics.promotions += 1
        enforceLimits(keeping: bucket)
    }

    /// Demotes idle and crowded-out protected texts, then evicts from probation (and, when
    /// probation is empty, from the protected segment) until within limits; never `current`.
    private func enforceLimits(keeping current: ParagraphBucket) {
        while let idle = protected.oldest, idle !== current, requests - idle.lastRequest > limits.idleRequests {
            demote(idle, toFront: false)
        }
        while protected.bytes > limits.bytes - limits.probationBytes, let crowded = protected.oldest, crowded !== current {
            demote(crowded, toFront: true)
        }
        while true {
            let onProbation = probation.oldest === current ? current.newer : probation.oldest
            if probation.bytes > limits.probationBytes, let victim = onProbation {
                evict(victim)
                continue
            }
            guard statistics.entries > limits.entries || statistics.approximateBytes > limits.bytes,
                  let victim = onProbation ?? (protected.oldest === current ? current.newer : protected.oldest)
            else { return }
            evict(victim)
        }
    }

    /// Moves a protected text to probation: an idle one as the least recently used (the next
    /// to go), a crowded-out one as the most recently used (standard SLRU).
    private func demote(_ bucket: ParagraphBucket, toFront: Bool) {
        protected.unlink(bucket)
        protected.bytes -= bucket.bytes
        bucket.segment = .probation
        if toFront { probation.linkAtFront(bucket) } else { probation.linkAtBack(bucket) }
        probation.bytes += bucket.bytes
        statistics.demotions += 1
    }

    /// Unlinks and releases a text (in that order: the lists do not own it).
    private func evict(_ bucket: ParagraphBucket) {
        list(bucket.segment).unlink(bucket)
        if bucket.segment == .probation { probation.bytes -= bucket.bytes } else { protected.bytes -= bucket.bytes }
        buckets[bucket.key] = nil
        statistics.entries -= bucket.layouts.count
        statistics.approximateBytes -= bucket.bytes
        statistics.evictions += 1
    }

    private func list(_ segment: ParagraphBucket.Segment) -> BucketList {
        segment == .probation ? probation : protected
    }
}

/// One segment's LRU list of texts, newest first, and the bytes they retain. It links texts
/// the cache's dictionary owns (see `ParagraphBucket.newer`).
final class BucketList {
    private(set) unowned(unsafe) var newest: ParagraphBucket?
    private(set) unowned(unsafe) var oldest: ParagraphBucket?
    /// Bytes of the texts in the list (kept by `ParagraphCache`).
    var bytes = 0

    func linkAtFront(_ bucket: ParagraphBucket) {
        bucket.older = newest
        bucket.newer = nil
        newest?.newer = bucket
        newest = bucket
        if oldest == nil { oldest = bucket }
    }

    func linkAtBack(_ bucket: ParagraphBucket) {
        bucket.newer = oldest
        bucket.older = nil
        oldest?.older = bucket
        oldest = bucket
        if newest == nil { newest = bucket }
    }

    func unlink(_ bucket: ParagraphBucket) {
        if let newer = bucket.newer { newer.older = bucket.older } else { newest = bucket.older }
        if let older = bucket.older { older.newer = bucket.newer } else { oldest = bucket.newer }
        bucket.newer = nil
        bucket.older = nil
    }

    func moveToFront(_ bucket: ParagraphBucket) {
        guard newest !== bucket else { return }
        unlink(bucket)
        linkAtFront(bucket)
    }

    /// Empties the list.
    func removeAll() {
        newest = nil
        oldest = nil
        bytes = 0
    }
}

// MARK: - Invariants

extension ParagraphCache {
    /// The broken invariants (for tests): lists and dictionary agree, byte and layout counts
    /// add up, and the limits hold (a single text larger than a limit aside).
    func invariantViolations() -> [String] {
        var problems: [String] = []
        var listed = 0, entries = 0, total = 0
        for (segment, list) in [(ParagraphBucket.Segment.probation, probation), (.protected, protected)] {
            var bytes = 0, count = 0
            var bucket = list.newest
            var newer: ParagraphBucket?
            while let current = bucket {
                if current.segment != segment { problems.append("\(current.key.text.prefix(20)) listed in the wrong segment") }
                if current.newer !== newer { problems.append("broken link at \(current.key.text.prefix(20))") }
                if buckets[current.key] !== current { problems.append("\(current.key.text.prefix(20)) listed but not stored") }
                bytes += current.bytes
                entries += current.layouts.count
                count += 1
                newer = current
                bucket = current.older
            }
            if list.oldest !== newer { problems.append("\(segment) list ends elsewhere than its oldest text") }
            if bytes != list.bytes { problems.append("\(segment) bytes \(list.bytes), texts hold \(bytes)") }
            let limit = segment == .probation ? limits.probationBytes : limits.bytes - limits.probationBytes
            if bytes > limit, count > 1 { problems.append("\(segment) holds \(bytes) bytes, limit \(limit)") }
            listed += count
            total += bytes
        }
        if listed != buckets.count { problems.append("\(listed) texts listed, \(buckets.count) stored") }
        if entries != statistics.entries { problems.append("\(entries) layouts, statistics say \(statistics.entries)") }
        if total != statistics.approximateBytes { problems.append("\(total) bytes, statistics say \(statistics.approximateBytes)") }
        if total > limits.bytes, buckets.count > 1 { problems.append("\(total) bytes over the limit \(limits.bytes)") }
        if entries > limits.entries, buckets.count > 1 { problems.append("\(entries) layouts over the limit \(limits.entries)") }
        return problems
    }
}
