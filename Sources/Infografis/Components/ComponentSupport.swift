// Pieces shared by the components: text with an explicit style, formatted values, icons by
// source, color helpers. Everything here expands into primitives (text, path, box, image).

import Foundation

/// A paragraph with a fully given style (components choose every text value from the theme,
/// instead of inheriting the surrounding text style).
public struct StyledText: Element {
    /// The text.
    public var content: String
    /// Its style.
    public var style: TextStyle

    public init(_ content: String, style: TextStyle) {
        self.content = content
        self.style = style
    }

    public func expand(in environment: Environment) -> [Node] {
        [Node(.text(TextContent(content, style: style)))]
    }
}

// MARK: - Values

/// How a number is written (in the document's locale).
public enum NumberFormat: String, Hashable, Sendable, CaseIterable {
    /// Grouped decimal: `1.234.567`.
    case number
    /// A fraction as a percentage: 0.737 → `73,7%`.
    case percent
    /// Compact: `1,2 juta` (id), `1.2M` (en).
    case compact
    /// Money in the locale's currency: `Rp 15.000`.
    case currency
}

/// A value shown by a component: text as written, or a number formatted in the locale.
public enum DisplayValue: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
                          ExpressibleByIntegerLiteral {
    /// Shown verbatim.
    case text(String)
    /// Formatted by `format` with at most `decimals` fraction digits (nil: the format's usual).
    case number(Double, format: NumberFormat, decimals: Int?)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(floatLiteral value: Double) { self = .number(value, format: .number, decimals: nil) }
    public init(integerLiteral value: Int) { self = .number(Double(value), format: .number, decimals: nil) }

    /// The text for `locale`.
    public func string(locale: String) -> String {
        switch self {
        case .text(let text):
            return text
        case let .number(value, format, decimals):
            let formatter = LocaleFormatter(locale)
            switch format {
            case .number: return formatter.number(value, fractionDigits: decimals)
            case .percent: return formatter.percent(value, fractionDigits: decimals ?? Self.percentDigits(value))
            case .compact: return formatter.compact(value, fractionDigits: decimals ?? 1)
            case .currency: return formatter.currency(value, fractionDigits: decimals)
            }
        }
    }

    /// Digits a percentage needs to show `fraction` without losing its first decimal (0.737 → 1, 0.5 → 0).
    static func percentDigits(_ fraction: Double) -> Int {
        let scaled = fraction * 100
        return abs(scaled - scaled.rounded()) < 0.0001 ? 0 : 1
    }
}

// MARK: - Icons

/// The primitive for an icon `source` of `size` pixels in `color`; a file icon is drawn as an
/// image in its own colors unless it is a plain single-path SVG. An unknown name draws a magenta
/// square (the loader reports it before this happens).
func iconNode(_ source: IconSource, size: Double, color: Color) -> Node {
    var style = Style()
    style.width = .px(size)
    style.height = .px(size)
    style.flexShrink = 0
    switch source {
    case .named(let name):
        if let set = try? IconSet.materialDesign(), var path = set.path(named: name) {
            path.fill = .solid(color)
            return Node(.path(path), style: style)
        }
        var decoration = Decoration()
        decoration.background = .solid(.invalidLiteral)
        return Node(.box, style: style, decoration: decoration)
    case .file(let path):
        if var content = SVGIconFile.path(at: path) {
            content.fill = .solid(color)
            return Node(.path(content), style: style)
        }
        return Node(.image(ImageContent(path: path, fit: .contain)), style: style)
    }
}

/// Reads simple one-color SVG icon files (a `viewBox` and `<path d>` elements only) as path data,
/// so they can be recolored like Material Design icons.
enum SVGIconFile {
    private static let cache = LockedCache<String, PathContentBox>()

    /// The paths of the file joined into one, in its view box; nil for anything more complex.
    static func path(at file: String) -> PathContent? {
        cache.value(for: file) { PathContentBox(read(file)) }.content
    }

    private static func read(_ file: String) -> PathContent? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        let lower = text.lowercased()
        for complex in ["<image", "<text", "gradient", "<circle", "<rect", "<polygon", "<ellipse", "<line", "<use", "<style"]
            where lower.contains(complex) { return nil }
        guard let viewBox = attribute("viewBox", in: text).flatMap(parseViewBox) else { return nil }
        let paths = text.components(separatedBy: "<path").dropFirst().compactMap { attribute("d", in: $0) }
        guard !paths.isEmpty else { return nil }
        return PathContent(data: paths.joined(separator: " "), viewBox: viewBox)
    }

    private static func attribute(_ name: String, in text: String) -> String? {
        for quote in ["\"", "'"] {
            guard let start = text.range(of: " \(name)=\(quote)") ?? text.range(of: "\n\(name)=\(quote)"),
                  let end = text[start.upperBound...].range(of: quote) else { continue }
            return String(text[start.upperBound..<end.lowerBound])
        }
        return nil
    }

    private static func parseViewBox(_ text: String) -> Rect? {
        let values = text.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard values.count == 4, values[2] > 0, values[3] > 0 else { return nil }
        return Rect(origin: Point(values[0], values[1]), size: Size(values[2], values[3]))
    }
}

/// A cache slot (so a file that is not a simple icon is remembered too).
final class PathContentBox: Sendable {
    let content: PathContent?
    init(_ content: PathContent?) { self.content = content }
}

// MARK: - Colors

extension Color {
    /// This color mixed with `other`: `amount` 0 is this color, 1 is `other` (alpha ignored).
    public func mixed(with other: Color, amount: Double) -> Color {
        let t = min(max(amount, 0), 1)
        return Color(red: red + (other.red - red) * t, green: green + (other.green - green) * t,
                     blue: blue + (other.blue - blue) * t)
    }
}

extension Theme.Palette {
    /// Of `onPrimary`, `text`, `background`, white and black, the first that reaches 4.5:1 on
    /// `fill` (else the one with the most contrast): the text color for a filled shape.
    public func readableText(on fill: Color) -> Color {
        let candidates = [onPrimary, text, background, .white, .black]
        if let good = candidates.first(where: { $0.contrastRatio(with: fill) >= 4.5 }) { return good }
        return candidates.max { $0.contrastRatio(with: fill) < $1.contrastRatio(with: fill) } ?? text
    }
}

// MARK: - Layout helpers

extension Style {
    /// A style with only `width` and `height` set, not shrinking.
    static func fixed(_ width: Double, _ height: Double) -> Style {
        var style = Style()
        style.width = .px(width)
        style.height = .px(height)
        style.flexShrink = 0
        return style
    }
}

/// Theme-derived text sizes, as multiples of the body size.
extension Theme {
    /// `multiple` × body size, rounded to whole pixels.
    func size(_ multiple: Double) -> Double {
        (fonts.bodySize * multiple).rounded()
    }

    /// A body-font style of `size` in `color` with `weight` (default body weight).
    func bodyStyle(size: Double, color: Color, weight: Int? = nil, lineHeight: Double? = nil) -> TextStyle {
        var style = bodyTextStyle
        style.size = size
        style.color = color
        if let weight { style.weight = weight }
        style.lineHeight = lineHeight
        return style
    }
}

extension TextStyle {
    /// The same style in italics.
    func italicized(_ italic: Bool = true) -> TextStyle {
        var style = self
        style.italic = italic
        return style
    }
}

extension TextStyle {
    /// The same style with `letterSpacing` pixels between letters.
    func spaced(_ letterSpacing: Double) -> TextStyle {
        var style = self
        style.letterSpacing = letterSpacing
        return style
    }
}

extension TextStyle {
    /// The same style on one line, auto-fitted between `min` and `max` pixels.
    func fitting(min: Double, max: Double) -> TextStyle {
        var style = self
        style.wraps = false
        style.autoFit = AutoFit(minSize: min, maxSize: max)
        return style
    }
}
