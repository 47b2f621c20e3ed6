// swift-tools-version:5.4
import PackageDescription

// NB: a package of its own so that the root package's `swift build` and `swift test` never see the fuzzer's
// flags. `run.sh` builds it with `-sanitize=fuzzer,address`; libFuzzer supplies `main`, so the target is parsed
// as a library and exports `LLVMFuzzerTestOneInput`. Tools version 5.4 on purpose: from 5.5 SwiftPM renames an
// executable's entry point to `<module>_main` and links against that name, which a library-parsed target lacks.
let package = Package(
    name: "CablegramFuzz",
    dependencies: [
        .package(name: "Cablegram", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "CableFuzz",
            dependencies: [
                .product(name: "CableModel", package: "Cablegram"), .product(name: "Browser", package: "Cablegram"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
