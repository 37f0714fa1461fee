// cvbuild's in-process benchmark, in a package of its own (Benchmarks/Package.swift). Build and
// run it with Benchmarks/run, or by hand from the repository root:
//   swift build --package-path Benchmarks --scratch-path .build-benchmarks -c release -Xswiftc -enable-testing
//   .build-benchmarks/release/cvbuild-bench [PROFILE] [ITERATIONS]
// Prints per-phase times (median, min, max over ITERATIONS) and the process's peak memory.
// Timing lives here, never in unit tests: CI machines are too noisy for timed assertions.
//
// The stages are `package` declarations of CVBuild; `@testable` reaches them from this package
// (which is why the build enables testing). The whole job, as the CLI runs it, is public.
@testable import CVBuild
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let profilePath = arguments.first ?? "Samples/senior-ml-engineer.yaml"
let iterations = arguments.dropFirst().first.flatMap(Int.init) ?? 2000
nonisolated(unsafe) var iterationsOverride: Int?
/// As the CLI hands it to the jobs: fonts are also looked for under HOME and CVBUILD_FONT_DIR.
let environment = ProcessInfo.processInfo.environment
var options = RenderOptions()
options.environment = environment

func nowNanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Runs `body` `iterations` times (after a warm-up) and prints median/min/max in milliseconds.
func measure(_ label: String, _ body: () -> Bool) {
    let iterations = iterationsOverride ?? iterations
    for _ in 0..<max(10, iterations / 20) { _ = body() }
    var samples: [Double] = []
    samples.reserveCapacity(iterations)
    var ok = true
    for _ in 0..<iterations {
        let start = nowNanoseconds()
        ok = body() && ok
        samples.append(Double(nowNanoseconds() - start) / 1_000_000)
    }
    samples.sort()
    let figures = String(format: "median %8.3f ms   min %8.3f   max %8.3f", samples[samples.count / 2], samples.first!, samples.last!)
    let line = "  " + label.padding(toLength: 46, withPad: " ", startingAt: 0) + figures + (ok ? "" : "   (FAILED)")
    print(line)
}

/// `measure` with another number of iterations (fewer for a whole PDF, more for a sentence).
func measure(_ label: String, iterations count: Int, _ body: () -> Bool) {
    let saved = iterationsOverride
    iterationsOverride = count
    measure(label, body)
    iterationsOverride = saved
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024   // ru_maxrss is in KiB on Linux
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cvbuild-bench: \(message)\n".utf8))
    exit(1)
}

guard let source = SourceReader.read(path: profilePath).value else { fail("cannot read \(profilePath)") }
let loaded = ProfileLoader.load(source)
guard let profile = loaded.value else {
    fail("\(profilePath) does not load: " + loaded.errors.map(DiagnosticFormatter.headline).joined(separator: "; "))
}
// CVBUILD_BENCH_PROFILE=N: only the render job, N times, nothing printed: a loop for `perf record`
// to sample the PDF path alone (the other stages would otherwise dilute the profile).
// CVBUILD_BENCH_COLD=1: each stage once, in the order the render job runs them, in this fresh
// process: what a single `cvbuild render` pays for first use (metadata, caches, page faults).
if environment["CVBUILD_BENCH_COLD"] != nil {
    func once<T>(_ label: String, _ body: () -> T) -> T {
        let start = nowNanoseconds()
        let value = body()
        print("  " + label.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%7.3f ms", Double(nowNanoseconds() - start) / 1_000_000))
        return value
    }
    let profile = once("load profile") { ProfileLoader.load(path: profilePath).value! }
    let prepared = once("prepare (theme, locale, compose)") { PreparedProfile.prepare(profile, options: options).value! }
    let fonts = once("fonts (find, read)") { prepared.fonts(options).value! }
    let layout = once("layout") { DocumentLayouter(theme: prepared.theme, fonts: fonts.book, pageSize: prepared.pageSize(options)).layout(prepared.view, maxPages: nil) }
    guard case .success(let pages) = layout else { fail("layout failed") }
    let metadata = PDFWriter.Metadata(title: "bench", author: "bench", subject: nil, keywords: [], creator: "cvbuild", creationDate: nil)
    _ = once("PDF write") { try? PDFWriter.write(pages, fonts: fonts, metadata: metadata) }
    _ = once("the whole render again (warm)") { PDFRenderer.render(profile, options: options) }
    exit(0)
}
if let loops = environment["CVBUILD_BENCH_PROFILE"].flatMap(Int.init) {
    let job = RenderJob.Request(profile: profilePath, formats: [.pdf], options: options)
    for _ in 0..<loops where RenderJob.run(job).files?.value?.isEmpty != false { fail("render failed") }
    exit(0)
}
print("cvbuild-bench: \(profilePath) (\(source.text.utf8.count) bytes), \(iterations) iterations, release build")
print("")
print("Loading")
measure("read file (size check, UTF-8 check)") { !SourceReader.read(path: profilePath).failed }
measure("parse to node tree (YAML/JSON)") { !ProfileLoader.parse(source).failed }
measure("decode + validate (from text)") { !ProfileLoader.load(source).failed }
measure("load: read + parse + decode + validate") { !ProfileLoader.load(path: profilePath).failed }

// Rendering: the whole PDF pipeline, then its stages, then the job the CLI runs.
let renderIterations = max(20, iterations / 10)
if let prepared = PreparedProfile.prepare(profile, options: options).value {
    let theme = prepared.theme, locale = prepared.locale
    func fonts() -> Outcome<ThemeFonts> {
        // A new locator each time: finding the files (walking the font folders) is part of the cost.
        let locator = FontLocator(extraFolders: [theme.folder].compactMap { $0 }, environment: environment)
        return ThemeFonts.load(theme, locator: locator, themeLocation: prepared.themeLocation)
    }
    if let themeFonts = fonts().value {
        print("")
        print("Rendering (\(renderIterations) iterations)")
        let here = SourceLocation(file: "bench")
        measure("theme + locale (resolve, decode)", iterations: renderIterations) {
            !ThemeCatalog.resolve(profile.settings.theme ?? "classic", requestedAt: here).failed
                && !LocaleCatalog.resolve(profile.settings.locale ?? "en", requestedAt: here).failed
        }
        measure("fonts (find the files, read metrics)", iterations: renderIterations) { !fonts().failed }
        measure("compose view", iterations: renderIterations) {
            !Composer.compose(profile, theme: theme, locale: locale).sections.isEmpty
        }
        let layouter = DocumentLayouter(theme: theme, fonts: themeFonts.book, pageSize: profile.settings.pageSize ?? theme.pageSize)
        measure("layout (shape, break lines, paginate)", iterations: renderIterations) {
            if case .success = layouter.layout(prepared.view, maxPages: profile.settings.maxPages) { true } else { false }
        }
        if case .success(let layout) = layouter.layout(prepared.view, maxPages: profile.settings.maxPages) {
            let metadata = PDFWriter.Metadata(title: "bench", author: "bench", subject: nil, keywords: [], creator: "cvbuild", creationDate: nil)
            measure("PDF write (libharu, fonts embedded, deflate)", iterations: renderIterations) {
                (try? PDFWriter.write(layout, fonts: themeFonts, metadata: metadata)) != nil
            }
        }
        measure("render: all of the above", iterations: renderIterations) { !PDFRenderer.render(profile, options: options).failed }
        let job = RenderJob.Request(profile: profilePath, formats: [.pdf], options: options)
        measure("RenderJob pdf: load + render, as the CLI", iterations: renderIterations) {
            RenderJob.run(job).files?.value?.isEmpty == false
        }
    } else {
        print("\n(PDF rendering skipped: the theme's fonts are unavailable: "
              + fonts().errors.map(DiagnosticFormatter.headline).joined(separator: "; ") + ")")
    }

    print("")
    print("Web page and LinkedIn (\(renderIterations) iterations)")
    measure("HTML page (template, CSS, JSON-LD)", iterations: renderIterations) {
        HTMLRenderer.render(prepared, pdfFileName: "cv.pdf", date: nil).value?.html.isEmpty == false
    }
    measure("LinkedIn text and JSON", iterations: renderIterations) {
        let linkedin = LinkedInProfile.build(from: prepared.view, settings: profile.settings)
        return !LinkedInWriter.text(linkedin, version: "bench").isEmpty
            && !LinkedInWriter.json(linkedin, version: "bench").serialized().isEmpty
    }
    measure("HTML + LinkedIn with theme, locale, compose", iterations: renderIterations) {
        guard let p = PreparedProfile.prepare(profile, options: options).value,
              let page = HTMLRenderer.render(p, pdfFileName: nil, date: nil).value else { return false }
        let linkedin = LinkedInProfile.build(from: p.view, settings: profile.settings)
        return !page.html.isEmpty && !LinkedInWriter.text(linkedin, version: "bench").isEmpty
    }
    if let page = HTMLRenderer.render(prepared, pdfFileName: "cv.pdf", date: nil).value {
        print(String(format: "  %@%.1f KB", "HTML page size".padding(toLength: 46, withPad: " ", startingAt: 0), Double(page.html.utf8.count) / 1024))
    }
} else {
    print("\n(rendering skipped: the theme or locale is unavailable)")
}

// Keywords and scoring: taxonomy compile, extraction, profile × posting scores.
if let taxonomy = Taxonomy.builtIn.value, let cues = PostingCues.builtIn.value {
    print("")
    print("Keywords and scoring")
    measure("compile the taxonomy into the matcher", iterations: 200) { SkillMatcher(taxonomy: taxonomy).taxonomy.skills.count > 0 }
    let matcher = SkillMatcher(taxonomy: taxonomy)
    let extractor = SkillExtractor(matcher: matcher, cues: cues)
    let postingPath = "../shared/postings/04_sword_health_junior_ml_engineer.txt"
    if let posting = PostingReader.read(path: postingPath).value {
        let bytes = posting.lines.map(\.text.utf8.count).reduce(0, +)
        let evidence = ProfileEvidence.collect(profile, matcher: matcher)
        let whole = posting.lines.map(\.text).joined(separator: "\n")
        let wholeTokens = SkillTokenizer.tokens(whole)
        measure("  of which: tokenise the whole text") { !SkillTokenizer.tokens(whole).isEmpty }
        measure("  of which: match skills in all its tokens") { matcher.matches(in: whole, tokens: wholeTokens).count >= 0 }
        measure("  of which: split into sentences") { posting.lines.reduce(0) { $0 + SkillExtractor.sentences($1.text).count } > 0 }
        let sentences = posting.lines.flatMap { SkillExtractor.sentences($0.text) }
        let sentenceTokens = sentences.map { SkillTokenizer.tokens($0) }
        measure("  of which: tokenise sentence by sentence") { sentences.reduce(0) { $0 + SkillTokenizer.tokens($1).count } > 0 }
        measure("  of which: match sentence by sentence") { zip(sentences, sentenceTokens).reduce(0) { $0 + matcher.matches(in: $1.0, tokens: $1.1).count } >= 0 }
        measure("extract a \(bytes / 1024) KB posting") { !extractor.analyse(posting).skills.isEmpty }
        measure("profile evidence (once per profile)") { !ProfileEvidence.collect(profile, matcher: matcher).items.isEmpty }
        measure("score = extract + weigh (one core)") {
            FitScorer.score(FitScorer.asks(for: extractor.analyse(posting)), evidence: evidence, taxonomy: taxonomy, target: "b").score >= 0
        }
        let start = nowNanoseconds()
        var n = 0
        while nowNanoseconds() - start < 1_000_000_000 {
            _ = FitScorer.score(FitScorer.asks(for: extractor.analyse(posting)), evidence: evidence, taxonomy: taxonomy, target: "b")
            n += 1
        }
        print("  " + "scores per second, one core".padding(toLength: 46, withPad: " ", startingAt: 0) + "\(n)")
        // A 1 MB posting: the same text repeated, each copy numbered so no sentence repeats.
        var big = ""
        var k = 0
        while big.utf8.count < 1_048_576 {
            big += posting.lines.map { "\($0.text) (\(k))" }.joined(separator: "\n") + "\n"
            k += 1
        }
        if let large = PostingReader.parse(Data(big.utf8), path: "big.txt").value {
            measure("extract a 1 MB posting", iterations: 10) { !extractor.analyse(large).skills.isEmpty }
        }
    } else {
        print("  (\(postingPath) not found: extraction skipped)")
    }
}

// The reference: RenderCV's input of the same CV (../shared/bench), read by cvbuild's own
// reader for it and rendered; Benchmarks/run times the C program beside the whole process.
let reference = "../shared/bench/rendercv_ml_engineer.yaml"
if let other = SourceReader.read(path: reference).value {
    print("")
    print("Reference (the same CV as RenderCV's input, \(other.text.utf8.count) bytes)")
    measure("parse rendercv_ml_engineer.yaml to node tree") { !ProfileLoader.parse(other).failed }
    measure("import it (RenderCV reader, to a profile)") { !RenderCVImporter.load(path: reference).failed }
    if let imported = RenderCVImporter.load(path: reference).value {
        measure("import it and render the PDF", iterations: renderIterations) {
            RenderCVImporter.load(path: reference).flatMap { PDFRenderer.render($0, options: options) }.value != nil
        }
        if let pdf = PDFRenderer.render(imported, options: options).value {
            print(String(format: "  %@%.1f KB, %d pages", "its PDF".padding(toLength: 46, withPad: " ", startingAt: 0),
                         Double(pdf.data.count) / 1024, pdf.layout.pages.count))
        }
    }
} else {
    print("\n(reference \(reference) not found: skipped)")
}
print("")
print(String(format: "peak memory (whole benchmark process): %.1f MiB", peakMemoryMiB()))
