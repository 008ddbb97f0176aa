import ArgumentParser
import Infografis
import InfografisFiles

extension InfografisCommand {
    /// `infografis layout FILE --json`: every node's frame in canvas pixels.
    struct Layout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every node's frame in canvas pixels.")

        @Argument(help: "The layout file (.yaml, .yml or .json).")
        var file: String

        @Flag(help: "Print JSON: {type, id, frame: {x, y, width, height}, children}.")
        var json = false

        @OptionGroup var diagnostics: DiagnosticOptions

        func run() throws {
            let laidOut = try diagnostics.loadAndLayOut(file).laidOut
            let dump = LayoutDump(laidOut.tree)
            if json {
                print(try dump.jsonString())
            } else {
                printTree(dump, indent: "")
            }
        }

        private func printTree(_ dump: LayoutDump, indent: String) {
            let f = dump.frame
            let id = dump.id.map { " #\($0)" } ?? ""
            print("\(indent)\(dump.type)\(id) x=\(f.x) y=\(f.y) w=\(f.width) h=\(f.height)")
            for child in dump.children { printTree(child, indent: indent + "  ") }
        }
    }
}
