// TextEstimate: how much room a label needs, decided before layout.
//
// Charts expand into primitives before the text core has measured anything, yet they must decide
// where labels go (at a bar's end or inside it, every label or every third) so that labels never
// overlap. They reserve room from an upper bound of the text's size, from the advance widths of
// the bundled fonts: for each printable ASCII character, the larger of the Regular and Bold
// advance (in thousandths of an em). The bound ignores kerning, which only narrows Latin text.

/// Upper bounds on the size of a single line of text, without a text engine.
enum TextEstimate {
    /// Advances of U+0020...U+007E in Inter, max of Regular and Bold, 1/1000 em (from the bundled OTFs).
    static let inter: [Int] = [
        282, 325, 404, 650, 655, 860, 675, 222, 410, 410, 565, 680, 303, 469, 298, 390, 689, 490, 630,
        660, 678, 645, 661, 595, 661, 661, 298, 303, 680, 680, 680, 563, 1031, 748, 661, 753, 728, 613,
        587, 761, 747, 281, 570, 690, 568, 915, 753, 782, 648, 783, 657, 655, 669, 742, 748, 1036, 715,
        725, 667, 410, 390, 410, 488, 477, 498, 581, 636, 588, 636, 598, 386, 634, 625, 273, 273, 582,
        273, 912, 622, 614, 633, 633, 409, 562, 389, 622, 586, 851, 574, 586, 572, 410, 374, 410, 680,
    ]

    /// The same for Noto Sans.
    static let notoSans: [Int] = [
        260, 286, 472, 646, 572, 901, 750, 266, 339, 339, 551, 572, 285, 322, 285, 413, 572, 572, 572,
        572, 572, 572, 572, 572, 572, 572, 285, 285, 572, 572, 572, 477, 899, 690, 672, 637, 740, 560,
        549, 728, 765, 389, 331, 664, 565, 943, 813, 796, 628, 796, 660, 551, 579, 756, 650, 967, 667,
        624, 579, 331, 413, 331, 572, 444, 362, 604, 633, 514, 633, 591, 387, 633, 657, 305, 305, 620,
        305, 982, 657, 619, 633, 633, 454, 497, 434, 657, 569, 856, 578, 569, 488, 394, 551, 394, 572,
    ]

    /// Advance assumed for characters outside the table (and for other families' widest letters).
    static let fallbackAdvance = 1000

    /// Width of `text` on one line in `style`, in pixels; never less than what the text core measures
    /// for the bundled families (other families get a wider per-character bound).
    static func width(_ text: String, _ style: TextStyle) -> Double {
        let table: [Int]? = switch style.family.lowercased() {
        case "inter": inter
        case "noto sans", "notosans": notoSans
        default: nil
        }
        var thousandths = 0
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            let value = Int(scalar.value)
            if value == 0xA0 || value == 0x202F {
                thousandths += table?[0] ?? 300 // no-break spaces: as wide as a space
            } else if value == 0x2212 || value == 0x2013 {
                thousandths += 700 // minus sign, en dash
            } else if let table, (0x20...0x7E).contains(value) {
                thousandths += table[value - 0x20]
            } else {
                thousandths += table == nil && (0x20...0x7E).contains(value) ? 700 : fallbackAdvance
            }
        }
        let letterSpacing = style.letterSpacing * Double(Swift.max(0, count))
        return (Double(thousandths) / 1000 * style.size + letterSpacing) * 1.02 + 1
    }

    /// Height of one line of text in `style`, in pixels (ascent plus descent, or the set line height).
    static func lineHeight(_ style: TextStyle) -> Double {
        if let lineHeight = style.lineHeight { return (lineHeight * style.size).rounded(.up) }
        let factor = switch style.family.lowercased() {
        case "inter": 1.22
        case "noto sans", "notosans": 1.37
        default: 1.45
        }
        return (factor * style.size).rounded(.up)
    }
}
