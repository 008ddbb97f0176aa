import InfografisCore

/// Reads template text and `{{column | filter: argument}}` placeholders; offsets count characters from 0.
struct TemplateScanner {
    /// A filter argument as written: quoted (`"-"`, `'-'`) or bare (`IDR`, `1`, `tidak ada`).
    struct Argument {
        var text: String
        var offset: Int
    }

    let source: String
    let characters: [Character]
    let location: SourceLocation?
    var position = 0

    init(_ source: String, location: SourceLocation?) {
        self.source = source
        self.characters = Array(source)
        self.location = location
    }

    var isAtEnd: Bool { position >= characters.count }

    func peek(_ text: String, at index: Int? = nil) -> Bool {
        let start = index ?? position
        var offset = start
        for character in text {
            guard offset < characters.count, characters[offset] == character else { return false }
            offset += 1
        }
        return true
    }

    mutating func skipSpaces() {
        while !isAtEnd, characters[position].isWhitespace { position += 1 }
    }

    // MARK: - Placeholders

    /// Parses the placeholder that starts at `position` (on `{{`) and moves past its `}}`.
    mutating func placeholder() throws(Diagnostic) -> Placeholder {
        let start = position
        position += 2
        let columnStart = position
        while !isAtEnd, !peek("|"), !peek("}}") {
            if peek("{{") { throw unclosed(start) }
            position += 1
        }
        if isAtEnd { throw unclosed(start) }
        let column = String(characters[columnStart..<position]).trimmingCharacters(in: .whitespaces)
        if column.isEmpty {
            throw error("The placeholder has no column name", at: start,
                        hint: "Write the column name inside the braces, e.g. {{penduduk}}.")
        }
        var filters: [TemplateFilter] = []
        var defaultText: String?
        while !peek("}}") {
            position += 1  // the `|`
            skipSpaces()
            let nameStart = position
            while !isAtEnd, characters[position].isLetter || characters[position] == "_" { position += 1 }
            let name = String(characters[nameStart..<position])
            if name.isEmpty {
                throw error("Expected a filter name after \"|\"", at: nameStart,
                            hint: "For example {{\(column) | upper}}; the filters are " +
                                  TemplateFilter.names.joined(separator: ", ") + ".")
            }
            skipSpaces()
            var arguments: [Argument] = []
            if peek(":") {
                position += 1
                repeat {
                    if peek(",") { position += 1 }
                    skipSpaces()
                    arguments.append(try argument(start: start))
                    skipSpaces()
                } while peek(",")
            }
            if isAtEnd { throw unclosed(start) }
            if !peek("|") && !peek("}}") {
                throw error("Unexpected \"\(characters[position])\" after the filter \"\(name)\"", at: position,
                            hint: "Give arguments after a colon (number: 2) and separate filters with |.")
            }
            if name == "default" {
                guard defaultText == nil else {
                    throw error("The filter \"default\" is given twice", at: nameStart, hint: "Keep one of them.")
                }
                guard arguments.count == 1 else {
                    throw error("The filter \"default\" needs exactly one argument, the text to show", at: nameStart,
                                hint: "For example {{\(column) | default: \"-\"}}.")
                }
                defaultText = arguments[0].text
            } else {
                filters.append(try TemplateFilter.make(name: name, arguments: arguments, scanner: self,
                                                       offset: nameStart))
            }
        }
        position += 2
        return Placeholder(column: column, filters: filters, defaultText: defaultText,
                           text: String(characters[start..<position]), location: shifted(by: start))
    }

    /// A quoted or bare argument.
    mutating func argument(start: Int) throws(Diagnostic) -> Argument {
        let offset = position
        guard !isAtEnd else { throw unclosed(start) }
        let quote = characters[position]
        if quote == "\"" || quote == "'" {
            position += 1
            var text = ""
            while !isAtEnd, characters[position] != quote {
                if characters[position] == "\\", position + 1 < characters.count { position += 1 }
                text.append(characters[position])
                position += 1
            }
            if isAtEnd {
                throw error("The text starting with \(quote) has no closing \(quote)", at: offset,
                            hint: "Close the quote, e.g. default: \"-\".")
            }
            position += 1
            return Argument(text: text, offset: offset)
        }
        // Bare: up to `,`, `|` or `}}`, trimmed, so `default: tidak ada` needs no quotes.
        var end = position
        while !isAtEnd, !peek(","), !peek("|"), !peek("}}") {
            position += 1
            if !characters[position - 1].isWhitespace { end = position }
        }
        if end == offset {
            throw error("Expected a value after \":\"", at: offset,
                        hint: "Write the argument after the colon, e.g. number: 2, or remove the colon.")
        }
        return Argument(text: String(characters[offset..<end]), offset: offset)
    }

    // MARK: - Errors

    func unclosed(_ start: Int) -> Diagnostic {
        let excerpt = String(characters[start..<min(characters.count, start + 40)])
        return error("The placeholder \"\(excerpt)\" is not closed with \"}}\"", at: start,
                     hint: "Close it with }}; to write {{ as text, put a backslash before it: \\{{.")
    }

    /// A syntax diagnostic that quotes the template and gives the character offset.
    func error(_ problem: String, at offset: Int, code: String = "template-syntax", hint: String) -> Diagnostic {
        Diagnostic(code: code, message: "\(problem) at character \(offset) of the template \"\(source)\".",
                   location: shifted(by: offset), hint: hint)
    }

    /// The template's location moved forward by `offset` characters, following line breaks.
    func shifted(by offset: Int) -> SourceLocation? {
        guard case let .file(path, line, column)? = location else { return location }
        let before = characters[..<min(offset, characters.count)]
        guard let lastBreak = before.lastIndex(of: "\n") else {
            return .file(path: path, line: line, column: column + offset)
        }
        let breaks = before.filter { $0 == "\n" }.count
        return .file(path: path, line: line + breaks, column: offset - lastBreak)
    }
}
