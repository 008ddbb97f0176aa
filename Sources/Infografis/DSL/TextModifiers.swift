// Text modifiers: each changes the inherited text style, so on a container it applies to every
// descendant `Text` (as CSS `font` and `color` inherit, and as in SwiftUI). The innermost value wins.

/// A CSS font weight, 100...900; write `.bold` or a number such as `600`.
public struct FontWeight: Hashable, Sendable, ExpressibleByIntegerLiteral {
    /// The CSS weight.
    public var value: Int
}

extension FontWeight {
    /// The weight `value` (100...900).
    public init(_ value: Int) { self.value = value }
    /// A weight written as a number, e.g. `600`.
    public init(integerLiteral value: Int) { self.value = value }

    public static let thin = FontWeight(100)
    public static let extraLight = FontWeight(200)
    public static let light = FontWeight(300)
    public static let regular = FontWeight(400)
    public static let medium = FontWeight(500)
    public static let semibold = FontWeight(600)
    public static let bold = FontWeight(700)
    public static let extraBold = FontWeight(800)
    public static let black = FontWeight(900)

    /// The names the file format accepts for `weight`, lowercase.
    public static let names: [(name: String, weight: FontWeight)] = [
        ("thin", .thin), ("extralight", .extraLight), ("light", .light), ("regular", .regular),
        ("normal", .regular), ("medium", .medium), ("semibold", .semibold), ("bold", .bold),
        ("extrabold", .extraBold), ("black", .black),
    ]

    /// The weight called `name` (case-insensitive), or nil.
    public init?(name: String) {
        let name = name.lowercased()
        guard let found = FontWeight.names.first(where: { $0.name == name }) else { return nil }
        self = found.weight
    }
}

extension Element {
    /// Font family, and optionally size and weight.
    public func font(_ family: String, size: Double? = nil, weight: FontWeight? = nil) -> EnvironmentModifier {
        textStyle { style in
            style.family = family
            if let size { style.size = size }
            if let weight { style.weight = weight.value }
        }
    }

    /// Font size in pixels, and optionally the weight.
    public func font(size: Double, weight: FontWeight? = nil) -> EnvironmentModifier {
        textStyle { style in
            style.size = size
            if let weight { style.weight = weight.value }
        }
    }

    /// Font weight.
    public func fontWeight(_ weight: FontWeight) -> EnvironmentModifier {
        textStyle { $0.weight = weight.value }
    }

    /// Italic (or, with `false`, upright) face.
    public func italic(_ isItalic: Bool = true) -> EnvironmentModifier {
        textStyle { $0.italic = isItalic }
    }

    /// Text color.
    public func foregroundColor(_ color: Color) -> EnvironmentModifier {
        textStyle { $0.color = color }
    }

    /// Alignment of lines inside the text box (CSS `text-align`).
    public func multilineTextAlignment(_ alignment: TextAlignment) -> EnvironmentModifier {
        textStyle { $0.alignment = alignment }
    }

    /// Line height as a multiple of the font size (CSS unitless `line-height`); nil for the font's own.
    public func lineHeight(_ multiple: Double?) -> EnvironmentModifier {
        textStyle { $0.lineHeight = multiple }
    }

    /// Extra space between letters in pixels (CSS `letter-spacing`).
    public func letterSpacing(_ pixels: Double) -> EnvironmentModifier {
        textStyle { $0.letterSpacing = pixels }
    }

    /// At most `lines` lines, the last ending in an ellipsis; nil for no limit.
    public func lineLimit(_ lines: Int?) -> EnvironmentModifier {
        textStyle { $0.maxLines = lines }
    }

    /// Uses the largest font size between `min` and `max` at which the text fits its box.
    public func autoFit(min: Double, max: Double) -> EnvironmentModifier {
        textStyle { $0.autoFit = AutoFit(minSize: min, maxSize: max) }
    }

    /// Keeps each paragraph on one line instead of wrapping at the box width.
    public func singleLine(_ isSingleLine: Bool = true) -> EnvironmentModifier {
        textStyle { $0.wraps = !isSingleLine }
    }

    /// Sets the locale for this element and its descendants (e.g. for number formats).
    public func locale(_ identifier: String) -> EnvironmentModifier {
        transformEnvironment { $0.locale = identifier }
    }
}

extension TextStyle {
    /// A text style from the values people set most; the rest keep `TextStyle()`'s defaults.
    public init(family: String = "Inter", size: Double = 16, weight: FontWeight = .regular, italic: Bool = false,
                color: Color = .black) {
        self.init()
        self.family = family
        self.size = size
        self.weight = weight.value
        self.italic = italic
        self.color = color
    }
}
