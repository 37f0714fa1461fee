import Foundation
import Testing
import ZIPFoundation

@Suite("check: the résumé linter")
struct CheckTests {
    let folder: TemporaryFolder
    init() throws { folder = try TemporaryFolder() }

    /// `check --format json`: the exit status and each finding as "id line:col".
    private func findings(_ arguments: [String]) throws -> (status: Int32, found: [String], json: [String: Any]) {
        let out = try CLI.run(["check"] + arguments + ["--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any], "\(out.stderr)")
        let found = (json["findings"] as? [[String: Any]] ?? []).map { f in
            "\(f["id"] as? String ?? "?") \(f["line"] as? Int ?? 0):\(f["column"] as? Int ?? 0)"
        }
        return (out.status, found, json)
    }

    @Test("a profile with planted weaknesses: exactly the expected rule ids, at the planted words")
    func planted() throws {
        let (status, found, json) = try findings([CLI.fixture("check/planted.yaml")])
        #expect(status == 0)
        #expect(found == [
            "missing-contact 3:3", "missing-contact 3:3",   // no phone, no LinkedIn
            "cliche 6:12",                                    // Results-driven
            "weak-opening 14:9",                              // Responsible for …
            "tense 15:9",                                     // Lead, in an ended role
            "no-measurable-result 16:9",                      // Built dashboards …
            "employment-gap 19:16",                           // 2019-01 → 2020-03
            "tense 21:9",                                     // Designed, in the current role
            "first-person 22:34",                             // … that I deployed
            "long-bullet 23:9",                               // three lines at the classic theme's width
            "inconsistent-dates 28:14",                       // 2017 among YYYY-MMs
            "unreadable-date 33:22",                          // Summer 2020
            "section-title 36:14",                            // Stuff I Did
        ])
        #expect(json["bullets"] as? Int == 7 && json["bulletsWithResult"] as? Int == 6)
        let text = try CLI.run(["check", CLI.fixture("check/planted.yaml")])
        #expect(text.status == 0)
        #expect(text.stderr.contains("planted.yaml:22:34: warning: work[1].highlights[1]: \"I\": résumés leave out the first person"))
        #expect(text.stdout.contains("13 findings; 6 of 7 bullets (86%) show a measurable result; 1 page (budget 2)"))
    }

    @Test("a clean profile: nothing found, and the PDF reads back as the profile")
    func clean() throws {
        let (status, found, _) = try findings([CLI.fixture("check/clean.yaml")])
        #expect(status == 0)
        #expect(found == [])
        let text = try CLI.run(["check", CLI.fixture("check/clean.yaml"), "--strict"])
        #expect(text.status == 0)
        #expect(text.stderr == "")
        #expect(text.stdout.hasSuffix("clean.yaml: no findings; 4 of 4 bullets (100%) show a measurable result; 1 page (budget 2); ATS round trip: the PDF cvbuild makes reads back as the profile\n"))
    }

    @Test("--strict makes findings errors and exits 1")
    func strict() throws {
        let out = try CLI.run(["check", CLI.fixture("check/planted.yaml"), "--strict"])
        #expect(out.status == 1)
        #expect(out.diagnosticLines.filter { $0.contains(": error: ") }.count == 13)
    }

    @Test("the ATS round trip catches a PDF whose e-mail differs from the profile's")
    func roundTrip() throws {
        let render = try CLI.run(["render", CLI.fixture("check/clean.yaml"), "--out", folder.url.path])
        #expect(render.status == 0)
        let pdf = folder.path("clean.pdf")
        // The same PDF against the profile it was made from: nothing to report.
        #expect(try findings([CLI.fixture("check/clean.yaml"), "--pdf", pdf]).found == [])
        let profile = try String(contentsOfFile: CLI.fixture("check/clean.yaml"), encoding: .utf8)
        let changed = try folder.write("changed.yaml", profile.replacingOccurrences(of: "casey@example.com", with: "casey.c@example.org"))
        let (status, found, json) = try findings([changed, "--pdf", pdf])
        #expect(status == 0)
        #expect(found == ["ats-round-trip 5:10"])
        let message = (json["findings"] as? [[String: Any]])?.first?["message"] as? String
        #expect(message == "a parser reading the PDF finds the e-mail \"casey@example.com\" where the profile has \"casey.c@example.org\"")
        // Not a PDF at all: an error, not a silent pass.
        let notPDF = try CLI.run(["check", CLI.fixture("check/clean.yaml"), "--pdf", CLI.fixture("check/clean.yaml")])
        #expect(notPDF.status == 1)
        #expect(notPDF.stderr.contains("it is not a PDF"))
    }

    @Test("cvbuild.check.ignore switches rules off, and an unknown id is reported with a suggestion")
    func ignore() throws {
        let planted = try String(contentsOfFile: CLI.fixture("check/planted.yaml"), encoding: .utf8)
        let quiet = try folder.write("quiet.yaml", planted.replacingOccurrences(of: "cvbuild:\n", with: "cvbuild:\n  check: {ignore: [tense, missing-contact]}\n"))
        let (_, found, _) = try findings([quiet])
        #expect(found.count == 9)
        #expect(!found.contains { $0.hasPrefix("tense") || $0.hasPrefix("missing-contact") })
        let typo = try folder.write("typo.yaml", planted.replacingOccurrences(of: "cvbuild:\n", with: "cvbuild:\n  check: {ignore: [clichee]}\n"))
        let out = try CLI.run(["validate", typo])
        #expect(out.status == 1)
        #expect(out.stderr.contains("typo.yaml:35:20: error: cvbuild.check.ignore[0]: \"clichee\" is not a known value (did you mean \"cliche\"?"))
    }

    @Test("over the page budget, measured by typesetting, and the posting's missing musts at the posting's lines")
    func budgetAndPosting() throws {
        let (_, over, _) = try findings([CLI.sample("senior-ml-engineer.yaml"), "--max-pages", "1"])
        #expect(over.contains("over-page-budget 0:0"))
        let posting = CLI.sample("posting-ml-engineer.html")
        let (_, found, _) = try findings([CLI.sample("junior-ml-engineer.yaml"), "--posting", posting])
        let score = try CLI.run(["score", CLI.sample("junior-ml-engineer.yaml"), "--posting", posting, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(score.stdout.utf8)) as? [String: Any])
        let missingMusts = (json["missing"] as? [[String: Any]] ?? []).filter { $0["importance"] as? String == "must" }
        #expect(missingMusts.count > 0)
        #expect(found.filter { $0.hasPrefix("missing-must") }.count == missingMusts.count)
    }

    @Test("Chinese résumés: 负责 openings and 我 are found, the 我 of 自我 is not, at the character")
    func chinese() throws {
        let profile = try folder.write("zh.yaml", """
            basics:
              name: 王小明
              email: wang@example.com
              phone: "+86 138 0000 0000"
              location: {city: 北京, countryCode: CN}
              profiles: [{network: LinkedIn, url: "https://www.linkedin.com/in/wang"}]
              summary: 自我驱动的算法工程师，6年推荐系统经验。
            work:
              - name: 某科技公司
                position: 算法工程师
                startDate: 2020-01
                highlights:
                  - 负责推荐系统召回模块，点击率提升12%。
                  - 我设计了特征平台，训练时间缩短30%。
            cvbuild: {locale: zh}
            """)
        let (status, found, _) = try findings([profile])
        #expect(status == 0)
        #expect(found == ["weak-opening 13:9", "first-person 14:9"])
    }

    @Test("the ATS round trip reads a PDF edited by hand: an uncompressed stream, a stale length, one letter pair changed")
    func tamperedPDF() throws {
        let render = try CLI.run(["render", CLI.fixture("check/clean.yaml"), "--out", folder.url.path])
        #expect(render.status == 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.path("clean.pdf"))))
        func find(_ s: String, from: Int = 0) -> Int? {
            let needle = Array(s.utf8)
            return (from...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        // The first compressed stream is the first page's content; inflate it (zlib: skip the 2-byte header).
        let filter = try #require(find("/Filter [ /FlateDecode ]"))
        let start = try #require(find("stream\r\n", from: filter)) + "stream\r\n".utf8.count
        let end = try #require(find("\nendstream", from: start))
        let deflated = Data(bytes[(start + 2)..<end])
        var content = Data()
        _ = try Data.decompress(size: Int64(deflated.count), bufferSize: 65536, skipCRC32: true, provider: { at, size in
            deflated.subdata(in: Int(at)..<min(deflated.count, Int(at) + size))
        }, consumer: { content.append($0) })
        // cvbuild writes each run as a TJ array of hex strings (kerned between them): the line whose
        // strings spell the e-mail is written again, unkerned, with one letter pair changed.
        let text = String(decoding: content, as: UTF8.self)
        func spelled(_ line: Substring) -> String {
            let hex = line.split(separator: "<").dropFirst().map { $0.prefix { $0 != ">" } }.joined()
            var bytes: [UInt8] = []
            var i = hex.startIndex
            while let j = hex.index(i, offsetBy: 2, limitedBy: hex.endIndex), i < hex.endIndex {
                bytes.append(UInt8(hex[i..<j], radix: 16) ?? 0)
                i = j
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.hasSuffix("TJ") && spelled($0).contains("casey@example.com") })
        let tamperedText = spelled(lines[index]).replacingOccurrences(of: "casey@example.com", with: "casey@exarnple.com")
        var changed = lines.map(String.init)
        changed[index] = "[<" + tamperedText.utf8.map { String(format: "%02X", $0) }.joined() + ">] TJ"
        let edited = Array(changed.joined(separator: "\n").utf8)
        bytes.replaceSubrange(start..<end, with: edited)
        bytes.replaceSubrange(filter..<(filter + 24), with: Array(String(repeating: " ", count: 24).utf8))
        let tampered = try folder.write("tampered.pdf", Data(bytes))
        let (_, found, json) = try findings([CLI.fixture("check/clean.yaml"), "--pdf", tampered])
        #expect(found == ["ats-round-trip 5:10"])
        let message = (json["findings"] as? [[String: Any]])?.first?["message"] as? String
        #expect(message == "a parser reading the PDF finds the e-mail \"casey@exarnple.com\" where the profile has \"casey@example.com\"")
    }

    @Test("the ATS round trip reads another tool's PDF: Chromium's print of the web page, glyph by glyph with ToUnicode maps",
          .enabled(if: Chromium.path != nil, "chromium is not installed; .ci/setup installs it"))
    func otherToolsPDF() throws {
        let render = try CLI.run(["render", CLI.fixture("check/clean.yaml"), "--format", "html", "--out", folder.url.path])
        #expect(render.status == 0)
        let pdf = folder.path("printed.pdf")
        let profile = folder.path("chromium-profile")
        _ = try GlyphTests.run(try #require(Chromium.path), ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                                          "--user-data-dir=\(profile)", "--print-to-pdf=\(pdf)",
                                                          URL(fileURLWithPath: folder.path("clean.html")).absoluteString])
        let (status, found, json) = try findings([CLI.fixture("check/clean.yaml"), "--pdf", pdf])
        #expect(status == 0)
        #expect(found == [])
        #expect(json["pdf"] as? String == pdf)
        // And a difference is still seen in it: the same print against a profile with another phone number.
        let text = try String(contentsOfFile: CLI.fixture("check/clean.yaml"), encoding: .utf8)
        let other = try folder.write("other.yaml", text.replacingOccurrences(of: "+44 20 7946 0018", with: "+44 20 7946 0099"))
        #expect(try findings([other, "--pdf", pdf]).found == ["ats-round-trip 6:10"])
    }
}
