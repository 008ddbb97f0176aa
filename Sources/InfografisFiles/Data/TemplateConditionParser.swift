import InfografisCore

/// Recursive-descent parser for `TemplateCondition`: or → and → not → comparison → operand.
struct ConditionParser {
    typealias Node = TemplateCondition.Node
    typealias Operand = TemplateCondition.Operand

    var scanner: TemplateScanner

    static let keywords: Set<String> = ["and", "or", "not", "is", "empty"]

    mutating func parse() throws(Diagnostic) -> Node {
        scanner.skipSpaces()
        if scanner.isAtEnd {
            throw scanner.error("The condition is empty", at: 0,
                                hint: "Write a condition such as {{status}} == aktif, or remove it.")
        }
        let node = try parseOr()
        scanner.skipSpaces()
        if !scanner.isAtEnd {
            let text = word(at: scanner.position)
            let shown = text.isEmpty ? String(scanner.characters[scanner.position]) : text
            throw scanner.error("Unexpected \"\(shown)\"", at: scanner.position,
                                hint: "Join conditions with and / or; put text with spaces in quotes.")
        }
        return node
    }

    mutating func parseOr() throws(Diagnostic) -> Node {
        var node = try parseAnd()
        while consumeKeyword("or") { node = .or(node, try parseAnd()) }
        return node
    }

    mutating func parseAnd() throws(Diagnostic) -> Node {
        var node = try parseNot()
        while consumeKeyword("and") { node = .and(node, try parseNot()) }
        return node
    }

    mutating func parseNot() throws(Diagnostic) -> Node {
        if consumeKeyword("not") { return .not(try parseNot()) }
        scanner.skipSpaces()
        if scanner.peek("(") {
            let open = scanner.position
            scanner.position += 1
            let node = try parseOr()
            scanner.skipSpaces()
            guard scanner.peek(")") else {
                throw scanner.error("The \"(\" has no matching \")\"", at: open, hint: "Close the parenthesis.")
            }
            scanner.position += 1
            return node
        }
        return try parseComparison()
    }

    mutating func parseComparison() throws(Diagnostic) -> Node {
        let left = try parseOperand()
        scanner.skipSpaces()
        if consumeKeyword("is") {
            let negated = consumeKeyword("not")
            guard consumeKeyword("empty") else {
                throw scanner.error("Expected \"empty\" after \"is\(negated ? " not" : "")\"", at: scanner.position,
                                    hint: "Write {{column}} is empty or {{column}} is not empty.")
            }
            return .isEmpty(left, negated: negated)
        }
        for comparison in TemplateCondition.Comparison.allCases where scanner.peek(comparison.rawValue) {
            scanner.position += comparison.rawValue.count
            return .compare(left, comparison, try parseOperand())
        }
        if scanner.peek("=") {
            throw scanner.error("\"=\" is not a comparison", at: scanner.position, hint: "Write == to compare.")
        }
        return .operand(left)
    }

    mutating func parseOperand() throws(Diagnostic) -> Operand {
        scanner.skipSpaces()
        let start = scanner.position
        if scanner.isAtEnd {
            throw scanner.error("The condition ends where a value was expected", at: start,
                                hint: "Finish the comparison, e.g. {{status}} == aktif.")
        }
        if scanner.peek("{{") { return .placeholder(try scanner.placeholder()) }
        if scanner.peek("\"") || scanner.peek("'") { return .literal(try scanner.argument(start: start).text) }
        let text = word(at: start)
        if text.isEmpty || Self.keywords.contains(text.lowercased()) {
            let shown = text.isEmpty ? String(scanner.characters[start]) : text
            throw scanner.error("Expected a {{column}} or a value, not \"\(shown)\"", at: start,
                                hint: "Put text that is also a keyword or an operator in quotes, e.g. \"\(shown)\".")
        }
        scanner.position += text.count
        return .literal(text)
    }

    /// The bare word at `index`: up to a space, an operator, a parenthesis or a placeholder.
    func word(at index: Int) -> String {
        var end = index
        while end < scanner.characters.count {
            let character = scanner.characters[end]
            if character.isWhitespace || "=!<>()".contains(character) || scanner.peek("{{", at: end) { break }
            end += 1
        }
        return String(scanner.characters[index..<end])
    }

    /// Consumes `keyword` when it is the next whole word.
    mutating func consumeKeyword(_ keyword: String) -> Bool {
        scanner.skipSpaces()
        guard word(at: scanner.position).lowercased() == keyword else { return false }
        scanner.position += keyword.count
        return true
    }
}
