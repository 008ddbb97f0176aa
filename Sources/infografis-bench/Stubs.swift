import ArgumentParser
extension BenchCommand {
    struct Report: ParsableCommand { func run() throws {} }
    struct TextCore: ParsableCommand { func run() throws {} }
}
