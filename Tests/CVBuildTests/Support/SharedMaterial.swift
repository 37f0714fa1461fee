import Foundation
import Testing

/// The project lead's reference material in `../shared/` beside the package root (its README
/// lists what is there). Every developer's checkout and CI have it; a fresh clone may not.
///
/// A test that needs a file of it is marked `.needsShared("bench/x.yaml")` and takes the path
/// from `SharedMaterial.file`: where the folder is absent, the test is skipped, saying so; in CI
/// (`CI=true`), where it must be present, a missing file fails the test instead.
enum SharedMaterial {
    /// `../shared`, from the package root.
    static let root = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// `CI=true` (or `1`), as CI services set it.
    static let inCI: Bool = ["true", "1"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")

    /// The path of `relative` inside `../shared`, whether or not it exists.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// The path of `relative` inside `../shared`; when it is missing, a recorded issue (so the
    /// test fails, which in CI it must) and nil.
    static func file(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        guard exists(relative) else {
            Issue.record("\(path(relative)) is missing: ../shared/ must be present in CI (CI=true)", sourceLocation: sourceLocation)
            return nil
        }
        return path(relative)
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test where `../shared/RELATIVE` exists, and always in CI, where its absence fails
    /// the test (through `SharedMaterial.file`) rather than skipping it.
    static func needsShared(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        .enabled(if: SharedMaterial.inCI || SharedMaterial.exists(relative),
                 Comment(rawValue: "needs ../shared/\(relative), which is not here (\(SharedMaterial.path(relative)))"),
                 sourceLocation: sourceLocation)
    }
}
