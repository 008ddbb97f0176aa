// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Infografis",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Infografis", targets: ["Infografis", "InfografisFiles"]),
        .executable(name: "infografis", targets: ["infografis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // Cairo (+SVG, PDF), Pango/PangoCairo, fontconfig, librsvg, libpng, libdeflate, libqrencode.
        .systemLibrary(
            name: "CInfografis",
            pkgConfig: "pangocairo librsvg-2.0 libpng libdeflate libqrencode pangofc fontconfig",
            providers: [
                .apt(["libcairo2-dev", "libpango1.0-dev", "libfontconfig-dev", "librsvg2-dev",
                      "libpng-dev", "libdeflate-dev", "libqrencode-dev"]),
            ]
        ),
        .target(name: "InfografisCore"),
        .target(name: "InfografisText", dependencies: ["InfografisCore", "CInfografis"]),
        .target(name: "InfografisLayout", dependencies: ["InfografisCore"]),
        .target(name: "InfografisRender", dependencies: ["InfografisCore", "InfografisLayout", "InfografisText", "CInfografis"]),
        .target(name: "Infografis", dependencies: ["InfografisCore", "InfografisText", "InfografisLayout", "InfografisRender",
                                                  .product(name: "Yams", package: "Yams")]),
        .target(name: "InfografisFiles", dependencies: [
            "Infografis", .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift"),
        ]),
        .executableTarget(name: "infografis", dependencies: [
            "InfografisFiles", "InfografisText", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `make bench`: the seed-card benchmark, its naive Cairo/Pango baseline and the text-core
        // micro-benchmarks. Imports the C module only for the baselines it measures against.
        .executableTarget(name: "infografis-bench", dependencies: [
            "InfografisFiles", "InfografisText", "InfografisRender", "CInfografis",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Mutation fuzzer for the loader and templates: `make fuzz` (not part of `make test`).
        .executableTarget(name: "infografis-fuzz", dependencies: ["InfografisFiles"]),

        .testTarget(name: "InfografisCoreTests", dependencies: ["InfografisCore"]),
        .testTarget(name: "InfografisTextTests", dependencies: ["InfografisText"]),
        .testTarget(name: "InfografisLayoutTests", dependencies: ["InfografisLayout"], resources: [.copy("Fixtures")]),
        .testTarget(name: "InfografisRenderTests", dependencies: ["InfografisRender", "Infografis", "InfografisFiles"], resources: [.copy("References")]),
        .testTarget(name: "InfografisTests", dependencies: ["Infografis", "InfografisFiles"]),
        .testTarget(name: "InfografisFilesTests", dependencies: ["InfografisFiles"], exclude: ["BadInputs"],
                    resources: [.copy("Data")]),
        .testTarget(name: "CLITests", dependencies: ["infografis"]),
    ]
)
