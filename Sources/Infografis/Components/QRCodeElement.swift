// QRCode: a scannable code as vector path data, with its quiet zone and an optional caption.
// File format: `qr-code`.

/// A QR code for a URL or text, drawn as one path (crisp at any scale), on a light square with
/// the standard quiet zone, and an optional caption below.
///
/// Colors default to the darker and the lighter of the theme's `text` and `background`, so the
/// code stays dark-on-light (scannable) in dark themes too. Theme: `qr-code` defaults (`size`,
/// `color` of the modules, `background`, `radius`, `padding` = quiet zone in modules).
/// In Swift the type is `QRCodeView` (`QRCode` is the encoder); the file format calls it `qr-code`.
public struct QRCodeView: Component {
    /// What the code holds.
    public var content: String
    /// Side of the code in pixels, quiet zone included; rounded down to whole pixels per module.
    public var size: Double?
    /// A line under the code (`Pindai untuk info lengkap`).
    public var caption: String?
    /// Error correction. Default `.medium`.
    public var correction: QRCorrection
    /// Overrides of the theme's `qr-code` defaults.
    public var overrides: Theme.ComponentStyle

    public init(_ content: String, size: Double? = nil, caption: String? = nil, correction: QRCorrection = .medium,
                style overrides: Theme.ComponentStyle = Theme.ComponentStyle()) {
        self.content = content
        self.size = size
        self.caption = caption
        self.correction = correction
        self.overrides = overrides
    }

    public var body: any Element { EnvironmentReader(build) }

    @ElementBuilder func build(_ environment: Environment) -> any Element {
        let theme = environment.theme
        let palette = theme.palette
        let style = theme.style(for: "qr-code").merging(overrides)
        let darkFirst = palette.text.relativeLuminance < palette.background.relativeLuminance
        let dark = style.color.map(theme.color) ?? (darkFirst ? palette.text : palette.background)
        let light = style.background.map(theme.color) ?? (darkFirst ? palette.background : palette.text)
        let requested = size ?? style.size ?? (theme.fonts.bodySize * 9).rounded()
        VStack(alignment: .center, spacing: .px(theme.spacing.xs)) {
            if let matrix = try? QRCode.encode(content, correction: correction) {
                let quiet = Int(style.padding ?? 4)
                let (data, viewBox) = matrix.pathData(quietZone: quiet)
                let modules = viewBox.size.width
                let side = max(1, (requested / modules).rounded(.down)) * modules
                Path(data: data, viewBox: viewBox, fill: .solid(dark))
                    .frame(width: .px(side), height: .px(side))
                    .flexShrink(0)
                    .background(.solid(light))
                    .cornerRadius(style.radius ?? 0)
            } else {
                // Unencodable text (the file loader reports it first): a visible placeholder.
                Box().frame(width: .px(requested), height: .px(requested)).background(.solid(.invalidLiteral))
            }
            if let caption {
                StyledText(caption, style: theme.bodyStyle(size: theme.size(0.75), color: palette.mutedText, lineHeight: 1.3)
                            .aligned(.center))
                    .frame(maxWidth: .px(max(requested * 1.2, 200)))
            }
        }
        .alignSelf(.flexStart)
        .flexShrink(0)
    }
}
