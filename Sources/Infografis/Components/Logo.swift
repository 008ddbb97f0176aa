// Logo: an image with a fit and an optional mask. File format: `logo`.

/// The shape an image is clipped to.
public enum ImageMask: String, Hashable, Sendable, CaseIterable {
    /// No clipping.
    case none
    /// A circle (the box is made square).
    case circle
    /// Rounded corners with the theme's radius.
    case rounded
}

/// An image (logo, portrait, photo) fitted into its box and clipped to a circle or rounded corners.
///
/// With `size`, the box is `size` pixels high (and wide for a circle); otherwise it takes the
/// sizes given by modifiers or the image's own. Theme: `logo` defaults (`radius` of `rounded`).
public struct Logo: Component {
    /// The image file (PNG, JPEG or SVG).
    public var path: String
    /// How it fills the box. Default `.contain`.
    public var fit: ImageFit
    /// Clip shape. Default `.none`.
    public var mask: ImageMask
    /// Height in pixels (and width for a circle or when the image's aspect is unknown); nil: natural.
    public var size: Double?
    /// Overrides of the theme's `logo` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ path: String, fit: ImageFit = .contain, mask: ImageMask = .none, size: Double? = nil,
                style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.path = path
        self.fit = fit
        self.mask = mask
        self.size = size
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
            let theme = environment.theme
            let style = theme.style(for: "logo").merging(overrides)
            let radius: Double = switch mask {
            case .none: 0
            case .circle: 100_000
            case .rounded: style.radius ?? theme.radius
            }
            if mask == .none {
                Image(path, fit: fit).style { layout in
                    if let size { layout.height = .px(size) }
                    layout.flexShrink = 0
                }
            } else {
                // The clip lives on a box around the image: a leaf draws no children to clip.
                ZStack {
                    Image(path, fit: fit).frame(width: .percent(100), height: .percent(100))
                }
                .style { layout in
                    if let size {
                        layout.height = .px(size)
                        if mask == .circle { layout.width = .px(size) }
                    }
                    if mask == .circle { layout.aspectRatio = 1 }
                    layout.flexShrink = 0
                }
                .cornerRadius(radius)
                .clipped()
            }
    }
}
