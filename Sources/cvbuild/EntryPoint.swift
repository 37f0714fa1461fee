import Foundation

/// cvbuild starts here. `render`'s plain line (see `QuickParse`) runs at once on the main thread:
/// starting Swift concurrency's thread pool and handing the work to one of its threads is a cost
/// a render does not need. Every other line runs as an async command (`score` and `letter` work
/// in parallel).
@main
enum EntryPoint {
    static func main() {
        if let render = QuickParse.render(Array(CommandLine.arguments.dropFirst())) {
            CommandRunner.run(CVBuildCommand.self) { try RenderCommand.run(render) }
        }
        Task { await CommandRunner.run(CVBuildCommand.self) }
        dispatchMain()
    }
}
