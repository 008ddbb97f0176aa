// Converting SVG font glyph outlines (y up) to SVG path data (y down).

/// SVG font glyph path data with its y axis flipped: y' = `ascent` - y, x unchanged; nil for anything else.
///
/// Deliberately small and isolated: it handles only the absolute commands M, L, H, V, C, S and Z/z, which are
/// all that Material Design Icons' font uses (a test checks every glyph), and returns nil for any other command
/// or a wrong number of arguments. It is meant to move onto a shared path-data parser later.
func flipGlyphPath(_ data: String, ascent: Double) -> String? {
    var output = ""
    output.reserveCapacity(data.utf8.count)
    var command: Character?
    var arguments: [Double] = []

    func flush() -> Bool {
        guard let current = command else { return arguments.isEmpty }
        let arity: Int
        switch current {
        case "M", "L": arity = 2
        case "H", "V": arity = 1
        case "C": arity = 6
        case "S": arity = 4
        case "Z", "z": arity = 0
        default: return false
        }
        if arity == 0 {
            guard arguments.isEmpty else { return false }
        } else {
            guard !arguments.isEmpty, arguments.count.isMultiple(of: arity) else { return false }
        }
        if !output.isEmpty { output += " " }
        output.append(current)
        for (index, value) in arguments.enumerated() {
            let isY = current == "V" || (current != "H" && !index.isMultiple(of: 2))
            output += (index == 0 ? "" : " ") + formatCoordinate(isY ? ascent - value : value)
        }
        arguments.removeAll(keepingCapacity: true)
        return true
    }

    var scanner = NumberScanner(data)
    while let token = scanner.next() {
        switch token {
        case let .command(letter):
            guard flush() else { return nil }
            command = letter
        case let .number(value):
            guard command != nil else { return nil }
            arguments.append(value)
        case .invalid:
            return nil
        }
    }
    guard flush() else { return nil }
    return output
}

/// A coordinate rounded to 1/1000 unit, written without a trailing `.0` (`105.173`, `448`).
func formatCoordinate(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    if rounded == 0 { return "0" }
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
}

/// Splits path data into command letters and numbers (sign, decimals and exponents, with or without spaces).
struct NumberScanner {
    enum Token: Equatable {
        case command(Character)
        case number(Double)
        case invalid
    }

    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    mutating func next() -> Token? {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x2C || (0x09...0x0D).contains(bytes[index]) {
            index += 1
        }
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        if isLetter, byte != 0x65, byte != 0x45 {  // e/E only appear inside numbers
            index += 1
            return .command(Character(UnicodeScalar(byte)))
        }
        let start = index
        if bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
        var seenDot = false
        while index < bytes.count {
            let b = bytes[index]
            if (0x30...0x39).contains(b) {
                index += 1
            } else if b == 0x2E, !seenDot {
                seenDot = true
                index += 1
            } else if b == 0x65 || b == 0x45 {
                index += 1
                if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
                break
            } else {
                break
            }
        }
        guard index > start, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            index = max(index, start + 1)
            return .invalid
        }
        return .number(value)
    }
}
