import ArgumentParser
import Foundation
import Infografis

extension InfografisCommand {
    /// `infografis icons [SEARCH]`: lists the Material Design icon names the `icon` key accepts.
    struct Icons: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the icon names (Material Design Icons) usable as `icon: NAME`.",
            discussion: """
                Without SEARCH, every name is listed. SEARCH matches names containing each of its words \
                (`arrow up`), or, with `*`, the whole name as a pattern (`chart-*`).
                """)

        @Argument(help: "Words or a `*` pattern to filter the names by.")
        var search: [String] = []

        func run() throws {
            let set: IconSet
            do {
                set = try IconSet.materialDesign()
            } catch {
                throw ValidationError(error.description)
            }
            let term = search.joined(separator: " ")
            let names = term.isEmpty ? set.names : set.search(term)
            if names.isEmpty {
                let near = set.suggestions(for: term.replacingOccurrences(of: " ", with: "-"))
                let hint = near.isEmpty ? "" : " Did you mean: \(near.joined(separator: ", "))?"
                FileHandle.standardError.write(Data("No icon name matches \"\(term)\".\(hint)\n".utf8))
                throw ExitCode(1)
            }
            for name in names { print(name) }
        }
    }
}
