import InfografisCore

extension Font {
    /// Search resolution of auto-fit in pixels; the refinement step below usually lands closer.
    static let autoFitResolution = 0.125

    /// The largest size in `fit` at which the text fits the request's box (see `fits`) without
    /// breaking a word; when even `fit.minSize` needs words broken, they are broken there.
    ///
    /// Fitting is monotonic in the size (a larger size is a narrower reference width, so no
    /// fewer lines, each taller), so a binary search applies. Each probe asks the cache for the
    /// reference layout at width `maxWidth * reference / size`; a cached layout answers every
    /// width between its widest line and the width it was made at, so most probes are hits.
    /// Once the search has bracketed the answer, the lines found at the lower end stay the same
    /// up to the size where the widest line or the height meets the box: that size is computed
    /// directly instead of probed.
    func autoFitSize(_ request: MeasureRequest, fit: AutoFit, using source: LayoutSource) -> (size: Double, overflows: Bool) {
        let smallest = max(fit.minSize, TextEngine.smallestSize)
        var largest = max(fit.maxSize, smallest)
        // Words are not broken to win a larger size: cap at the size where the longest word
        // fills the width (one min-content layout, independent of the size).
        if request.style.wraps, let maxWidth = request.maxWidth, maxWidth > 0, !request.text.isEmpty {
            let (words, pixelsPerUnit) = source.layout(.minContent, size: largest)
            if words.contentWidth > 0 {
                let wholeWords = maxWidth * (largest / pixelsPerUnit) / Double(words.contentWidth)
                largest = max(smallest, min(largest, (wholeWords * 64).rounded(.down) / 64))
            }
        }
        if request.text.isEmpty || fits(request, size: largest, using: source) { return (largest, false) }
        if !fits(request, size: smallest, using: source) { return (smallest, true) }
        var low = smallest   // fits
        var high = largest   // does not fit
        while high - low > Font.autoFitResolution {
            let middle = (low + high) / 2
            if fits(request, size: middle, using: source) { low = middle } else { high = middle }
        }
        // Largest size at which the lines found at `low` still hold and fit.
        let (layout, pixelsPerUnit) = source.layout(.wrapped, size: low)
        // At size s the layout's units are s / unitsPerSize pixels each.
        let unitsPerSize = low / pixelsPerUnit
        var candidate = high
        if let maxWidth = request.maxWidth, layout.contentWidth > 0 {
            candidate = min(candidate, maxWidth * unitsPerSize / Double(layout.contentWidth))
        }
        if let maxHeight = request.maxHeight, layout.height > 0 {
            candidate = min(candidate, maxHeight * unitsPerSize / Double(layout.height))
        }
        // Snap down to 1/64 px so the size is tidy and safely inside the bound.
        candidate = (candidate * 64).rounded(.down) / 64
        if candidate > low, candidate < high, fits(request, size: candidate, using: source) {
            return (candidate, false)
        }
        return (low, false)
    }
}
