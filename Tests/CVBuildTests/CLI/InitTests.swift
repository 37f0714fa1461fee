import Foundation
import Testing

@Suite("init")
struct InitTests {
    @Test("writes a commented starter that validates with no warnings")
    func writesValidStarter() throws {
        let folder = try TemporaryFolder()
        let out = try CLI.run(["init"], in: folder.url)
        #expect(out.status == 0)
        #expect(out.stdout == "Wrote profile.yaml. Fill it in, then run: cvbuild validate profile.yaml\n")
        let text = try String(contentsOfFile: folder.path("profile.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# cvbuild profile"))
        let check = try CLI.run(["validate", "--strict", "profile.yaml"], in: folder.url)
        #expect(check.status == 0)
        #expect(check.stderr == "")
    }

    @Test("never replaces an existing file without --force")
    func refusesToOverwrite() throws {
        let folder = try TemporaryFolder()
        try folder.write("me.yaml", "basics: {name: Mine}\n")
        let out = try CLI.run(["init", "me.yaml"], in: folder.url)
        #expect(out.status == 1)
        #expect(out.stderr == "cvbuild: error: me.yaml already exists (use --force to replace it)\n")
        #expect(try String(contentsOfFile: folder.path("me.yaml"), encoding: .utf8) == "basics: {name: Mine}\n")
        let forced = try CLI.run(["init", "--force", "me.yaml"], in: folder.url)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: folder.path("me.yaml"), encoding: .utf8).hasPrefix("# cvbuild profile"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("a missing folder is a clear error and nothing is written")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let out = try CLI.run(["init", "no/such/dir/p.yaml"], in: folder.url)
        #expect(out.status == 1)
        #expect(out.stderr == "cvbuild: error: the folder no/such/dir does not exist\n")
    }
}
