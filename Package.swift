// swift-tools-version:6.0
import PackageDescription

// NB: dependencies point one way: cablegram → Browser → CableModel; Terminal → Browser + CNCursesw.
// Only Terminal imports curses; CableModel does no I/O beyond being handed bytes.
let package = Package(
    name: "Cablegram",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cablegram", targets: ["cablegram"]),
        .library(name: "CableModel", targets: ["CableModel"]),
        // NB: for the fuzzer in Fuzz/, which draws the first screen of what it loads.
        .library(name: "Browser", targets: ["Browser"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "CableModel"),
        .target(name: "Browser", dependencies: ["CableModel"]),
        // NB: the library owns the SQLite database; CableModel stays pure and knows nothing of it.
        .target(
            name: "CableLibrary",
            dependencies: ["CableModel", "CZlib", .product(name: "GRDB", package: "GRDB.swift")]),
        // NB: zlib compresses each cable's stored source text (libz, from zlib1g-dev).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        // NB: glibc's malloc controls, for the bound on `index`'s memory (HeapArenas).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .systemLibrary(name: "CNCursesw", path: "Sources/CNCursesw"),
        .target(name: "Terminal", dependencies: ["Browser", "CNCursesw"]),
        .target(
            name: "CableData",
            dependencies: ["CableModel"],
            path: "Data",
            exclude: ["README.md"],
            resources: [
                .copy("10DUSHANBE170.txt"), .copy("gazetteer.tsv"), .copy("glossary.tsv"), .copy("posts.tsv"),
            ]
        ),
        .executableTarget(
            name: "cablegram",
            dependencies: [
                "CableModel", "CableData", "CableLibrary", "Browser", "Terminal", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // NB: the release executable carries the Swift standard library and Foundation inside it, so that a
            // start does not load and bind a dozen shared libraries before the first frame (docs/DECISIONS.md).
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "cablegram-bench",
            dependencies: [
                "CableModel", "CableData", "Browser", "CableLibrary", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // NB: helpers the test targets share (finding the real cables beside the repository).
        .target(name: "TestSupport", dependencies: ["CableModel", "CableData"], path: "Tests/Support"),
        .testTarget(
            name: "CableModelTests", dependencies: ["CableModel", "CableData", "TestSupport"], exclude: ["Gold"]),
        // NB: depending on the executable makes `swift test` build it; the tests run the real binary.
        .testTarget(name: "CommandLineTests", dependencies: ["cablegram", "TestSupport"]),
        // NB: BrowserTests depends on the executable too: its end-to-end tests drive `cablegram` in tmux.
        .testTarget(
            name: "BrowserTests",
            dependencies: ["Browser", "CableModel", "CableData", "CableLibrary", "TestSupport", "cablegram"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Browser"]),
        .testTarget(
            name: "CableLibraryTests",
            dependencies: [
                "CableLibrary", "CableModel", "CableData", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ]
)
