// swift-tools-version:6.0
import PackageDescription

// NB: dependencies point one way: cablegram → Browser → CableModel; Terminal → Browser + CNCursesw.
// Only Terminal imports curses; CableModel does no I/O beyond being handed bytes.
let package = Package(
    name: "Cablegram",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cablegram", targets: ["cablegram"]),
        .library(name: "CableModel", targets: ["CableModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .target(name: "CableModel"),
        .target(
            name: "CableData",
            path: "Data",
            exclude: ["README.md"],
            resources: [.copy("10DUSHANBE170.txt"), .copy("gazetteer.tsv"), .copy("glossary.tsv")]
        ),
        .executableTarget(
            name: "cablegram",
            dependencies: [
                "CableModel", "CableData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "cablegram-bench", dependencies: ["CableModel", "CableData"]),
        .testTarget(name: "CableModelTests", dependencies: ["CableModel", "CableData"], exclude: ["Gold"]),
        // NB: depending on the executable makes `swift test` build it; the tests run the real binary.
        .testTarget(name: "CommandLineTests", dependencies: ["cablegram"]),
    ]
)
