import Foundation
import Testing
@testable import CVBuild

@Suite("RenderCV import")
struct RenderCVImportTests {
    static let fixture = CLI.fixture("rendercv/everything.yaml")
    /// The benchmark inputs in ../shared/bench (see SharedMaterial).
    static let bench = "bench/rendercv_ml_engineer.yaml"
    static let cjkInput = "bench/rendercv_ml_engineer_cjk.yaml"

    /// Imports `path`, then writes the profile as `cvbuild import` does and loads it back
    /// strictly: the profile must survive that unchanged and without a single diagnostic.
    static func imported(_ path: String) throws -> Imported {
        let result = try RenderCVImporter.load(path: path).imported()
        let yaml = ProfileYAMLWriter.yaml(result.profile, header: ["imported for a test"])
        let loaded = ProfileLoader.inspect(SourceText(path: "imported.yaml", text: yaml), strict: true)
        #expect(loaded.diagnostics.map(DiagnosticFormatter.headline) == [])
        var back = try #require(loaded.profile)
        var profile = result.profile
        back.sourceMap = SourceMap(file: "")
        profile.sourceMap = SourceMap(file: "")
        #expect(back == profile)
        return result
    }

    static func date(_ text: String) -> PartialDate { try! PartialDate.parse(text).get() }

    /// `FILE:LINE:COL: severity: path: message (hint)` with the file name only.
    static func headlines(_ diagnostics: [Diagnostic], in path: String) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent + "/"
        return diagnostics.map { DiagnosticFormatter.headline($0).replacingOccurrences(of: folder, with: "") }
    }

    /// The 1-based line of the first line of `path` that starts with `prefix`.
    static func line(startingWith prefix: String, in path: String) throws -> Int {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.hasPrefix(prefix) }) + 1
    }

    // MARK: The fixture: every entry type

    @Test("every RenderCV entry type, field by field")
    func fixtureFields() throws {
        let p = try Self.imported(Self.fixture).profile

        #expect(p.basics.name == "Ingrid Solberg-Maas")
        #expect(p.basics.label == "Robotics Software Engineer")
        #expect(p.basics.location?.city == "Lyon")
        #expect(p.basics.location?.region == "France")
        #expect(p.basics.location?.countryCode == nil)
        #expect(p.basics.email == "ingrid.solberg@example.org")
        #expect(p.basics.phone == "+33 4 72 00 00 00")
        #expect(p.basics.url == "https://solberg.example.org/")
        // A TextEntry under `about_me`.
        #expect(p.basics.summary == "Robotics software engineer who builds perception and motion-planning stacks for "
            + "mobile manipulators, from simulation to the warehouse floor.")

        let profiles = p.basics.profiles.map { [$0.network, $0.username, $0.url] }
        #expect(profiles == [
            ["LinkedIn", "ingrid-solberg", "https://www.linkedin.com/in/ingrid-solberg"],
            ["GitHub", "isolberg", "https://github.com/isolberg"],
            ["GitLab", "isolberg-lab", "https://gitlab.com/isolberg-lab"],
            ["Mastodon", "@ingrid@robots.example.social", "https://robots.example.social/@ingrid"],
            ["StackOverflow", "4815162/ingrid-solberg", "https://stackoverflow.com/users/4815162/ingrid-solberg"],
            ["ORCID", "0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-0097"],
            ["Google Scholar", "AbCdEfGhIjK", "https://scholar.google.com/citations?user=AbCdEfGhIjK"],
            ["YouTube", "ingridbuilds", "https://www.youtube.com/@ingridbuilds"],
            ["X", "@isolberg_bots", "https://x.com/isolberg_bots"],
            ["Bluesky", "isolberg.example.social", nil],
        ])

        // ExperienceEntries of `experience` (those of `teaching` keep their own section, below).
        try #require(p.work.count == 2)
        #expect(p.work[0].name == "Kestrel Robotics")
        #expect(p.work[0].url == "https://kestrel.example.com")
        #expect(p.work[0].position == "Senior Robotics Engineer")
        #expect(p.work[0].location == "Lyon, France")
        #expect(p.work[0].startDate == Self.date("2022-02"))
        #expect(p.work[0].endDate == .present)
        #expect(p.work[0].summary == "Perception and planning for autonomous picking robots.")
        #expect(p.work[0].highlights == ["Cut grasp-planning latency by **40%** with a GPU collision checker.",
                                         "Led the migration of 30 robots from ROS 1 to ROS 2."])
        #expect(p.work[1].name == "Atelier Mobile")
        #expect(p.work[1].position == "Robotics Intern")
        #expect(p.work[1].startDate == nil && p.work[1].endDate == nil && p.work[1].datesText == "Summer 2020")
        #expect(p.work[1].highlights == ["Calibrated stereo cameras for an outdoor delivery rover."])

        // EducationEntry: degree → studyType; location and highlights → the cvbuild extras.
        try #require(p.education.count == 1)
        let e = p.education[0]
        #expect(e.institution == "Université Grenoble Alpes")
        #expect(e.area == "Mechatronics")
        #expect(e.studyType == "MSc")
        #expect(e.startDate == Self.date("2018-09"))
        #expect(e.endDate == .date(Self.date("2020-06")))
        #expect(e.location == "Grenoble, France")
        #expect(e.highlights == ["Specialised in robot perception.", "Thesis: Grasp Planning Under Sensor Noise"])

        // NormalEntries of the unknown section `open_source_work`: a custom section of that title,
        // every field kept (a location too, which projects have no place for).
        #expect(p.projects.isEmpty)
        let custom = p.customSections.first { $0.title == "Open Source Work" }
        try #require(custom?.entries.count == 3)
        let open = custom!.entries
        #expect(open[0].name == "gripper-sim")
        #expect(open[0].url == "https://github.com/isolberg/gripper-sim")
        #expect(open[0].startDate == Self.date("2023"))
        #expect(open[0].endDate == .date(Self.date("2023")))
        #expect(open[0].summary == "A physics sandbox for testing parallel-jaw grippers.")
        #expect(open[0].highlights == ["Used by two university robotics courses."])
        #expect(open[1].name == "Line-following rover")
        #expect(open[1].location == "Grenoble, France")
        #expect(open[1].startDate == Self.date("2019-03"))
        #expect(open[1].endDate == .date(Self.date("2019-11")))
        #expect(open[2].name == "Swarm choreography demo")
        #expect(open[2].startDate == nil && open[2].endDate == nil && open[2].datesText == "Fall 2021")
        // `teaching` after `experience`: its own section, not merged under Experience.
        #expect(p.customSections.map(\.title) == ["Teaching", "Open Source Work"])
        #expect(p.customSections[0].entries.first?.name == "Lecturer, Mobile Robotics")
        #expect(p.customSections[0].entries.first?.subtitle == "École d'Ingénieurs du Rhône")
        #expect(p.customSections[0].entries.first?.startDate == Self.date("2021-09"))
        #expect(p.customSections[0].entries.first?.endDate == .date(Self.date("2023-06")))

        // PublicationEntry: the DOI is the link, the journal the publisher, the authors open the summary.
        try #require(p.publications.count == 1)
        #expect(p.publications[0].name == "Grasp Planning Under Sensor Noise")
        #expect(p.publications[0].publisher == "Journal of Imaginary Robotics")
        #expect(p.publications[0].releaseDate == Self.date("2021-07"))
        #expect(p.publications[0].url == "https://doi.org/10.1234/jir.2021.0042")
        #expect(p.publications[0].summary == "A. Moreau, **I. Solberg-Maas**")

        // A NormalEntry under `certifications`: location → issuer; credential and expiry lines → extras.
        try #require(p.certificates.count == 1)
        #expect(p.certificates[0].name == "ROS 2 Developer")
        #expect(p.certificates[0].date == Self.date("2023-05"))
        #expect(p.certificates[0].issuer == "Open Robotics Academy")
        #expect(p.certificates[0].credentialID == "ROS-2291")
        #expect(p.certificates[0].expiryDate == Self.date("2026-05"))

        // OneLineEntries: label → name, details → keywords (a bracket keeps its commas).
        #expect(p.skills.map(\.name) == ["Languages", "Robotics"])
        #expect(p.skills.map(\.keywords) == [["C++", "Python", "Rust"], ["ROS 2", "MoveIt", "Gazebo (Classic, Ignition)"]])

        // A NormalEntry under `honors`: awards.
        try #require(p.awards.count == 1)
        #expect(p.awards[0].title == "Best Student Paper")
        #expect(p.awards[0].date == Self.date("2021-07"))
        #expect(p.awards[0].awarder == "Imaginary Robotics Conference")

        // BulletEntries under `languages`: "Language: fluency", "Language (fluency)" or the language alone.
        #expect(p.languages.map(\.language) == ["Norwegian", "French", "English"])
        #expect(p.languages.map(\.fluency) == ["native", "fluent", nil])

        // NumberedEntries under `hobbies`: interests.
        #expect(p.interests.map(\.name) == ["Bouldering", "Analogue photography"])

        // design.theme: moderncv, design.page.size: a4, locale.language: german; the sections in
        // file order, the titles cvbuild does not have kept, and Markdown switched on.
        #expect(p.settings.theme == "modern")
        #expect(p.settings.pageSize == .a4)
        #expect(p.settings.locale == "de")
        #expect(p.settings.sections?.map(\.rawValue) == ["summary", "work", "teaching", "education", "open-source-work",
                                                         "publications", "certificates", "skills", "awards", "languages", "interests"])
        #expect(p.settings.sectionTitles == [.summary: "About Me", .awards: "Honors", .interests: "Hobbies"])
        #expect(p.settings.markup == .inline)
        #expect(p.settings.maxPages == nil)
        #expect(p.settings.targetRole == nil)
    }

    @Test("what has no place is reported at its FILE:LINE:COL, with its path")
    func fixtureWarnings() throws {
        let result = try Self.imported(Self.fixture)
        let lines = Self.headlines(result.diagnostics, in: Self.fixture)
        // The free-text dates: reported with the original text; the entries have no dates.
        #expect(lines.contains(
            #"everything.yaml:50:15: warning: cv.sections.experience[1].date: the date "Summer 2020" is not YYYY, YYYY-MM or YYYY-MM-DD; it is shown as written (cvbuild.dates) and counts for no time when scoring (write it as YYYY-MM to have it counted)"#))
        #expect(lines.contains(
            #"everything.yaml:81:15: warning: cv.sections.open_source_work[2].date: the date "Fall 2021" is not YYYY, YYYY-MM or YYYY-MM-DD; it is shown as written (cvbuild.dates) and counts for no time when scoring (write it as YYYY-MM to have it counted)"#))
        // An unknown key of `cv`, and a key of an entry that cvbuild has no place for.
        #expect(lines.contains(
            #"everything.yaml:11:3: warning: cv.pronouns: unknown key "pronouns" was not imported (RenderCV's cv has name, headline, label, location, email, phone, website, photo, social_networks, custom_connections, sections)"#))
        #expect(lines.contains(
            #"everything.yaml:47:9: warning: cv.sections.experience[0].team_size: "team_size" was not imported: cvbuild's work entries have no place for it (RenderCV shows such extra keys only through a custom template; add it to a highlight by hand if it matters)"#))
        // The unknown sections, named so the user can check where their entries went.
        #expect(lines.contains(
            #"everything.yaml:54:5: note: cv.sections.teaching: "teaching" became a section of its own titled "Teaching" (under cvbuild.customSections), every entry kept"#))
        #expect(lines.contains(
            #"everything.yaml:70:5: note: cv.sections.open_source_work: "open_source_work" became a section of its own titled "Open Source Work" (under cvbuild.customSections), every entry kept"#))

        // Everything reported, in file order: nothing else, and never silently.
        let places = result.diagnostics.map { d in
            "\(d.location.position.map { "\($0.line):\($0.column)" } ?? "-") \(d.severity.rawValue) \(d.path ?? "-")"
        }
        #expect(places == [
            "11:3 warning cv.pronouns",
            "31:16 warning cv.social_networks[9].network",  // Bluesky: no known URL
            "45:13 note -",  // Markdown: cvbuild.markup is set to inline
            "47:9 warning cv.sections.experience[0].team_size",
            "50:15 warning cv.sections.experience[1].date",
            "54:5 note cv.sections.teaching",
            "67:18 note cv.sections.education[0].summary",  // became the first highlight
            "70:5 note cv.sections.open_source_work",
            "81:15 warning cv.sections.open_source_work[2].date",
            "117:5 warning design.page.top_margin",
            "118:3 warning design.colors",
            "122:1 warning settings",
        ])
    }

    // MARK: The benchmark inputs

    @Test("the RenderCV benchmark input imports to the content of Samples/senior-ml-engineer.yaml", .needsShared(bench))
    func benchMatchesSample() throws {
        guard let bench = SharedMaterial.file(Self.bench) else { return }
        let result = try Self.imported(bench)
        var mine = result.profile
        var sample = try #require(ProfileLoader.inspect(path: CLI.sample("senior-ml-engineer.yaml"), strict: true).profile)
        mine.sourceMap = SourceMap(file: "")
        sample.sourceMap = SourceMap(file: "")
        // The documented differences between the import and the hand conversion:
        // 1. RenderCV's `location` is free text ("Seattle, WA") with no country; the sample's
        //    countryCode US was added by hand.
        sample.basics.location?.countryCode = nil
        // 2. maxPages and targetRole are cvbuild's own settings: nothing in a RenderCV file says them.
        //    (theme, locale, pageSize and the section order do come from the file: design.theme,
        //    locale.language, RenderCV's US Letter default and the order of cv.sections.)
        sample.settings.maxPages = nil
        sample.settings.targetRole = nil
        //    The sample's cover letter (cvbuild.letters) is cvbuild's own too.
        sample.settings.letters = []
        // 3. RenderCV's `end_date: present` is imported as `endDate: present`; the sample leaves the
        //    end date out. Both mean "ongoing" to cvbuild.
        mine.work = mine.work.map { var w = $0; if w.endDate == .present { w.endDate = nil }; return w }
        mine.projects = mine.projects.map { var p = $0; if p.endDate == .present { p.endDate = nil }; return p }
        // 4. The sample names a photo file beside it, for the themes that show one; the benchmark's
        //    RenderCV input has none (RenderCV 2.8 has no photo field).
        sample.basics.image = nil

        #expect(mine.basics == sample.basics)
        #expect(mine.work == sample.work)
        #expect(mine.projects == sample.projects)
        #expect(mine.education == sample.education)
        #expect(mine.certificates == sample.certificates)
        #expect(mine.skills == sample.skills)
        #expect(mine.settings == sample.settings)
        #expect(mine == sample)

        // 5. RenderCV's `settings` block (current_date) has no place in a profile: the only report.
        let settingsLine = try Self.line(startingWith: "settings:", in: bench)
        #expect(Self.headlines(result.diagnostics, in: bench) == [
            "rendercv_ml_engineer.yaml:\(settingsLine):1: warning: settings: RenderCV's settings were not imported (they set RenderCV's own output: dates, file names, bold keywords)",
        ])
    }

    @Test("the CJK benchmark input keeps its Chinese text", .needsShared(cjkInput))
    func cjkKeepsChineseText() throws {
        guard let cjkInput = SharedMaterial.file(Self.cjkInput) else { return }
        let p = try Self.imported(cjkInput).profile
        #expect(p.basics.name == "陈雅琳")
        #expect(p.basics.label == "高级机器学习工程师 (Senior Machine Learning Engineer)")
        try #require(p.work.count == 4)
        #expect(p.work[0].highlights.suffix(2) == ["负责搜索排序模型的训练与部署，点击率提升 7.8%，每次会话收入提升 3.1%。",
                                                   "指导六名工程师，建立了机器学习运维（MLOps）的最佳实践与代码评审流程。"])
        #expect(p.work[1].highlights.last == "使用 XGBoost 和 TensorFlow 构建欺诈检测模型，每天处理两千五百万笔交易。")
        // The full-width semicolon and comma separate keywords as ", " does.
        #expect(p.skills.first?.keywords == ["Python", "SQL", "C++", "中文（母语）", "英语（流利）"])
        #expect(p.settings.locale == "en")
    }

    // MARK: Rules, one at a time

    @Test("RenderCV 1.x names, and themes, languages and page sizes with and without a cvbuild match")
    func tables() throws {
        let folder = try TemporaryFolder()
        let old = try folder.write("old.yaml", """
            cv:
              name: Ada Park
              label: Analyst
              sections:
                experience:
                  - company: Engine Works
                    position: Analyst
                    end_date: 2019-09
            design:
              theme: sb2nov
              page_size: letterpaper
            locale:
              language: mandarin_chinese
            rendercv_settings:
              bold_keywords: [Python]
            """)
        let a = try Self.imported(old)
        #expect(a.profile.basics.label == "Analyst")
        // A lone end_date is the entry's date, as RenderCV reads it.
        #expect(a.profile.work.first?.startDate == Self.date("2019-09"))
        #expect(a.profile.work.first?.endDate == .date(Self.date("2019-09")))
        #expect(a.profile.settings.theme == "classic")
        #expect(a.profile.settings.pageSize == .letter)
        #expect(a.profile.settings.locale == "zh")
        #expect(Self.headlines(a.diagnostics, in: old) == [
            "old.yaml:14:1: warning: rendercv_settings: RenderCV's rendercv_settings were not imported (they set RenderCV's own output: dates, file names, bold keywords)",
        ])

        let other = try folder.write("other.yaml", """
            cv:
              name: Ada Park
            design:
              theme: harvard
              page:
                size: a5
            locale:
              language: turkish
            """)
        let b = try Self.imported(other)
        #expect(b.profile.settings.theme == "classic")
        #expect(b.profile.settings.pageSize == nil)
        #expect(b.profile.settings.locale == nil)
        #expect(Self.headlines(b.diagnostics, in: other) == [
            #"other.yaml:4:10: warning: design.theme: the RenderCV theme "harvard" has no cvbuild counterpart; the classic theme was chosen (cvbuild's themes are classic, modern and compact)"#,
            #"other.yaml:6:11: warning: design.page.size: the page size "a5" was not imported: cvbuild prints on A4 or US Letter (set cvbuild.pageSize to a4 or letter)"#,
            #"other.yaml:8:13: warning: locale.language: the language "turkish" has no cvbuild locale, so the résumé's headings and dates will be in English (cvbuild's locales are en, de, fr, es and zh)"#,
        ])

        // No design at all: RenderCV's default page, US Letter.
        let bare = try folder.write("bare.yaml", "cv:\n  name: Ada Park\n")
        #expect(try Self.imported(bare).profile.settings.pageSize == .letter)
    }

    @Test("dates: `date` wins over start and end; a free-text start keeps the range as written; end before start is an error")
    func dates() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("dates.yaml", """
            cv:
              name: Ada Park
              sections:
                projects:
                  - name: Both
                    date: 2021
                    start_date: 2020-01
                  - name: Free start
                    start_date: Spring 2019
                    end_date: 2020-02
                  - name: Still going
                    start_date: 2018-05-14
            """)
        let result = try Self.imported(path)
        let p = result.profile
        #expect(p.projects.map(\.startDate) == [Self.date("2021"), nil, Self.date("2018-05-14")])
        #expect(p.projects.map(\.endDate) == [.date(Self.date("2021")), nil, nil])
        #expect(p.projects.map(\.datesText) == [nil, "Spring 2019 – 2020-02", nil])
        #expect(Self.headlines(result.diagnostics, in: path) == [
            "dates.yaml:7:9: warning: cv.sections.projects[0].start_date: start_date was not imported: RenderCV shows `date` when both are given",
            #"dates.yaml:9:21: warning: cv.sections.projects[1].start_date: the date "Spring 2019" is not YYYY, YYYY-MM or YYYY-MM-DD; it is shown as written (cvbuild.dates) and counts for no time when scoring (write it as YYYY-MM to have it counted)"#,
        ])

        let backwards = try folder.write("backwards.yaml", """
            cv:
              name: Ada Park
              sections:
                experience:
                  - company: Engine Works
                    position: Analyst
                    start_date: 2020-03
                    end_date: 2019-01
            """)
        let failure = RenderCVImporter.load(path: backwards)
        guard failure.failed else {
            Issue.record("an entry that ends before it starts must not import")
            return
        }
        #expect(Self.headlines(failure.diagnostics, in: backwards) == [
            "backwards.yaml:8:19: error: cv.sections.experience[0].end_date: ends (2019-01) before it starts (2020-03) (an end date on or after the start date)",
        ])
    }

    @Test("helpers: locations, links, keywords, profile URLs and section titles")
    func helpers() {
        let seattle = RenderCVConversion.location("Seattle, WA")
        #expect(seattle.city == "Seattle" && seattle.region == "WA")
        let long = RenderCVConversion.location("Paris, Île-de-France, France")
        #expect(long.city == "Paris, Île-de-France, France" && long.region == nil)
        #expect(RenderCVConversion.location("Remote").city == "Remote")

        #expect(RenderCVConversion.unlink("[tabular-drift](https://github.com/achen-ml/tabular-drift)")
            == ("tabular-drift", "https://github.com/achen-ml/tabular-drift"))
        #expect(RenderCVConversion.unlink("Kaggle: M5 [Forecasting] (2020)") == ("Kaggle: M5 [Forecasting] (2020)", nil))

        #expect(RenderCVConversion.keywords("pandas, NumPy,scikit-learn, 1,200 models") == ["pandas", "NumPy,scikit-learn", "1,200 models"])

        #expect(RenderCVConversion.profileURL(network: "ResearchGate", username: "Ada_Park") == .url("https://www.researchgate.net/profile/Ada_Park"))
        #expect(RenderCVConversion.profileURL(network: "Twitter", username: "@adapark") == .url("https://twitter.com/adapark"))
        #expect(RenderCVConversion.profileURL(network: "Mastodon", username: "adapark") == .badUsername("@name@server"))
        #expect(RenderCVConversion.profileURL(network: "StackOverflow", username: "adapark") == .badUsername("user_id/name"))
        #expect(RenderCVConversion.profileURL(network: "Myspace", username: "adapark") == .unknownNetwork)

        #expect(RenderCVConversion.displayTitle("education_and_training") == "Education and Training")
        #expect(RenderCVConversion.displayTitle("Open Source") == "Open Source")
        #expect(RenderCVConversion.sectionAliases[RenderCVConversion.normalizedTitle("Work_Experience")] == .work)
        #expect(RenderCVConversion.sectionAliases[RenderCVConversion.normalizedTitle("Honors & Awards")] == .awards)
    }

    // MARK: Bad input

    @Test("bad input: a clear error with its position, and no profile", arguments: [
        ("not-yaml.yaml", "cv:\n  name: [Ada\n  headline: x\n",
         "not-yaml.yaml:3:11: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 2)"),
        ("no-cv.yaml", "name: Ada Park\nsections: {}\n",
         "no-cv.yaml:1:1: error: cv is missing (a RenderCV file keeps the résumé under `cv:`; is this a RenderCV file?)"),
        ("cv-list.yaml", "cv:\n  - name: Ada Park\n",
         "cv-list.yaml:2:3: error: cv: expected a mapping of keys to values, found a list (RenderCV's cv holds name, headline, sections and the other header fields)"),
    ])
    func badInput(name: String, text: String, expected: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(name, text)
        let failure = RenderCVImporter.load(path: path)
        guard failure.failed else {
            Issue.record("\(name) must not import")
            return
        }
        #expect(Self.headlines(failure.diagnostics, in: path) == [expected])
    }

    @Test("cvbuild import rendercv: bad input writes nothing; good input writes a valid profile, never over a file")
    func commandLine() throws {
        // A subcommand that vanished from ImportCommand fails here, by name.
        let help = try CLI.run(["import", "--help"])
        try #require(help.stdout.contains("rendercv"), "`cvbuild import --help` does not list rendercv:\n\(help.stdout)")
        let folder = try TemporaryFolder()
        try folder.write("cv-list.yaml", "cv:\n  - name: Ada Park\n")
        let bad = try CLI.run(["import", "rendercv", "cv-list.yaml", "-o", "p.yaml"], in: folder.url)
        #expect(bad.status == 1)
        #expect(bad.diagnosticLines.first?.hasPrefix("cv-list.yaml:2:3: error: cv: expected a mapping") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.path("p.yaml")))

        let good = try CLI.run(["import", "rendercv", Self.fixture, "-o", "p.yaml"], in: folder.url)
        #expect(good.status == 0)
        #expect(good.diagnosticLines.contains { $0.contains("cv.sections.experience[1].date: the date \"Summer 2020\"") })
        let loaded = ProfileLoader.inspect(path: folder.path("p.yaml"), strict: true)
        #expect(loaded.isValid && loaded.diagnostics.isEmpty)
        #expect(loaded.profile?.basics.name == "Ingrid Solberg-Maas")

        let again = try CLI.run(["import", "rendercv", Self.fixture, "-o", "p.yaml"], in: folder.url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("p.yaml already exists (use --force to replace it)"))
    }
}
