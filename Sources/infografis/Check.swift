import ArgumentParser
import Infografis
import InfografisFiles

extension InfografisCommand {
    /// `infografis check FILE`: validates and lays out without rendering.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a layout file without rendering it: syntax, properties, values, images, text overflow.")

        @Argument(help: "The layout file (.yaml, .yml or .json).")
        var file: String

        @OptionGroup var diagnostics: DiagnosticOptions

        func run() throws {
            _ = try diagnostics.loadAndLayOut(file)
            if diagnostics.format == .text { print("\(file): ok") }
        }
    }
}
