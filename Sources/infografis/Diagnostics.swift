import ArgumentParser
import Foundation
import Infografis
import InfografisFiles
import InfografisText

/// How diagnostics are printed, shared by every subcommand that reads a layout file.
struct DiagnosticOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .customLong("diagnostic-format"), help: "text (default) or json.")
    var format: Format = .text

    @Option(help: "Folder that files named in the layout (images, icons) must be inside. Default: the current directory when the layout is inside it, else the layout's folder.")
    var root: String?

    /// Loads, validates and lays out `file` with a new engine; prints every problem (at its place
    /// in the file) and exits 1 on errors. The fonts are set up on another thread while the file
    /// is read, and the engine made once it is.
    func loadAndLayOut(_ file: String) throws -> (laidOut: LaidOutDocument, engine: Engine) {
        FontLibrary.prepareInBackground()
        var sourceMap = SourceMap()
        do {
            let loaded = try LayoutFile.loadWithSourceMap(path: file, root: root)
            sourceMap = loaded.sourceMap
            let engine = Engine()
            let document = try engine.prepare(loaded.infographic.document())
            let laidOut = engine.layout(document)
            report(sourceMap.locate(laidOut.warnings))
            return (laidOut, engine)
        } catch let diagnostics as Diagnostics {
            report(sourceMap.locate(diagnostics.items))
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
