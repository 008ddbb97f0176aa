// Numbers, percentages, compact numbers and money.

import Foundation

extension LocaleFormatter {
    /// Rounding used everywhere: halves away from zero (1,25 → 1,3), as people round by hand; ICU's default is half-even.
    static let rounding = FloatingPointRoundingRule.toNearestOrAwayFromZero

    /// A grouped decimal number: `1.234.567` (id), `1,234,567` (en); `fractionDigits` fixes the digits after the
    /// separator (`1.234,5`), nil writes as many as needed, up to 3.
    public func number(_ value: Double, fractionDigits: Int? = nil) -> String {
        value.formatted(numberStyle(fractionDigits.map { $0...$0 } ?? 0...3))
    }

    /// A percentage from a fraction: 0.737 → `73,7%` (id), `73.7%` (en); `fractionDigits` as in `number`, nil for 0.
    public func percent(_ fraction: Double, fractionDigits: Int? = nil) -> String {
        let digits = max(0, fractionDigits ?? 0)
        return fraction.formatted(.percent.locale(data.locale)
            .precision(.fractionLength(digits...digits)).rounded(rule: Self.rounding))
    }

    /// Money: `Rp 15.000` (id, IDR), `$15,000.00` (en-US, USD). `code` is ISO 4217, nil for the locale's currency;
    /// `fractionDigits` nil uses the currency's usual digits from ICU (0 for IDR in `id`, 2 for USD).
    ///
    /// Normalised: ICU writes `Rp15.000` in `id`; Indonesian press writes `Rp 15.000`, so for IDR in Indonesian a
    /// no-break space is put between `Rp` and the amount. Everything else is ICU's output unchanged.
    public func currency(_ value: Double, code: String? = nil, fractionDigits: Int? = nil) -> String {
        let code = (code ?? data.currencyCode).uppercased()
        var style = FloatingPointFormatStyle<Double>.Currency(code: code, locale: data.locale).rounded(rule: Self.rounding)
        if let fractionDigits {
            let digits = max(0, fractionDigits)
            style = style.precision(.fractionLength(digits...digits))
        }
        let text = value.formatted(style)
        guard data.language == "id", code == "IDR" else { return text }
        return Self.spacingSymbol("Rp", in: text)
    }

    /// A compact number: `1,2 juta`, `3,4 miliar`, `1 triliun` (id); `1.2M`, `3.4B`, `2.5K` (en).
    ///
    /// - Parameters:
    ///   - style: nil uses the locale's usual style: `.long` for Indonesian (the press writes `1,2 juta`; ICU's
    ///     short `1,2 jt` and `3,4 M` read as abbreviations, and `M` is easily taken for "million"), `.short` otherwise.
    ///   - compactsThousands: nil uses the locale's habit: Indonesian writes thousands in full (`2.500`, not
    ///     `2,5 ribu`), other locales compact them (`2.5K`). Below 1,000 numbers are always written in full.
    ///   - fractionDigits: at most this many digits after the separator; trailing zeros are dropped (`1 triliun`).
    ///
    /// `.short` is ICU's compact notation. `.long` is built here, because Foundation exposes only ICU's short
    /// compact notation: the mantissa is ICU-formatted and the magnitude word comes from CLDR's long compact
    /// patterns, copied for `id` (ribu, juta, miliar, triliun) and `en` (thousand, million, billion, trillion);
    /// other languages fall back to `.short`.
    public func compact(_ value: Double, style: CompactStyle? = nil, compactsThousands: Bool? = nil,
                        fractionDigits: Int = 1) -> String {
        let digits = max(0, fractionDigits)
        let style = style ?? (data.language == "id" ? .long : .short)
        let thousands = compactsThousands ?? (data.language != "id")
        let magnitude = Self.compactMagnitude(of: value, fractionDigits: digits)
        if magnitude == 0 || (magnitude == 1 && !thousands) || !value.isFinite {
            return value.formatted(numberStyle(0...digits))
        }
        if style == .long, let words = Self.longCompactWords[data.language] {
            let mantissa = value / pow(1000, Double(magnitude))
            return mantissa.formatted(numberStyle(0...digits)) + "\u{A0}" + words[magnitude - 1]
        }
        return value.formatted(numberStyle(0...digits).notation(.compactName))
    }
}

// MARK: - Helpers

extension LocaleFormatter {
    /// CLDR's long compact magnitude words (`decimalFormats-long`) for 10^3, 10^6, 10^9 and 10^12, per language.
    static let longCompactWords: [String: [String]] = [
        "id": ["ribu", "juta", "miliar", "triliun"],
        "en": ["thousand", "million", "billion", "trillion"],
    ]

    /// The grouped decimal style for this locale with `fractionDigits` and our rounding.
    func numberStyle(_ fractionDigits: ClosedRange<Int>) -> FloatingPointFormatStyle<Double> {
        let lower = max(0, fractionDigits.lowerBound)
        return FloatingPointFormatStyle<Double>(locale: data.locale)
            .precision(.fractionLength(lower...max(lower, fractionDigits.upperBound)))
            .rounded(rule: Self.rounding)
    }

    /// The power of 1,000 (0 to 4, trillions at most) that `value` is written with once its mantissa is rounded
    /// to `fractionDigits`; 999.999 rounds up into the next magnitude, as in ICU.
    static func compactMagnitude(of value: Double, fractionDigits: Int) -> Int {
        let absolute = abs(value)
        guard absolute.isFinite, absolute >= 1 else { return 0 }
        var magnitude = min(4, Int(log10(absolute) / 3))
        let scale = pow(10, Double(fractionDigits))
        while magnitude < 4 {
            let rounded = (absolute / pow(1000, Double(magnitude)) * scale).rounded(rounding) / scale
            guard rounded >= 1000 else { break }
            magnitude += 1
        }
        return magnitude
    }

    /// `text` with a no-break space put between `symbol` and a digit that directly follows it.
    static func spacingSymbol(_ symbol: String, in text: String) -> String {
        guard let range = text.range(of: symbol), range.upperBound < text.endIndex,
              text[range.upperBound].isNumber else { return text }
        return text.replacingCharacters(in: range, with: symbol + "\u{A0}")
    }
}
