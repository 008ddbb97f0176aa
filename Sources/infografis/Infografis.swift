import ArgumentParser

/// The `infografis` command: render, lay out and check infographic layout files.
@main
struct InfografisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "infografis",
        abstract: "Render infographics described in YAML or JSON to PNG, SVG and PDF.",
        subcommands: [Render.self, Layout.self, Check.self, BatchCommand.self, Icons.self, Schema.self]
    )
}
