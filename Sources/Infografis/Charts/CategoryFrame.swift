// CategoryFrame: the frame of a chart with categories along the bottom and values up the side
// (columns, lines): legend, value axis with gridlines, category labels, zero baseline.

import Foundation

/// The plot area of a category chart and its value scale.
struct CategoryPlot {
    /// The plot area in the chart layer, in pixels.
    var rect: Rect
    /// The value scale.
    var scale: Scale
    /// Pixels kept free above and below the scale's range (for value labels).
    var topRoom: Double
    var bottomRoom: Double

    /// Vertical position of `value`, from the plot's top.
    func y(_ value: Double) -> Double {
        topRoom + (1 - scale.position(of: value)) * (rect.height - topRoom - bottomRoom)
    }
}

struct CategoryFrame {
    var layer: ChartLayer
    let data: ChartData
    let styles: ChartStyles
    let environment: Environment
    /// Top of the area below the legend.
    var top = 0.0
    /// Which category labels are shown, decided by `plot`.
    var thinning = LabelThinning(stride: 1, lines: 1)

    var gap: Double { (styles.label.size * 0.6).rounded() }

    init(data: ChartData, size: Size, styles: ChartStyles, environment: Environment, legend: Bool) {
        self.layer = ChartLayer(size)
        self.data = data
        self.styles = styles
        self.environment = environment
        if legend {
            let legend = Legend(entries: data.series.enumerated().map {
                ($1.name, ChartColors.color(of: $1, at: $0, in: environment))
            }, style: styles.label)
            legend.draw(into: &layer, at: .zero, width: size.width)
            top = legend.height(width: size.width) + (styles.label.size * 1.0).rounded()
        }
    }

    /// Lays out the plot area (leaving room for the axis and the category labels), draws the
    /// gridlines and tick labels when `axis`, and returns the plot.
    mutating func plot(domain: [Double], includeZero: Bool, axis: Bool, formatter: ChartFormatter,
                       topRoom: Double, bottomRoom: Double) -> CategoryPlot {
        let size = layer.size
        let count = Swift.max(1, data.labels.count)
        let labelLine = TextEstimate.lineHeight(styles.label)
        func axisWidth(_ scale: Scale) -> Double {
            guard axis else { return 0 }
            return (scale.ticks.map { TextEstimate.width(scale.label($0, formatter), styles.tick) }.max() ?? 0) + gap
        }
        func labelThinning(band: Double) -> LabelThinning {
            let widths = data.labels.map { TextEstimate.width($0, styles.label) }
            let widest = widths.max() ?? 0
            let longestWord = data.labels.flatMap { $0.split(separator: " ") }
                .map { TextEstimate.width(String($0), styles.label) }.max() ?? 0
            let twoLines = count <= 12 && longestWord + gap <= band && widest * 0.6 + gap <= band
            return LabelThinning.along(band: band, needed: widest, gap: gap, twoLines: twoLines)
        }
        var scale = Scale(values: domain, includeZero: includeZero, maxTicks: 6)
        var left = axisWidth(scale)
        thinning = labelThinning(band: (size.width - left) / Double(count))
        let labelsHeight = labelLine * Double(thinning.lines) + Swift.max(gap / 2, TextEstimate.lineHeight(styles.tick) / 2 + 2)
        let height = Swift.max(1, size.height - top - labelsHeight)
        scale = Scale.fitting(domain, includeZero: includeZero, length: height - topRoom - bottomRoom, vertical: true,
                              style: styles.tick, format: formatter)
        left = Swift.max(left, axisWidth(scale))
        thinning = labelThinning(band: (size.width - left) / Double(count))
        let plot = CategoryPlot(rect: Rect(x: left, y: top, width: Swift.max(1, size.width - left), height: height),
                                scale: scale, topRoom: topRoom, bottomRoom: bottomRoom)
        if axis {
            let tickLine = TextEstimate.lineHeight(styles.tick)
            for tick in scale.ticks {
                let y = plot.rect.y + plot.y(tick)
                if tick != 0 || !scale.ticks.contains(0) {
                    layer.rect(Rect(x: left, y: y - 0.5, width: plot.rect.width, height: 1), fill: ChartColors.track(in: environment))
                }
                layer.text(scale.label(tick, formatter), style: styles.tick,
                           in: Rect(x: 0, y: y - tickLine / 2, width: left - gap, height: tickLine), alignment: .right)
            }
        }
        return plot
    }

    /// The category labels below the plot, centred on `centers` (from the plot's left), each at
    /// most as wide as the room its thinning gives it.
    mutating func categoryLabels(plot: CategoryPlot, centers: [Double], band: Double) {
        let line = TextEstimate.lineHeight(styles.label)
        let width = band * Double(thinning.stride) - gap
        var style = styles.label
        style.maxLines = thinning.lines
        style.alignment = .center
        // Below the lowest tick label, which is centred on the plot's bottom edge.
        let y = plot.rect.maxY + Swift.max(gap / 2, TextEstimate.lineHeight(styles.tick) / 2 + 2)
        for (index, label) in data.labels.enumerated() where thinning.shows(index) && index < centers.count {
            // Centred on its category; at the chart's edges narrowed (not shifted, which would
            // push it into its neighbour) to stay inside the chart.
            let center = plot.rect.x + centers[index]
            let half = Swift.max(0, Swift.min(width / 2, center, layer.size.width - center))
            var placement = layer.placement(Rect(x: center - half, y: y, width: 2 * half,
                                                 height: line * Double(thinning.lines)), percent: false)
            placement.alignItems = .flexStart
            layer.nodes.append(ChartLayer.label(label, style: style, in: placement, alignment: .center))
        }
    }

    /// A line at zero across the plot (or along its bottom when zero is below the range).
    mutating func baseline(plot: CategoryPlot) {
        let y = plot.rect.y + plot.y(Swift.max(plot.scale.lower, Swift.min(0, plot.scale.upper)))
        layer.rect(Rect(x: plot.rect.x, y: (y - 0.5).rounded(), width: plot.rect.width, height: 1),
                   fill: ChartColors.baseline(in: environment))
    }
}
