import ArgumentParser
import Foundation
import Infografis
import InfografisFiles

extension InfografisCommand {
    /// `infografis render FILE -o OUT.png [-o OUT.svg] [--scale N]`.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a layout file to PNG, SVG or PDF (the format follows each output's extension).")

        @Argument(help: "The layout file (.yaml, .yml or .json).")
        var file: String

        @Option(name: [.short, .customLong("output")], help: "An output file: .png, .svg or .pdf. Repeat for several.")
        var outputs: [String]

        @Option(help: "Scale factor for PNG output (2 renders a 1080 px canvas at 2160 px).")
        var scale: Double = 1

        @Option(help: ArgumentHelp("PNG compression: fast (default), balanced (about 8% smaller, about 12 times slower) or small (smallest, much slower).",
                                   valueName: "fast|balanced|small"))
        var pngCompression: PNGCompression = .fast

        @Flag(help: "Also write the alt text (the card's content in reading order) to OUT.alt.txt for each output.")
        var altText = false

        @OptionGroup var diagnostics: DiagnosticOptions

        func validate() throws {
            guard !outputs.isEmpty else { throw ValidationError("Name at least one output with -o, e.g. -o card.png.") }
            for output in outputs where OutputFormat(pathExtension: (output as NSString).pathExtension) == nil {
                throw ValidationError("Cannot tell the format of \"\(output)\": use the extension .png, .svg or .pdf.")
            }
            guard scale.isFinite, scale > 0, scale <= Limits.maxScale else {
                throw ValidationError("--scale must be greater than 0 and at most \(Limits.maxScale).")
            }
        }

        func run() throws {
            let (laidOut, engine) = try diagnostics.loadAndLayOut(file)
            // Render every output in memory first, so an error leaves no file behind.
            var rendered: [(path: String, bytes: [UInt8])] = []
            do {
                for output in outputs {
                    guard let format = OutputFormat(pathExtension: (output as NSString).pathExtension) else { continue }
                    rendered.append((output, try engine.render(laidOut, as: format, scale: format == .png ? scale : 1,
                                                               pngCompression: pngCompression)))
                }
            } catch let problems as Diagnostics {
                diagnostics.report(problems.items)
                throw ExitCode(1)
            }
            if altText {
                let text = Array((AltText.describe(laidOut.document) + "\n").utf8)
                let stems = Set(rendered.map { ($0.path as NSString).deletingPathExtension })
                rendered += stems.sorted().map { ($0 + ".alt.txt", text) }
            }
            for (path, bytes) in rendered {
                try AtomicFile.write(bytes, to: path)
            }
        }
    }
}

extension PNGCompression: ExpressibleByArgument {}
