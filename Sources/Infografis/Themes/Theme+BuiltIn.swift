// The built-in themes, written in the theme file format (`docs/format.md`, "Themes") so that they
// double as examples for users' own themes. Every text color passes WCAG AA (4.5:1) on both
// `background` and `surface`; `kontras-tinggi` passes AAA (7:1). Tests check both.

extension Theme {
    /// Neutral grey and blue; the theme components use when none is set.
    public static let netral = builtIn(netralSource, fallback: base)
    /// Government communication: navy with red and white accents, sober.
    public static let pemerintah = builtIn(pemerintahSource, fallback: netral)
    /// High contrast: black on white, WCAG AAA for body and secondary text.
    public static let kontrasTinggi = builtIn(kontrasTinggiSource, fallback: netral)
    /// Fresh teal and green.
    public static let segar = builtIn(segarSource, fallback: netral)
    /// Warm: terracotta and amber on cream.
    public static let hangat = builtIn(hangatSource, fallback: netral)
    /// Dark mode: light text on deep slate.
    public static let malam = builtIn(malamSource, fallback: netral)

    /// Every built-in theme, in the order the documentation lists them.
    public static let builtInThemes: [Theme] = [.pemerintah, .kontrasTinggi, .segar, .hangat, .malam, .netral]
    /// Their names.
    public static let builtInNames: [String] = builtInThemes.map(\.name)

    /// The built-in theme called `name`, or nil.
    public static func builtIn(named name: String) -> Theme? {
        builtInThemes.first { $0.name == name }
    }

    /// The YAML source of every built-in theme, by name (for `infografis themes --show` and tests).
    public static let builtInSources: [String: String] = [
        "pemerintah": pemerintahSource, "kontras-tinggi": kontrasTinggiSource, "segar": segarSource,
        "hangat": hangatSource, "malam": malamSource, "netral": netralSource,
    ]

    /// Decodes a built-in source; tests assert that each decodes without problems, so `fallback` is never used.
    private static func builtIn(_ source: String, fallback: Theme) -> Theme {
        (try? decode(yaml: source, path: "<built-in theme>")) ?? fallback
    }

    /// Where a theme without `extends` starts: `netral`'s palette, fonts and spacing, written in
    /// Swift, without component defaults (components derive theirs from the palette).
    public static let base = Theme(name: "netral", palette: Palette(
        background: .white, surface: "#F3F4F6", primary: "#1F3A5F", secondary: "#4A6FA5", accent: "#2563EB",
        text: "#1F2937", mutedText: "#4B5563", onPrimary: .white, positive: "#15803D", negative: "#B91C1C",
        chart: ["#1F3A5F", "#2563EB", "#F2A541", "#48A9A6", "#C05A5A", "#6B7280"]))
}

// MARK: - Sources

extension Theme {
    static let netralSource = """
        name: netral
        palette:
          background: "#FFFFFF"
          surface: "#F3F4F6"
          primary: "#1F3A5F"
          secondary: "#4A6FA5"
          accent: "#2563EB"
          text: "#1F2937"
          muted-text: "#4B5563"
          on-primary: "#FFFFFF"
          positive: "#15803D"
          negative: "#B91C1C"
          chart: ["#1F3A5F", "#2563EB", "#F2A541", "#48A9A6", "#C05A5A", "#6B7280", "#8E6BBF"]
        fonts: {heading: Inter, heading-weight: bold, body: Inter, body-weight: regular, body-size: 24}
        spacing: {xs: 8, s: 16, m: 24, l: 40, xl: 64}
        radius: 16
        """

    static let pemerintahSource = """
        name: pemerintah
        palette:
          background: "#FFFFFF"
          surface: "#EEF2F7"
          primary: "#0B2A55"
          secondary: "#1F4E8C"
          accent: "#C8102E"
          text: "#0F1B2D"
          muted-text: "#4A5868"
          on-primary: "#FFFFFF"
          positive: "#17692F"
          negative: "#B42318"
          chart: ["#0B2A55", "#C8102E", "#2E6FBF", "#D9A21B", "#2A9D8F", "#8A96A8", "#6D3B8E"]
        fonts: {heading: Inter, heading-weight: extrabold, body: Inter, body-weight: regular, body-size: 24}
        spacing: {xs: 8, s: 16, m: 24, l: 40, xl: 64}
        radius: 12
        components:
          stat: {background: surface, color: primary, accent: accent}
          title: {color: primary, accent: accent}
          quote: {variant: bar, accent: accent}
          table: {background: primary, color: on-primary}
        """

    static let kontrasTinggiSource = """
        name: kontras-tinggi
        palette:
          background: "#FFFFFF"
          surface: "#F2F2F2"
          primary: "#000000"
          secondary: "#1A1A1A"
          accent: "#0033A0"
          text: "#000000"
          muted-text: "#333333"
          on-primary: "#FFFFFF"
          positive: "#005A1E"
          negative: "#A30000"
          chart: ["#000000", "#0033A0", "#A30000", "#005A1E", "#6A1B9A", "#8A4B00", "#5F6B7A"]
        fonts: {heading: Inter, heading-weight: extrabold, body: Inter, body-weight: medium, body-size: 26}
        spacing: {xs: 8, s: 16, m: 24, l: 40, xl: 64}
        radius: 8
        components:
          stat: {background: background, color: primary, accent: accent}
          divider: {color: text}
          table: {background: primary, color: on-primary}
        """

    static let segarSource = """
        name: segar
        palette:
          background: "#FFFFFF"
          surface: "#E6F4F1"
          primary: "#0F766E"
          secondary: "#166534"
          accent: "#0D8A63"
          text: "#102A26"
          muted-text: "#46605B"
          on-primary: "#FFFFFF"
          positive: "#13733A"
          negative: "#B42318"
          chart: ["#0F766E", "#84CC16", "#0EA5E9", "#F59E0B", "#14B8A6", "#64748B", "#A855F7"]
        fonts: {heading: Inter, heading-weight: bold, body: Inter, body-weight: regular, body-size: 24}
        spacing: {xs: 8, s: 16, m: 24, l: 40, xl: 64}
        radius: 20
        components:
          stat: {background: surface, color: primary, accent: accent}
          quote: {variant: mark, accent: accent}
        """

    static let hangatSource = """
        name: hangat
        palette:
          background: "#FFF8F0"
          surface: "#FCEBD9"
          primary: "#9A3412"
          secondary: "#A1480A"
          accent: "#C2410C"
          text: "#2B1A10"
          muted-text: "#6B4F3A"
          on-primary: "#FFFFFF"
          positive: "#2F6B16"
          negative: "#B42318"
          chart: ["#9A3412", "#F59E0B", "#0F766E", "#DB2777", "#65A30D", "#78716C", "#7C3AED"]
        fonts: {heading: Inter, heading-weight: bold, body: Inter, body-weight: regular, body-size: 24}
        spacing: {xs: 8, s: 16, m: 24, l: 40, xl: 64}
        radius: 24
        components:
          stat: {background: surface, color: primary, accent: accent}
          quote: {variant: mark, accent: accent}
        """

    static let malamSource = """
        name: malam
        palette:
          background: "#0F172A"
          surface: "#1E293B"
          primary: "#60A5FA"
          secondary: "#38BDF8"
          accent: "#FBBF24"
          text: "#F1F5F9"
          muted-text: "#A5B4C8"
          on-primary: "#0F172A"
          positive: "#4ADE80"
          negative: "#F87171"
          chart: ["#60A5FA", "#FBBF24", "#34D399", "#F472B6", "#A78BFA", "#FB923C", "#94A3B8"]
        fonts: {heading: Inter, heading-weight: bold, body: Inter, body-weight: regular, body-size: 24}
        spacing: {xs: 8, s: 16, m: 24, l: 40, xl: 64}
        radius: 16
        components:
          stat: {background: surface, color: primary, accent: accent}
          quote: {variant: mark, accent: accent}
        """
}
