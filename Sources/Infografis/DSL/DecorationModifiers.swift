// Decoration modifiers: what is painted around and behind a node (CSS background, border,
// border-radius, box-shadow, opacity, overflow).

extension Shadow {
    /// The color of a shadow when none is given: black at 25 % opacity (`#00000040`).
    public static let defaultColor = Color(red: 0, green: 0, blue: 0, alpha: 64.0 / 255)
}

extension Element {
    /// Fills the border box with `paint`: a color (`"#FFFFFF"`) or a gradient
    /// (`.linearGradient(angle: 135, colors: ["#0B3C5D", "#1B998B"])`).
    public func background(_ paint: Paint) -> ModifiedElement {
        decoration { $0.background = paint }
    }

    /// A border of `width` pixels on every side (it takes room, as in CSS border-box).
    public func border(_ color: Color, width: Double = 1) -> ModifiedElement {
        modifyNode { node in
            node.decoration.borderColor = color
            node.style.border = Edges(all: width)
        }
    }

    /// Rounds all corners by `radius` pixels (CSS `border-radius`).
    public func cornerRadius(_ radius: Double) -> ModifiedElement {
        decoration { $0.cornerRadius = CornerRadii(all: radius) }
    }

    /// Rounds each corner by its own radius.
    public func cornerRadius(_ radii: CornerRadii) -> ModifiedElement {
        decoration { $0.cornerRadius = radii }
    }

    /// Adds a drop shadow (CSS `box-shadow`); call again for several. `radius` is the blur radius.
    public func shadow(color: Color = Shadow.defaultColor, radius: Double = 12, x: Double = 0, y: Double = 4,
                       spread: Double = 0) -> ModifiedElement {
        decoration { $0.shadows.append(Shadow(color: color, x: x, y: y, blur: radius, spread: spread)) }
    }

    /// Opacity of the element and everything in it, 0...1.
    public func opacity(_ opacity: Double) -> ModifiedElement {
        decoration { $0.opacity = opacity }
    }

    /// Clips the children to the padding box and its rounded corners (CSS `overflow: hidden`).
    public func clipped(_ clips: Bool = true) -> ModifiedElement {
        decoration { $0.clipsContent = clips }
    }
}
