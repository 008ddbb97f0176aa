/// A JSON value with a deterministic printer (keys in insertion order, two-space indent), so a
/// generated file is byte-identical from run to run and diffs well.
indirect enum JSONValue {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Pretty-printed JSON with a final line break.
    func printed() -> String {
        var out = ""
        write(to: &out, indent: "")
        return out + "\n"
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .string(let text): out += DiagnosticPrinter.quoted(text)
        case .number(let value):
            out += value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .array(let items):
            // Short arrays of scalars stay on one line.
            if items.allSatisfy(\.isScalar), items.count <= 12 {
                out += "[" + items.map { $0.printed().dropLast() }.joined(separator: ", ") + "]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += indent + "  "
                item.write(to: &out, indent: indent + "  ")
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in fields.enumerated() {
                out += indent + "  " + DiagnosticPrinter.quoted(key) + ": "
                value.write(to: &out, indent: indent + "  ")
                out += index == fields.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    /// The keys of an object, in order; nil for other values.
    var objectKeys: [String]? {
        if case .object(let fields) = self { return fields.map(\.0) }
        return nil
    }

    private var isScalar: Bool {
        switch self {
        case .string, .number, .bool: true
        case .array, .object: false
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    typealias ArrayLiteralElement = JSONValue
    typealias Key = String
    typealias Value = JSONValue
    typealias StringLiteralType = String
    typealias FloatLiteralType = Double
    typealias IntegerLiteralType = Int
    typealias BooleanLiteralType = Bool

    init(stringLiteral value: String) { self = .string(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    init(booleanLiteral value: Bool) { self = .bool(value) }

    /// `value` as a JSON array of strings.
    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
