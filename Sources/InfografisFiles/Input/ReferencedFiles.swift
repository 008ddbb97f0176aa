import Foundation
import Infografis

// Files a layout references: resolved inside the project root, regular files only, checked
// from their header before anything decodes them.

extension FileDecoder {
    /// An image `src`: inside the project root, a regular PNG, JPEG or SVG file whose header gives
    /// a size within the limits. Returns the canonical path, or nil after recording why not.
    func checkedImagePath(_ node: YAMLNode) -> String? {
        guard let src = string(node, "src") else { return nil }
        guard let resolved = referencedFile(src, property: "src", at: node, what: "image") else { return nil }
        if case .failure(let problem) = ImageInspector.inspect(resolved) {
            error(problem.code, "The image \"\(src)\" \(problem.reason).", at: node, hint: problem.hint)
            return nil
        }
        return resolved
    }

    /// The canonical path of a file named by the layout (`src`, an icon, a theme, an include);
    /// nil after recording a `missing-file`, `outside-root` or `invalid-value` error.
    func referencedFile(_ reference: String, property: String, at node: YAMLNode, what: String) -> String? {
        switch root.resolve(reference, from: directory) {
        case .success(let path):
            return path
        case .failure(.url):
            error("invalid-value", "`\(property)` must be a file path; \(what)s are not downloaded.", at: node,
                  hint: "Download the \(what) next to the layout file and write its file name.")
        case .failure(.missing(let resolved)):
            error("missing-file", "The \(what) file \"\(reference)\" does not exist (looked for \(resolved)).", at: node,
                  hint: "Paths are relative to the folder of the layout file.")
        case .failure(.outside(let resolved)):
            error("outside-root", "The \(what) file \"\(reference)\" is outside the project folder \(root.path) (it resolves to \(resolved)).",
                  at: node, hint: "Copy the file into the project folder, or widen it with `--root DIR`.")
        }
        return nil
    }
}
