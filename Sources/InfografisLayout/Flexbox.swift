import InfografisCore

// Flexbox: the CSS Flexible Box Layout algorithm (https://www.w3.org/TR/css-flexbox-1/#layout-algorithm),
// border-box sizing, following the spec's step numbers. Main/cross positions are first computed in
// "flow" coordinates (from main-start / cross-start) and mirrored for reverse directions at the end.

/// One in-flow child of a flex container while the algorithm runs. Sizes are border-box sizes.
struct FlexItem {
    let id: Int
    let style: Style
    /// Resolved `width`/`height` (percentages of the container's content box), aspect ratio applied.
    var size: OptionalSize
    var minSize: OptionalSize
    var maxSize: OptionalSize
    var margin: Edges<Double>
    var marginIsAuto: Edges<Bool>
    var paddingBorder: Edges<Double>
    var ratio: AspectRatio?
    var alignSelf: AlignItems
    /// `flex-grow`, zero when negative or not finite (invalid in CSS).
    var flexGrow: Double
    /// `flex-shrink`, zero when negative or not finite.
    var flexShrink: Double
    /// Whether the used cross size is the stretched line size (a definite size for its children).
    var stretched = false
    var flexBasis = 0.0
    /// Flex base size minus padding and border (the base of the scaled shrink factor).
    var innerFlexBasis = 0.0
    /// Used minimum main size (`min-width`/`min-height`, or the automatic minimum).
    var minMain = 0.0
    var hypothetical = Axes(width: 0.0, height: 0.0)
    var target = Axes(width: 0.0, height: 0.0)
    var frozen = false
    var violation = 0.0
    /// Distance from the top of the margin box to the baseline (row containers, baseline alignment only).
    var baseline = 0.0
    /// Start of the margin box along the main axis, in flow coordinates within the content box.
    var offsetMain = 0.0
    /// Start of the margin box along the cross axis, physical, relative to its line's physical start.
    var offsetCross = 0.0
}

/// A flex line: a run of items and its cross size.
struct FlexLine {
    var items: Range<Int>
    var crossSize = 0.0
    /// Start of the line along the cross axis, in flow coordinates within the content box.
    var offsetCross = 0.0
}

/// The container's constants during one run.
struct FlexContainer {
    let style: Style
    let direction: FlexDirection
    let box: ContainerBox
    /// Border-box size, as far as known.
    var outer: OptionalSize
    /// Content-box size, as far as known.
    var inner: OptionalSize
    /// What the items' percentages refer to: the content box where definite.
    var basis: OptionalSize
    /// Resolved gaps: `width` is `column-gap`, `height` is `row-gap`.
    var gap: Axes<Double>

    var isWrap: Bool { style.flexWrap != .noWrap }
    var isWrapReverse: Bool { style.flexWrap == .wrapReverse }
    var pb: Edges<Double> { box.paddingBorder }
    var mainGap: Double { gap.main(direction) }
    var crossGap: Double { gap.cross(direction) }
    /// Smallest and largest content-box cross sizes allowed by the container's min/max.
    var innerCrossLimits: (min: Double?, max: Double?) {
        let inset = pb.crossSum(direction)
        return (box.minSize.cross(direction).map { $0 - inset }, box.maxSize.cross(direction).map { $0 - inset })
    }

    mutating func setOuterMain(_ value: Double) {
        outer.setMain(direction, value)
        inner.setMain(direction, max(0, value - pb.mainSum(direction)))
    }

    mutating func setOuterCross(_ value: Double) {
        outer.setCross(direction, value)
        inner.setCross(direction, max(0, value - pb.crossSum(direction)))
    }

    /// Percentage gaps refer to the definite content box (zero while it is not).
    mutating func resolveGaps() {
        gap = Axes(width: max(0, style.columnGap.resolve(basis.width) ?? 0),
                   height: max(0, style.rowGap.resolve(basis.height) ?? 0))
    }

    /// Whether an item's height is definite for its own children's percentages.
    /// Rows: a stretched height is definite. Columns: a flexed height is definite when the
    /// container's height is, or (as in Chromium) when the item's flex basis is definite.
    func itemHeightIsDefinite(_ item: FlexItem) -> Bool {
        if item.size.height != nil { return true }
        if direction.isRow { return item.stretched }
        return basis.height != nil || item.style.flexBasis.resolve(basis.height) != nil
    }
}

extension LayoutContext {
    func computeFlexbox(_ id: Int, _ input: LayoutInput, _ mode: RunMode) -> LayoutOutput {
        let style = nodes[id].style
        let box = resolveBox(id, input)
        if mode == .computeSize, let width = box.known.width, let height = box.known.height {
            return LayoutOutput(size: Axes(width: width, height: height))
        }
        var c = FlexContainer(style: style, direction: style.flexDirection, box: box, outer: .none, inner: .none,
                              basis: box.percentageBasis, gap: Axes(width: 0, height: 0))
        if let width = box.known.width { c.outer.width = width; c.inner.width = max(0, width - box.paddingBorder.horizontal) }
        if let height = box.known.height { c.outer.height = height; c.inner.height = max(0, height - box.paddingBorder.vertical) }
        c.resolveGaps()
        let dir = c.direction

        // 9.1. Initial Setup
        // 1. Generate anonymous flex items: every in-flow child is a flex item.
        var items = inFlowChildren(id).map { makeFlexItem($0, c) }

        // 9.2. Line Length Determination
        // 2. Determine the available main and cross space for the flex items.
        let outerInset = box.margin.sums
        let available = Axes(
            width: c.inner.width.map(AvailableSpace.definite)
                ?? input.available.width.shrunk(by: outerInset.width + box.paddingBorder.horizontal),
            height: c.inner.height.map(AvailableSpace.definite)
                ?? input.available.height.shrunk(by: outerInset.height + box.paddingBorder.vertical))

        // 3. Determine the flex base size and hypothetical main size of each item.
        for index in items.indices { determineFlexBaseSize(&items[index], c, available) }

        // 4. Determine the main size of the flex container. An inline (row) main size does not
        // depend on line breaking: it is the fit-content size from the items' contributions.
        if c.inner.main(dir) == nil, dir.isRow {
            c.setOuterMain(rowContainerWidth(items, c, available.width))
            c.basis.width = c.inner.width
            c.resolveGaps()
        }

        // 9.3. Main Size Determination
        // 5. Collect flex items into flex lines.
        var lines = collectFlexLines(items, c)
        if c.inner.main(dir) == nil {
            // A block (column) main size is the longest line of hypothetical main sizes.
            var longest = 0.0
            for line in lines {
                var length = c.mainGap * Double(max(0, line.items.count - 1))
                for item in items[line.items] { length += item.hypothetical.main(dir) + item.margin.mainSum(dir) }
                longest = max(longest, length)
            }
            let outer = (longest + c.pb.mainSum(dir))
                .clamped(min: box.minSize.main(dir), max: box.maxSize.main(dir))
            c.setOuterMain(max(outer, c.pb.mainSum(dir)))
        }

        // 6. Resolve the flexible lengths of all the flex items to find their used main size.
        for line in lines { resolveFlexibleLengths(&items, line, c) }

        // 9.4. Cross Size Determination
        // 7. Determine the hypothetical cross size of each item.
        for index in items.indices { determineHypotheticalCrossSize(&items[index], c, available) }
        computeItemBaselines(&items, c)

        // 8. Calculate the cross size of each flex line.
        calculateLineCrossSizes(&lines, items, c)

        // 9. Handle 'align-content: stretch'.
        stretchLines(&lines, c)

        // 10. Collapse visibility:collapse items. (Not supported: no such property.)
        // 11. Determine the used cross size of each flex item.
        determineUsedCrossSizes(&items, lines, c)

        // 9.5. Main-Axis Alignment
        // 12. Distribute any remaining free space.
        for line in lines { distributeRemainingFreeSpace(&items, line, c) }

        // 9.6. Cross-Axis Alignment
        // 13. Resolve cross-axis auto margins. 14. Align all flex items along the cross-axis.
        for line in lines { alignItemsInLine(&items, line, c) }

        // 15. Determine the flex container's used cross size.
        let linesCross = lines.reduce(0) { $0 + $1.crossSize } + c.crossGap * Double(max(0, lines.count - 1))
        if c.outer.cross(dir) == nil {
            let outer = (linesCross + c.pb.crossSum(dir))
                .clamped(min: box.minSize.cross(dir), max: box.maxSize.cross(dir))
            c.setOuterCross(max(outer, c.pb.crossSum(dir)))
        }
        let size = Axes(width: c.outer.width ?? 0, height: c.outer.height ?? 0)
        if mode == .computeSize { return LayoutOutput(size: size) }

        // 16. Align all flex lines per 'align-content'.
        alignFlexLines(&lines, c, linesCross: linesCross)

        let baseline = finalLayoutPass(items, lines, c)
        layoutAbsoluteChildren(of: id, size: size, border: style.resolvedBorder) { child, childSize, margin in
            self.flexStaticPosition(child, size: childSize, margin: margin, c)
        }
        return LayoutOutput(size: size, firstBaseline: baseline)
    }

    // MARK: - 9.1 Items

    private func makeFlexItem(_ id: Int, _ c: FlexContainer) -> FlexItem {
        let style = nodes[id].style
        let containingWidth = c.basis.width
        let pb = style.paddingBorder(containingWidth)
        let ratio = aspectRatio(id, paddingBorder: pb)
        let styleSize = style.size(in: c.basis)
        let floor = pb.sums
        func floored(_ size: OptionalSize) -> OptionalSize {
            Axes(width: size.width.map { max($0, floor.width) }, height: size.height.map { max($0, floor.height) })
        }
        return FlexItem(
            id: id, style: style,
            // A box's ratio-derived size is only a floor for its content, so it is measured instead.
            size: floored(isContainer(id) ? styleSize : styleSize.applying(ratio)),
            minSize: style.minSize(in: c.basis), maxSize: style.maxSize(in: c.basis),
            margin: style.resolvedMargin(containingWidth), marginIsAuto: style.margin.map(\.isAuto),
            paddingBorder: pb, ratio: ratio,
            alignSelf: style.alignSelf ?? c.style.alignItems,
            flexGrow: style.flexGrow.isFinite ? max(0, style.flexGrow) : 0,
            flexShrink: style.flexShrink.isFinite ? max(0, style.flexShrink) : 0)
    }

    /// The cross size an item is measured with (its own, or the stretched line size of a
    /// single-line container with a definite cross size), and the cross space offered.
    private func crossConstraint(_ item: FlexItem, _ c: FlexContainer, _ available: Axes<AvailableSpace>)
        -> (known: Double?, available: AvailableSpace) {
        let dir = c.direction
        var space = available.cross(dir)
        if let inner = c.inner.cross(dir) { space = .definite(inner) }
        if let known = item.size.cross(dir) {
            return (known.clamped(min: item.minSize.cross(dir), max: item.maxSize.cross(dir)), space)
        }
        if item.alignSelf == .stretch, !c.isWrap, let inner = c.inner.cross(dir),
           !item.marginIsAuto.crossStart(dir), !item.marginIsAuto.crossEnd(dir) {
            let stretched = (inner - item.margin.crossSum(dir))
                .clamped(min: item.minSize.cross(dir), max: item.maxSize.cross(dir))
            return (max(stretched, item.paddingBorder.crossSum(dir)), space)
        }
        return (nil, space)
    }

    // MARK: - 9.2 Line Length Determination

    /// 9.2.3. Flex base size and hypothetical main size of `item`.
    private func determineFlexBaseSize(_ item: inout FlexItem, _ c: FlexContainer, _ available: Axes<AvailableSpace>) {
        let dir = c.direction
        let (knownCross, crossSpace) = crossConstraint(item, c, available)
        let known = Axes.fromMain(dir, main: nil, cross: knownCross)
        let basis = item.style.flexBasis
        let base: Double
        if let definite = basis.resolve(c.basis.main(dir)) ?? (basis.isAuto ? item.size.main(dir) : nil) {
            // A. The item has a definite used flex basis.
            base = definite
        } else if let ratio = item.ratio, let cross = knownCross {
            // B. An aspect ratio, a used flex basis of content and a definite cross size.
            base = ratio.main(fromCross: cross, dir)
        } else {
            // C./E. Size the item under the container's constraint, treating content as max-content.
            let mainSpace: AvailableSpace = available.main(dir) == .minContent ? .minContent : .maxContent
            base = measure(item.id, known: known, parent: c.basis,
                           available: .fromMain(dir, main: mainSpace, cross: crossSpace), sizing: .content,
                           definiteHeight: item.size.height != nil || c.basis.height != nil).main(dir)
        }
        let pbMain = item.paddingBorder.mainSum(dir)
        item.flexBasis = max(base, pbMain)
        item.innerFlexBasis = item.flexBasis - pbMain
        item.minMain = max(item.minSize.main(dir) ?? automaticMinimumSize(item, c, known, crossSpace), pbMain)
        if !dir.isRow, let ratio = item.ratio, isContainer(item.id), let width = known.width, item.minSize.height == nil {
            // In a column, a box's ratio-derived height is also a floor under its content (see resolveBox).
            item.minMain = max(item.minMain, ratio.height(forWidth: width))
        }
        item.hypothetical.setMain(dir, item.flexBasis.clamped(min: item.minMain, max: item.maxSize.main(dir)))
    }

    /// 4.5. Automatic Minimum Size of Flex Items: the content-based minimum size (zero for clipping items).
    private func automaticMinimumSize(_ item: FlexItem, _ c: FlexContainer, _ known: OptionalSize,
                                      _ crossSpace: AvailableSpace) -> Double {
        if nodes[item.id].clips { return 0 }
        let dir = c.direction
        var content = measure(item.id, known: known, parent: c.basis,
                              available: .fromMain(dir, main: .minContent, cross: crossSpace), sizing: .content,
                              definiteHeight: item.size.height != nil || c.basis.height != nil).main(dir)
        if let specified = item.size.main(dir) { content = min(content, specified) }
        if let maximum = item.maxSize.main(dir) { content = min(content, maximum) }
        return content
    }

    /// The outer main-size contribution of `item` under a min- or max-content constraint.
    private func mainContribution(_ item: FlexItem, _ c: FlexContainer, _ constraint: AvailableSpace) -> Double {
        let dir = c.direction
        let size: Double
        if let specified = item.size.main(dir) {
            size = specified
        } else {
            let crossSpace = c.inner.cross(dir).map(AvailableSpace.definite) ?? .maxContent
            size = measure(item.id, known: .fromMain(dir, main: nil, cross: item.size.cross(dir)), parent: c.basis,
                           available: .fromMain(dir, main: constraint, cross: crossSpace)).main(dir)
        }
        let clamped = size.clamped(min: item.minSize.main(dir), max: item.maxSize.main(dir))
        return max(clamped, item.paddingBorder.mainSum(dir)) + item.margin.mainSum(dir)
    }

    /// The border-box width of a row container whose width is not known: its min-content,
    /// max-content or fit-content width, clamped by its min/max width.
    private func rowContainerWidth(_ items: [FlexItem], _ c: FlexContainer, _ available: AvailableSpace) -> Double {
        let gaps = c.mainGap * Double(max(0, items.count - 1))
        func intrinsic(_ constraint: AvailableSpace) -> Double {
            let contributions = items.map { mainContribution($0, c, constraint) }
            if constraint == .minContent, c.isWrap { return contributions.max() ?? 0 }
            return contributions.reduce(0, +) + gaps
        }
        let content: Double
        switch available {
        case .minContent: content = intrinsic(.minContent)
        case .maxContent: content = intrinsic(.maxContent)
        case let .definite(space):
            let maxContent = intrinsic(.maxContent)
            content = maxContent <= space ? maxContent : min(maxContent, max(intrinsic(.minContent), space))
        }
        let pb = c.pb.horizontal
        return max((content + pb).clamped(min: c.box.minSize.width, max: c.box.maxSize.width), pb)
    }

    // MARK: - 9.3 Main Size Determination

    /// 9.3.5. Collect flex items into flex lines.
    private func collectFlexLines(_ items: [FlexItem], _ c: FlexContainer) -> [FlexLine] {
        let dir = c.direction
        guard c.isWrap, !items.isEmpty else { return [FlexLine(items: 0..<items.count)] }
        let limit = c.inner.main(dir)
            ?? c.box.styleMaxSize.main(dir).map { max(0, $0 - c.pb.mainSum(dir)) }
            ?? .infinity
        var lines: [FlexLine] = []
        var start = 0
        var length = 0.0
        for index in items.indices {
            let outer = items[index].hypothetical.main(dir) + items[index].margin.mainSum(dir)
            if index > start, length + c.mainGap + outer > limit + epsilon {
                lines.append(FlexLine(items: start..<index))
                start = index
                length = outer
            } else {
                length += (index > start ? c.mainGap : 0) + outer
            }
        }
        lines.append(FlexLine(items: start..<items.count))
        return lines
    }

    /// 9.7. Resolving Flexible Lengths, for one line.
    private func resolveFlexibleLengths(_ items: inout [FlexItem], _ line: FlexLine, _ c: FlexContainer) {
        let dir = c.direction
        let innerMain = c.inner.main(dir) ?? 0
        let gaps = c.mainGap * Double(max(0, line.items.count - 1))
        // 1. Determine the used flex factor.
        let hypotheticalSum = items[line.items].reduce(gaps) { $0 + $1.hypothetical.main(dir) + $1.margin.mainSum(dir) }
        let growing = hypotheticalSum < innerMain
        // 2. Size inflexible items.
        for index in line.items {
            var item = items[index]
            item.target.setMain(dir, item.hypothetical.main(dir))
            let factor = growing ? item.flexGrow : item.flexShrink
            item.frozen = factor <= 0
                || (growing && item.flexBasis > item.hypothetical.main(dir))
                || (!growing && item.flexBasis < item.hypothetical.main(dir))
                || hypotheticalSum == innerMain
            items[index] = item
        }
        // 3. Calculate initial free space.
        func remainingFreeSpace() -> Double {
            innerMain - items[line.items].reduce(gaps) {
                $0 + $1.margin.mainSum(dir) + ($1.frozen ? $1.target.main(dir) : $1.flexBasis)
            }
        }
        let initialFreeSpace = remainingFreeSpace()
        // 4. Loop (bounded: every pass freezes at least one item).
        for _ in 0...line.items.count {
            // a. Check for flexible items.
            let unfrozen = line.items.filter { !items[$0].frozen }
            if unfrozen.isEmpty { break }
            // b. Calculate the remaining free space.
            var freeSpace = remainingFreeSpace()
            let factorSum = unfrozen.reduce(0) { $0 + (growing ? items[$1].flexGrow : items[$1].flexShrink) }
            if factorSum < 1 {
                let scaled = initialFreeSpace * factorSum
                if abs(scaled) < abs(freeSpace) { freeSpace = scaled }
            }
            // c. Distribute free space proportional to the flex factors.
            if freeSpace != 0 {
                if growing, factorSum > 0 {
                    for index in unfrozen {
                        let share = freeSpace * items[index].flexGrow / factorSum
                        items[index].target.setMain(dir, items[index].flexBasis + share)
                    }
                } else if !growing {
                    let scaledSum = unfrozen.reduce(0) { $0 + items[$1].innerFlexBasis * items[$1].flexShrink }
                    if scaledSum > 0 {
                        for index in unfrozen {
                            let ratio = items[index].innerFlexBasis * items[index].flexShrink / scaledSum
                            items[index].target.setMain(dir, items[index].flexBasis + freeSpace * ratio)
                        }
                    }
                }
            }
            // d. Fix min/max violations.
            var totalViolation = 0.0
            for index in unfrozen {
                let unclamped = items[index].target.main(dir)
                let clamped = max(unclamped.clamped(min: items[index].minMain, max: items[index].maxSize.main(dir)),
                                  items[index].paddingBorder.mainSum(dir))
                items[index].violation = clamped - unclamped
                items[index].target.setMain(dir, clamped)
                totalViolation += items[index].violation
            }
            // e. Freeze over-flexed items.
            for index in unfrozen {
                let violation = items[index].violation
                if totalViolation > 0 { items[index].frozen = violation > 0 }
                else if totalViolation < 0 { items[index].frozen = violation < 0 }
                else { items[index].frozen = true }
            }
            // f. Return to the start of this loop.
        }
    }

    // MARK: - 9.4 Cross Size Determination

    /// 9.4.7. Determine the hypothetical cross size of each item.
    private func determineHypotheticalCrossSize(_ item: inout FlexItem, _ c: FlexContainer, _ available: Axes<AvailableSpace>) {
        let dir = c.direction
        let pbCross = item.paddingBorder.crossSum(dir)
        let cross: Double
        if let specified = item.size.cross(dir) {
            cross = specified
        } else {
            var space = available.cross(dir)
            if let inner = c.inner.cross(dir) { space = .definite(inner) }
            let main = item.target.main(dir)
            cross = measure(item.id, known: .fromMain(dir, main: main, cross: nil), parent: c.basis,
                            available: .fromMain(dir, main: .definite(main + item.margin.mainSum(dir)), cross: space),
                            sizing: .content, definiteHeight: c.itemHeightIsDefinite(item)).cross(dir)
        }
        let clamped = cross.clamped(min: item.minSize.cross(dir), max: item.maxSize.cross(dir))
        item.hypothetical.setCross(dir, max(clamped, pbCross))
    }

    /// Baselines of baseline-aligned items of a row container (from the top of their margin box).
    private func computeItemBaselines(_ items: inout [FlexItem], _ c: FlexContainer) {
        guard c.direction.isRow else { return }
        for index in items.indices where isBaselineAligned(items[index], c) {
            let item = items[index]
            let output = compute(item.id, LayoutInput(
                known: Axes(width: item.target.width, height: item.hypothetical.height), parentSize: c.basis,
                available: Axes(width: .definite(item.target.width), height: .definite(item.hypothetical.height)),
                sizing: .inherent, definiteHeight: item.size.height != nil), .performLayout)
            items[index].baseline = item.margin.top + (output.firstBaseline ?? item.hypothetical.height)
        }
    }

    private func isBaselineAligned(_ item: FlexItem, _ c: FlexContainer) -> Bool {
        item.alignSelf == .baseline && c.direction.isRow && !item.marginIsAuto.top && !item.marginIsAuto.bottom
    }

    /// 9.4.8. Calculate the cross size of each flex line.
    private func calculateLineCrossSizes(_ lines: inout [FlexLine], _ items: [FlexItem], _ c: FlexContainer) {
        let dir = c.direction
        if !c.isWrap, let inner = c.inner.cross(dir) {
            lines[0].crossSize = inner
            return
        }
        for index in lines.indices {
            let lineItems = items[lines[index].items]
            let maxBaseline = lineItems.filter { isBaselineAligned($0, c) }.map(\.baseline).max() ?? 0
            lines[index].crossSize = lineItems.map { item in
                let outer = item.hypothetical.cross(dir) + item.margin.crossSum(dir)
                return isBaselineAligned(item, c) ? maxBaseline - item.baseline + outer : outer
            }.max() ?? 0
        }
        if !c.isWrap {
            let limits = c.innerCrossLimits
            lines[0].crossSize = max(0, lines[0].crossSize.clamped(min: limits.min, max: limits.max))
        }
    }

    /// 9.4.9. Handle 'align-content: stretch' (multi-line containers only).
    private func stretchLines(_ lines: inout [FlexLine], _ c: FlexContainer) {
        guard c.isWrap, c.style.alignContent == .stretch, !lines.isEmpty else { return }
        let dir = c.direction
        let total = lines.reduce(0) { $0 + $1.crossSize } + c.crossGap * Double(lines.count - 1)
        let limits = c.innerCrossLimits
        let inner = c.inner.cross(dir) ?? total.clamped(min: limits.min, max: limits.max)
        guard inner > total else { return }
        let extra = (inner - total) / Double(lines.count)
        for index in lines.indices { lines[index].crossSize += extra }
    }

    /// 9.4.11. Determine the used cross size of each flex item.
    private func determineUsedCrossSizes(_ items: inout [FlexItem], _ lines: [FlexLine], _ c: FlexContainer) {
        let dir = c.direction
        for line in lines {
            for index in line.items {
                let item = items[index]
                let crossStyle = dir.isRow ? item.style.height : item.style.width
                // Only a computed `auto` cross size stretches (an unresolvable percentage does not).
                if item.alignSelf == .stretch, crossStyle.isAuto,
                   !item.marginIsAuto.crossStart(dir), !item.marginIsAuto.crossEnd(dir) {
                    let stretched = (line.crossSize - item.margin.crossSum(dir))
                        .clamped(min: item.minSize.cross(dir), max: item.maxSize.cross(dir))
                    items[index].target.setCross(dir, max(stretched, item.paddingBorder.crossSum(dir)))
                    items[index].stretched = true
                } else {
                    items[index].target.setCross(dir, item.hypothetical.cross(dir))
                }
            }
        }
    }

    // MARK: - 9.5 Main-Axis Alignment

    /// 9.5.12. Distribute any remaining free space (auto margins, then justify-content).
    private func distributeRemainingFreeSpace(_ items: inout [FlexItem], _ line: FlexLine, _ c: FlexContainer) {
        let dir = c.direction
        let count = line.items.count
        guard count > 0 else { return }
        let used = items[line.items].reduce(c.mainGap * Double(count - 1)) { $0 + $1.target.main(dir) + $1.margin.mainSum(dir) }
        let freeSpace = (c.inner.main(dir) ?? 0) - used
        let autoMargins = items[line.items].reduce(0) {
            $0 + ($1.marginIsAuto.mainStart(dir) ? 1 : 0) + ($1.marginIsAuto.mainEnd(dir) ? 1 : 0)
        }
        var position: Double
        var between: Double
        if freeSpace > 0, autoMargins > 0 {
            let share = freeSpace / Double(autoMargins)
            for index in line.items { items[index].margin.addToAuto(items[index].marginIsAuto, main: dir, share) }
            (position, between) = (0, 0)
        } else {
            (position, between) = distribution(c.style.justifyContent.asContentAlignment, freeSpace: freeSpace, count: count)
        }
        for index in line.items {
            items[index].offsetMain = position
            position += items[index].target.main(dir) + items[index].margin.mainSum(dir) + c.mainGap + between
        }
    }

    // MARK: - 9.6 Cross-Axis Alignment

    /// 9.6.13. Resolve cross-axis auto margins, and 14. align items along the cross axis, within one line.
    private func alignItemsInLine(_ items: inout [FlexItem], _ line: FlexLine, _ c: FlexContainer) {
        let dir = c.direction
        let maxBaseline = items[line.items].filter { isBaselineAligned($0, c) }.map(\.baseline).max() ?? 0
        for index in line.items {
            let item = items[index]
            let freeSpace = line.crossSize - item.target.cross(dir) - item.margin.crossSum(dir)
            let startAuto = item.marginIsAuto.crossStart(dir), endAuto = item.marginIsAuto.crossEnd(dir)
            if startAuto || endAuto {
                if freeSpace > 0 {
                    let share = freeSpace / Double((startAuto ? 1 : 0) + (endAuto ? 1 : 0))
                    items[index].margin.addToAuto(item.marginIsAuto, cross: dir, share)
                }
                items[index].offsetCross = 0
                continue
            }
            let reverse = c.isWrapReverse
            switch item.alignSelf {
            case .flexStart, .stretch: items[index].offsetCross = reverse ? freeSpace : 0
            case .flexEnd: items[index].offsetCross = reverse ? 0 : freeSpace
            case .center: items[index].offsetCross = freeSpace / 2
            case .baseline:
                if isBaselineAligned(item, c) { items[index].offsetCross = maxBaseline - item.baseline }
                else { items[index].offsetCross = reverse ? freeSpace : 0 }
            }
        }
    }

    /// 9.6.16. Align all flex lines per 'align-content' (flow offsets within the content box).
    private func alignFlexLines(_ lines: inout [FlexLine], _ c: FlexContainer, linesCross: Double) {
        let freeSpace = (c.inner.cross(c.direction) ?? 0) - linesCross
        var (position, between) = c.isWrap
            ? distribution(c.style.alignContent.asContentAlignment, freeSpace: freeSpace, count: lines.count)
            : (0, 0)
        for index in lines.indices {
            lines[index].offsetCross = position
            position += lines[index].crossSize + c.crossGap + between
        }
    }

    // MARK: - Final layout

    /// Places every item (mirroring flow coordinates for reverse directions) and returns the container's first baseline.
    private func finalLayoutPass(_ items: [FlexItem], _ lines: [FlexLine], _ c: FlexContainer) -> Double? {
        let dir = c.direction
        let innerMain = c.inner.main(dir) ?? 0
        let innerCross = c.inner.cross(dir) ?? 0
        let mainStart = dir.isRow ? c.pb.left : c.pb.top
        let crossStart = dir.isRow ? c.pb.top : c.pb.left
        // The first baseline comes from the first line: its first baseline-aligned item, else its first item.
        let baselineItem = lines.first.flatMap { line in
            line.items.first { isBaselineAligned(items[$0], c) } ?? line.items.first
        }
        var baseline: Double?
        for line in lines {
            let lineStart = c.isWrapReverse ? innerCross - line.offsetCross - line.crossSize : line.offsetCross
            for index in line.items {
                let item = items[index]
                let outerMain = item.target.main(dir) + item.margin.mainSum(dir)
                let flowMain = dir.isReverse ? innerMain - item.offsetMain - outerMain : item.offsetMain
                let main = mainStart + flowMain + (dir.isRow ? item.margin.left : item.margin.top)
                let cross = crossStart + lineStart + item.offsetCross + (dir.isRow ? item.margin.top : item.margin.left)
                let shift = relativeOffset(item.id, containing: c.basis)
                let location = dir.isRow ? Point(main + shift.x, cross + shift.y) : Point(cross + shift.x, main + shift.y)
                let output = place(item.id, at: location, size: item.target, parent: c.basis,
                                   definiteHeight: c.itemHeightIsDefinite(item))
                if index == baselineItem {
                    baseline = location.y + (output.firstBaseline ?? item.target.height)
                }
            }
        }
        return baseline
    }

    /// Static position of an absolutely positioned child: as if it were the sole flex item.
    private func flexStaticPosition(_ child: Int, size: Axes<Double>, margin: Edges<Double>, _ c: FlexContainer) -> Point {
        let dir = c.direction
        let innerMain = c.inner.main(dir) ?? 0, innerCross = c.inner.cross(dir) ?? 0
        let outerMain = size.main(dir) + margin.mainSum(dir), outerCross = size.cross(dir) + margin.crossSum(dir)
        let mainFree = innerMain - outerMain, crossFree = innerCross - outerCross
        let flowMain: Double = switch c.style.justifyContent {
        case .flexStart, .spaceBetween: 0
        case .flexEnd: mainFree
        case .center, .spaceAround, .spaceEvenly: mainFree / 2
        }
        let align = nodes[child].style.alignSelf ?? c.style.alignItems
        var flowCross: Double = switch align {
        case .flexStart, .stretch, .baseline: 0
        case .flexEnd: crossFree
        case .center: crossFree / 2
        }
        if c.isWrapReverse { flowCross = crossFree - flowCross }
        let main = (dir.isRow ? c.pb.left : c.pb.top) + (dir.isReverse ? mainFree - flowMain : flowMain)
            + (dir.isRow ? margin.left : margin.top)
        let cross = (dir.isRow ? c.pb.top : c.pb.left) + flowCross + (dir.isRow ? margin.top : margin.left)
        return dir.isRow ? Point(main, cross) : Point(cross, main)
    }
}

/// Tolerance for comparing accumulated lengths (line breaking).
let epsilon = 1e-7

/// The distributed alignments shared by justify-content and align-content.
enum ContentAlignment {
    case start, end, center, spaceBetween, spaceAround, spaceEvenly
}

/// Initial offset and extra space between items for `alignment` over `count` items.
/// Without positive free space the distributed values fall back to start (as Chromium does:
/// space-between to flex-start, space-around/evenly to safe center, i.e. start when overflowing).
func distribution(_ alignment: ContentAlignment, freeSpace: Double, count: Int) -> (Double, Double) {
    let n = Double(max(count, 1))
    switch alignment {
    case .start: return (0, 0)
    case .end: return (freeSpace, 0)
    case .center: return (freeSpace / 2, 0)
    case .spaceBetween: return freeSpace > 0 && count > 1 ? (0, freeSpace / (n - 1)) : (0, 0)
    case .spaceAround: return freeSpace > 0 ? (freeSpace / n / 2, freeSpace / n) : (0, 0)
    case .spaceEvenly: return freeSpace > 0 ? (freeSpace / (n + 1), freeSpace / (n + 1)) : (0, 0)
    }
}

extension JustifyContent {
    var asContentAlignment: ContentAlignment {
        switch self {
        case .flexStart: .start
        case .flexEnd: .end
        case .center: .center
        case .spaceBetween: .spaceBetween
        case .spaceAround: .spaceAround
        case .spaceEvenly: .spaceEvenly
        }
    }
}

extension AlignContent {
    var asContentAlignment: ContentAlignment {
        switch self {
        case .flexStart, .stretch: .start
        case .flexEnd: .end
        case .center: .center
        case .spaceBetween: .spaceBetween
        case .spaceAround: .spaceAround
        case .spaceEvenly: .spaceEvenly
        }
    }
}

extension Edges where Value == Bool {
    func mainStart(_ direction: FlexDirection) -> Bool {
        switch direction {
        case .row: left
        case .rowReverse: right
        case .column: top
        case .columnReverse: bottom
        }
    }
    func mainEnd(_ direction: FlexDirection) -> Bool {
        switch direction {
        case .row: right
        case .rowReverse: left
        case .column: bottom
        case .columnReverse: top
        }
    }
    /// Physical cross-start side (top for rows, left for columns).
    func crossStart(_ direction: FlexDirection) -> Bool { direction.isRow ? top : left }
    func crossEnd(_ direction: FlexDirection) -> Bool { direction.isRow ? bottom : right }
}

extension Edges where Value == Double {
    /// Adds `share` to every auto margin on the main axis of `direction`.
    mutating func addToAuto(_ isAuto: Edges<Bool>, main direction: FlexDirection, _ share: Double) {
        if direction.isRow {
            if isAuto.left { left += share }
            if isAuto.right { right += share }
        } else {
            if isAuto.top { top += share }
            if isAuto.bottom { bottom += share }
        }
    }

    /// Adds `share` to every auto margin on the cross axis of `direction`.
    mutating func addToAuto(_ isAuto: Edges<Bool>, cross direction: FlexDirection, _ share: Double) {
        if direction.isRow {
            if isAuto.top { top += share }
            if isAuto.bottom { bottom += share }
        } else {
            if isAuto.left { left += share }
            if isAuto.right { right += share }
        }
    }
}
