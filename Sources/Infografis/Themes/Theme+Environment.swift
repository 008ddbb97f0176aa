// The theme travels down the element tree in the environment, like the locale.

/// The environment key of the current theme; default `Theme.netral`.
public struct ThemeKey: EnvironmentKey {
    public static var defaultValue: Theme { .netral }
}

extension Environment {
    /// The theme components take their look from. Default `Theme.netral`.
    public var theme: Theme {
        get { self[ThemeKey.self] }
        set { self[ThemeKey.self] = newValue }
    }

    /// A formatter for the current locale.
    public var formatter: LocaleFormatter { LocaleFormatter(locale) }
}

extension Element {
    /// Expands this element and its descendants in `theme`. Components change; the text style
    /// inherited by plain `Text` is left as it is (the document's theme sets that one).
    public func theme(_ theme: Theme) -> EnvironmentModifier {
        environment(\.theme, theme)
    }
}
