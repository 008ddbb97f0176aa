import ArgumentParser
import Foundation
import Infografis

/// `infografis-bench`: the seed-card benchmark behind `make bench`.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "infografis-bench",
        abstract: "Seed-card benchmark: Infografis against a naive Cairo/Pango baseline and the plain C floor.",
        subcommands: [Report.self, Run.self, PNGChoices.self, TextCore.self],
        defaultSubcommand: Report.self)
}

/// Options every subcommand shares.
struct WorkloadOptions: ParsableArguments {
    @Option(help: "The seed-card CSV (title,v1,l1,v2,l2,v3,l3,quote,author).")
    var csv = "../shared/bench/seed-cards.csv"

    @Option(help: "Cards per run (the first N rows; more than the file has cycles with new titles).")
    var cards = 200

    @Option(help: "Directory for the rendered files (emptied first).")
    var outputDirectory = FileManager.default.temporaryDirectory.path + "/infografis-bench"

    func rows() throws -> [SeedRow] {
        let all = try SeedRow.load(path: csv)
        guard !all.isEmpty else { throw BenchError("\(csv) has no data rows") }
        return cards <= all.count ? Array(all.prefix(cards)) : SeedRow.cycled(all, count: cards)
    }

    /// A fresh, empty directory `name` under the output directory.
    func directory(_ name: String) throws -> String {
        let path = outputDirectory + "/" + name
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

extension BenchCommand {
    /// Measures PNG level × filter choices on the seed cards (encoding only).
    struct PNGChoices: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "png-choices", abstract: "Time and size of each deflate level × row filter on the seed cards.")

        @OptionGroup var workload: WorkloadOptions

        func run() throws {
            let rows = try workload.rows()
            print(try PNGChoiceTable.measure(rows).markdown)
        }
    }
}
extension PNGCompression: ExpressibleByArgument {}
