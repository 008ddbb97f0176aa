extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives (U+0009 and Unicode's space separators, such
    /// as the no-break space; line breaks stay), without bridging to `NSString`, which showed in
    /// batch profiles where every number and length of every row is trimmed.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        // Most values have nothing to trim.
        guard let head = scalars.first, let tail = scalars.last, head.isSpaceOrTab || tail.isSpaceOrTab else {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }),
              let last = scalars.lastIndex(where: { !$0.isSpaceOrTab }) else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }
}

extension Unicode.Scalar {
    /// A tab, a space separator (general category Zs) or the zero width space, which Foundation's
    /// `.whitespaces` still counts (it was Zs until Unicode 4.0.1).
    var isSpaceOrTab: Bool {
        self == "\t" || (value >= 0x80 ? properties.generalCategory == .spaceSeparator || value == 0x200B : self == " ")
    }
}
