import ArgumentParser
import InfografisFiles

extension InfografisCommand {
    /// `infografis schema`: prints the JSON Schema of layout files.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the JSON Schema of layout files (for editor completion and checks; see docs/editor.md).")

        func run() throws {
            print(LayoutSchema.json(), terminator: "")
        }
    }
}
