import Infografis

// Limits checked while loading, so `check` reports them with the rest, at their place in the file.
// `DocumentValidator` checks the same limits again for documents built in Swift.

extension NumberRange {
    /// Font sizes: more than 0, at most `Limits.maxFontSize` pixels.
    static let fontSize = NumberRange(contains: { $0 > 0 && $0 <= Limits.maxFontSize },
                                      requirement: "greater than 0 and at most \(Int(Limits.maxFontSize)) pixels")
    /// Letter spacing: at most `Limits.maxFontSize` pixels either way.
    static let letterSpacing = NumberRange.closed(-Limits.maxFontSize...Limits.maxFontSize)
}

extension FileDecoder {
    /// `canvas` when its area is within `Limits.maxCanvasPixels`; else nil after a `canvas-too-large` error.
    func checkedArea(_ canvas: Canvas, at node: YAMLNode) -> Canvas? {
        let problems = Limits.canvasAreaProblems(canvas.size)
        for problem in problems { error(problem.code, problem.message, at: node, hint: problem.hint) }
        return problems.isEmpty ? canvas : nil
    }

    /// The `content` of a text: a scalar of at most `Limits.maxTextLength` characters.
    /// (Control characters are reported by `YAMLGuard` for every scalar.)
    func textContent(_ node: YAMLNode) -> String? {
        guard let text = string(node, "content") else { return nil }
        guard text.count <= Limits.maxTextLength else {
            error("text-too-long", "This text has \(text.count) characters; at most \(Limits.maxTextLength) are allowed in one node.",
                  at: node, hint: "Split the text or shorten it.")
            return nil
        }
        return text
    }
}
