// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "QuoteAttribution",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "QuoteAttribution", targets: ["QuoteAttribution"]),
        .executable(name: "attribute", targets: ["attribute"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // ICU (libicu-dev): linked through pkg-config; the headers are only seen by ICUShims.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Plain-C wrappers over ICU's version-suffixed entry points (ubrk_open → ubrk_open_72).
        .target(name: "ICUShims", dependencies: ["CICU"]),
        // A C interface over CLD2's C++ API (libcld2-dev ships no pkg-config file).
        .target(
            name: "CLD2Shims",
            linkerSettings: [.linkedLibrary("cld2")]
        ),
        // Turns Lexicons/<lang>/* into Swift source at build time, so the binary carries them.
        .executableTarget(name: "LexiconEmbedder"),
        .plugin(name: "EmbedLexicons", capability: .buildTool(), dependencies: ["LexiconEmbedder"]),
        .target(
            name: "QuoteAttribution",
            dependencies: [
                "ICUShims",
                "CLD2Shims",
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: ["EmbedLexicons"]
        ),
        .executableTarget(
            name: "attribute",
            dependencies: [
                "QuoteAttribution",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "QuoteAttributionTests",
            dependencies: ["QuoteAttribution"]
        ),
        .testTarget(
            name: "GoldenTests",
            dependencies: ["QuoteAttribution"],
            exclude: ["Expected"]
        ),
        .testTarget(
            name: "AttributeCLITests",
            dependencies: ["attribute"]
        ),
    ]
)

for target in package.targets where target.type != .system && target.type != .plugin {
    guard target.name != "ICUShims", target.name != "CLD2Shims" else { continue }
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
