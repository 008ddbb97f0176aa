// Where an icon comes from, and what can go wrong getting it.

/// Where an icon's shape comes from; components take this so that user SVG files can be added later.
public enum IconSource: Hashable, Sendable {
    /// A Material Design Icons name, e.g. `eye` or `chart-bar`.
    case named(String)
    /// A user's SVG file (not supported yet: resolving it throws `IconError.fileIconsNotSupported`).
    case file(path: String)
}

/// A problem finding or reading an icon.
public enum IconError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The SVG font file is not installed at `path`.
    case fontMissing(path: String)
    /// The SVG font at `path` could not be read as XML, or holds no glyphs.
    case unreadableFont(path: String, reason: String)
    /// No icon has this name; `suggestions` are the nearest names.
    case unknownName(String, suggestions: [String])
    /// The icon named here uses path commands the converter does not handle.
    case unsupportedPathData(name: String)
    /// SVG file icons are planned but not implemented.
    case fileIconsNotSupported(path: String)

    /// A full sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case let .fontMissing(path):
            "The Material Design Icons font is not installed (expected \(path)); install it with "
                + "`apt-get install fonts-materialdesignicons-webfont`."
        case let .unreadableFont(path, reason):
            "The icon font \(path) could not be read (\(reason)); reinstall the package that provides it."
        case let .unknownName(name, suggestions):
            "There is no icon named \"\(name)\"" + (suggestions.isEmpty ? "; run `infografis icons` to list them."
                : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?")
        case let .unsupportedPathData(name):
            "The icon \"\(name)\" uses path commands that Infografis cannot convert yet; choose another icon."
        case let .fileIconsNotSupported(path):
            "Icons from SVG files (\(path)) are not supported yet; use an icon name from Material Design Icons."
        }
    }
}
