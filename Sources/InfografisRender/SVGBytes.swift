// Appending SVG text to a byte buffer: numbers in a short fixed-precision form, colors,
// base64. The writer spends most of its time here, so nothing goes through String formatting.

extension Array where Element == UInt8 {
    /// Appends ASCII (or any UTF-8) text.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends `value` rounded to `decimals` (0...6) decimal places in its shortest form:
    /// no trailing zeros, no trailing point, no "-0". Non-finite values are written as 0 and
    /// magnitudes beyond 1e9 are clamped (no canvas reaches that far).
    mutating func appendNumber(_ value: Double, decimals: Int = 3) {
        let power = SVGNumber.powers[decimals]
        let clamped = value.isFinite ? Swift.min(Swift.max(value, -1e9), 1e9) : 0
        var scaled = Int64((clamped * Double(power)).rounded())
        if scaled == 0 {
            append(UInt8(ascii: "0"))
            return
        }
        if scaled < 0 {
            append(UInt8(ascii: "-"))
            scaled = -scaled
        }
        let whole = scaled / power
        var fraction = scaled % power
        var digits = decimals
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        appendInteger(whole)
        guard digits > 0 else { return }
        append(UInt8(ascii: "."))
        // Leading zeros of the fraction, then its digits.
        var scratch: (UInt64) = 0
        Swift.withUnsafeMutableBytes(of: &scratch) { buffer in
            var index = digits - 1
            while index >= 0 {
                buffer[index] = UInt8(48 + fraction % 10)
                fraction /= 10
                index -= 1
            }
            append(contentsOf: buffer.prefix(digits))
        }
    }

    /// Appends a non-negative integer in decimal.
    mutating func appendInteger(_ value: Int64) {
        if value < 10 {
            append(UInt8(48 + value))
            return
        }
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var value = value
        Swift.withUnsafeMutableBytes(of: &scratch) { buffer in
            var index = buffer.count
            while value > 0 {
                index -= 1
                buffer[index] = UInt8(48 + value % 10)
                value /= 10
            }
            append(contentsOf: buffer[index...])
        }
    }

    /// Appends an integer (negative too).
    mutating func appendInteger(_ value: Int) {
        if value < 0 {
            append(UInt8(ascii: "-"))
            appendInteger(Int64(-value))
        } else {
            appendInteger(Int64(value))
        }
    }

    /// Appends `#rrggbb` for a color's channels (0...1, rounded to 8 bits).
    mutating func appendHexColor(red: Double, green: Double, blue: Double) {
        append(UInt8(ascii: "#"))
        for channel in [red, green, blue] {
            let byte = SVGNumber.byte(channel)
            append(SVGNumber.hexDigits[Int(byte >> 4)])
            append(SVGNumber.hexDigits[Int(byte & 15)])
        }
    }

    /// Appends `data` in base64 (RFC 4648, with padding).
    mutating func appendBase64(_ data: UnsafeRawBufferPointer) {
        let table = SVGNumber.base64Digits
        reserveCapacity(count + (data.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= data.count {
            let triple = UInt32(data[index]) << 16 | UInt32(data[index + 1]) << 8 | UInt32(data[index + 2])
            append(table[Int(triple >> 18 & 63)])
            append(table[Int(triple >> 12 & 63)])
            append(table[Int(triple >> 6 & 63)])
            append(table[Int(triple & 63)])
            index += 3
        }
        let rest = data.count - index
        if rest > 0 {
            let triple = UInt32(data[index]) << 16 | (rest == 2 ? UInt32(data[index + 1]) << 8 : 0)
            append(table[Int(triple >> 18 & 63)])
            append(table[Int(triple >> 12 & 63)])
            append(rest == 2 ? table[Int(triple >> 6 & 63)] : UInt8(ascii: "="))
            append(UInt8(ascii: "="))
        }
    }
}

/// Tables for `appendNumber`, `appendHexColor` and `appendBase64`.
enum SVGNumber {
    static let powers: [Int64] = [1, 10, 100, 1000, 10000, 100000, 1000000]
    static let hexDigits = Array("0123456789abcdef".utf8)
    static let base64Digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// A channel 0...1 as a byte, rounded; NaN is 0.
    static func byte(_ channel: Double) -> UInt8 {
        guard channel.isFinite else { return 0 }
        return UInt8(Swift.min(255, Swift.max(0, (channel * 255).rounded())))
    }
}
