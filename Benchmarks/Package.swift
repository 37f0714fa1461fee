// swift-tools-version: 6.0
// cvbuild's in-process benchmark: a package of its own beside cvbuild's, so `swift build` and
// `swift test` in the repository never build it. Build and run it with Benchmarks/run.
//
// The stages it times are `package` declarations of CVBuild, out of reach of another package's
// plain `import`; the benchmark reaches them with `@testable import CVBuild`, so it must be built
// with testing enabled, in release mode: `swift build -c release -Xswiftc -enable-testing`.
import Foundation
import PackageDescription

// cvbuild itself is the repository one folder up. A path dependency's identity is its folder's
// name, whatever the clone is called.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let identity = root.standardizedFileURL.lastPathComponent.lowercased()

let package = Package(
    name: "cvbuild-bench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(
            name: "cvbuild-bench",
            dependencies: [.product(name: "CVBuild", package: identity)],
            path: "cvbuild-bench"),
    ]
)
