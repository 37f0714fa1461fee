// swift-tools-version: 6.0
// The fuzzing harnesses: a package of their own beside cvbuild's, so `swift build` and
// `swift test` in the repository never see them. Build and run them with Tests/Fuzz/run.
import Foundation
import PackageDescription

// cvbuild itself is the repository two folders up. A path dependency's identity is its
// folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent()
let identity = root.standardizedFileURL.lastPathComponent.lowercased()

/// One executable per harness, `fuzz-NAME`, from Sources/fuzz-NAME/main.swift (which calls
/// runFuzzer with a function of FuzzHarnesses).
let harnesses = ["profile-yaml", "profile-json", "csv", "linkedin-zip", "linkedin-folder", "layout", "html", "posting"]

let package = Package(
    name: "cvbuild-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver, which each harness's main calls.
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        .target(
            name: "FuzzHarnesses",
            dependencies: ["FuzzDriver", .product(name: "CVBuild", package: identity)],
            path: "Sources/FuzzHarnesses"),
    ] + harnesses.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzHarnesses"], path: "Sources/fuzz-\(name)")
    }
)
