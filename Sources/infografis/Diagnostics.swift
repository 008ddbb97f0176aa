import ArgumentParser
import Foundation
import Infografis
import InfografisFiles

/// How diagnostics are printed, shared by every subcommand that reads a layout file.
struct DiagnosticOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .customLong("diagnostic-format"), help: "text (default) or json.")
    var format: Format = .text

    /// Loads, validates and lays out `file`; prints every problem and exits 1 on errors.
    func loadAndLayOut(_ file: String, engine: Engine) throws -> LaidOutDocument {
        do {
            let infographic = try LayoutFile.load(path: file)
            let document = try engine.prepare(infographic.document())
            let laidOut = engine.layout(document)
            report(laidOut.warnings)
            return laidOut
        } catch let diagnostics as Diagnostics {
            report(diagnostics.items)
            throw ExitCode(1)
        }
    }

    /// Prints diagnostics to standard error in the chosen format.
    func report(_ items: [Diagnostic]) {
        guard !items.isEmpty else { return }
        let text = switch format {
        case .text: DiagnosticPrinter.text(items)
        case .json: DiagnosticPrinter.json(items)
        }
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
