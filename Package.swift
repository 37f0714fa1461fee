// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "cvbuild",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cvbuild", targets: ["cvbuild"]),
        .library(name: "CVBuild", targets: ["CVBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Yams 5.0.x keeps every pair of a mapping, so the loader can report *each* duplicate key
        // with both positions and go on; 6.x throws at the first duplicate and loses the second mark.
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libharu ships no pkg-config file: a module map over a shim header that links "hpdf".
        .systemLibrary(name: "CHaru", path: "Sources/CHaru"),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "CVBuild",
            dependencies: ["Yams", "CHaru", "CLibXML2", .product(name: "Mustache", package: "swift-mustache"), "ZIPFoundation"],
            path: "Sources/CVBuild",
            exclude: ["Data"],
            plugins: ["EmbedDataPlugin"]),
        // Themes, locales and other data files are compiled into the binary, so cvbuild is one
        // file that works wherever it is copied; the files in the repository stay the source.
        .executableTarget(name: "cvbuild-embed", dependencies: ["Yams"], path: "Sources/cvbuild-embed"),
        .plugin(
            name: "EmbedDataPlugin", capability: .buildTool(),
            dependencies: ["cvbuild-embed"], path: "Sources/EmbedDataPlugin"),
        .executableTarget(
            name: "cvbuild",
            dependencies: ["CVBuild", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/cvbuild"),
        .testTarget(
            name: "CVBuildTests",
            // libxml2 parses the generated pages in tests, as a browser's parser would.
            dependencies: ["CVBuild", "cvbuild", "CLibXML2", "ZIPFoundation"],
            path: "Tests/CVBuildTests",
            exclude: ["Fixtures", "Tools"]),
    ]
)
