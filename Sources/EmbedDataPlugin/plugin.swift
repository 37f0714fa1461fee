import Foundation
import PackagePlugin

/// Compiles the package's data files (themes, locales, …) into the target it is applied to:
/// `cvbuild-embed` turns them into one Swift file declaring `EmbeddedData.base64`.
///
/// Every build re-runs this plugin, so a file added under a root is picked up; each file is
/// an input of the command, so editing one re-runs the tool.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    /// Folders embedded, relative to the package, each with the prefix its keys get.
    /// `cvbuild-embed` receives the same pairs and applies the same selection rules.
    static let roots: [(folder: String, prefix: String)] = [
        ("Themes", "Themes/"),
        ("Sources/CVBuild/Data", "Data/"),
    ]

    /// Files above this size are left out.
    static let sizeLimit = 2 * 1024 * 1024
    static let imageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".svg"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let package = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        // The plugin alone decides which files go in; the tool embeds exactly the (file, key) pairs it is given.
        var arguments = [output.path(percentEncoded: false)]
        var inputs: [URL] = []
        for root in Self.roots {
            let folder = package.appending(path: root.folder, directoryHint: .isDirectory)
            for relative in Self.embeddableFiles(under: folder) {
                let file = folder.appending(path: relative)
                arguments += [file.path(percentEncoded: false), root.prefix + relative]
                inputs.append(file)
            }
        }
        // The taxonomy is read on most runs: it is compiled into Swift values instead of parsed.
        let taxonomy = package.appending(path: "Sources/CVBuild/Data/taxonomy.yaml")
        let compiled = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTaxonomy.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files into \(target.name)",
                executable: try context.tool(named: "cvbuild-embed").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]),
            .buildCommand(
                displayName: "Compiling the skills taxonomy into \(target.name)",
                executable: try context.tool(named: "cvbuild-embed").url,
                arguments: ["--taxonomy", taxonomy.path(percentEncoded: false), compiled.path(percentEncoded: false)],
                inputFiles: [taxonomy],
                outputFiles: [compiled]),
        ]
    }

    /// Paths relative to `folder`, with forward slashes, sorted: every regular file except hidden
    /// ones (or ones in hidden folders), `README.md` files, images (theme previews for the README)
    /// and files over the size limit.
    /// A missing folder gives none.
    static func embeddableFiles(under folder: URL) -> [String] {
        let fileManager = FileManager.default
        let base = folder.path(percentEncoded: false)
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: base, isDirectory: &isDirectory), isDirectory.boolValue,
            let paths = try? fileManager.subpathsOfDirectory(atPath: base)
        else { return [] }
        var files: [String] = []
        for relative in paths {
            let components = relative.split(separator: "/")
            guard let name = components.last, name != "README.md",
                !Self.imageExtensions.contains(where: { name.lowercased().hasSuffix($0) }),
                !components.contains(where: { $0.hasPrefix(".") })
            else { continue }
            let full = (base as NSString).appendingPathComponent(relative)
            guard let attributes = try? fileManager.attributesOfItem(atPath: full),
                attributes[.type] as? FileAttributeType == .typeRegular,
                let size = (attributes[.size] as? NSNumber)?.intValue, size <= sizeLimit
            else { continue }
            files.append(components.joined(separator: "/"))
        }
        return files.sorted()
    }
}
