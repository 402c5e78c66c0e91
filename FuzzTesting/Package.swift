// swift-tools-version: 6.1
// libFuzzer targets, in their own package so that the main build never links libFuzzer.
// Build and run with scripts/fuzz (it passes -sanitize=fuzzer,address).
import Foundation
import PackageDescription

/// A path dependency is named after its folder, which is whatever the clone is called.
let rootPackage = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "QuoteAttributionFuzzing",
    dependencies: [.package(path: "../")],
    // Coverage instrumentation, AddressSanitizer and libFuzzer's driver come from the
    // flags scripts/fuzz passes to the whole build, so the library is instrumented too.
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: ["CFuzzerDriver", .product(name: "QuoteAttribution", package: rootPackage)]),
        .executableTarget(
            name: "FuzzJSONLines",
            dependencies: ["CFuzzerDriver", .product(name: "QuoteAttribution", package: rootPackage)]),
    ]
)
