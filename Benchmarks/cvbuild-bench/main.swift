// cvbuild's in-process benchmark. Build and run in release mode:
//   swift run -c release cvbuild-bench [PROFILE] [ITERATIONS]
// Prints per-phase times (median, min, max over ITERATIONS) and the process's peak memory.
// Timing lives here, never in unit tests: CI machines are too noisy for timed assertions.
import CVBuild
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let profilePath = arguments.first ?? "Samples/senior-ml-engineer.yaml"
let iterations = arguments.dropFirst().first.flatMap(Int.init) ?? 2000
nonisolated(unsafe) var iterationsOverride: Int?

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

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024   // ru_maxrss is in KiB on Linux
}

guard case .success(let source) = SourceReader.read(path: profilePath) else {
    FileHandle.standardError.write(Data("cvbuild-bench: cannot read \(profilePath)\n".utf8))
    exit(1)
}
print("cvbuild-bench: \(profilePath) (\(source.text.utf8.count) bytes), \(iterations) iterations, release build")
print("")
print("Loading")
measure("read file (size check, UTF-8 check)") { if case .success = SourceReader.read(path: profilePath) { true } else { false } }
measure("parse to node tree (YAML/JSON)") { if case .success = ProfileLoader.parse(source) { true } else { false } }
measure("decode + validate (from text)") { ProfileLoader.load(source).isValid }
measure("load: read + parse + decode + validate") { ProfileLoader.load(path: profilePath).isValid }

// Rendering: the whole PDF pipeline, then its stages.
let profile = ProfileLoader.load(source).profile!
let here = SourceLocation(file: "bench")
if case .success(let theme) = ThemeCatalog.resolve(profile.settings.theme ?? "classic", requestedAt: here),
   case .success(let locale) = LocaleCatalog.resolve(profile.settings.locale ?? "en", requestedAt: here),
   case .success(let fonts) = ThemeFonts.load(theme, locator: FontLocator()) {
    let renderIterations = max(20, iterations / 10)
    let saved = iterations
    print("")
    print("Rendering (\(renderIterations) iterations)")
    func measureRender(_ label: String, _ body: () -> Bool) {
        // Fewer iterations: each one writes a whole PDF.
        iterationsOverride = renderIterations
        measure(label, body)
        iterationsOverride = saved
    }
    measureRender("theme + locale + fonts (find, read metrics)") {
        if case .success = ThemeFonts.load(theme, locator: FontLocator()) { true } else { false }
    }
    let view = Composer.compose(profile, theme: theme, locale: locale)
    measureRender("compose view") { !Composer.compose(profile, theme: theme, locale: locale).sections.isEmpty }
    let layouter = DocumentLayouter(theme: theme, fonts: fonts.book, pageSize: profile.settings.pageSize ?? theme.pageSize)
    measureRender("layout (shape, break lines, paginate)") {
        if case .success = layouter.layout(view, maxPages: profile.settings.maxPages) { true } else { false }
    }
    if case .success(let layout) = layouter.layout(view, maxPages: profile.settings.maxPages) {
        let metadata = PDFWriter.Metadata(title: "bench", author: "bench", subject: nil, keywords: [], creator: "cvbuild", creationDate: nil)
        measureRender("PDF write (libharu, fonts embedded, deflate)") { (try? PDFWriter.write(layout, fonts: fonts, metadata: metadata)) != nil }
    }
    measureRender("render: all of the above") { if case .success = PDFRenderer.render(profile, options: RenderOptions()) { true } else { false } }
    if case .success(let prepared) = PreparedProfile.prepare(profile, options: RenderOptions()) {
        print("")
        print("Web page and LinkedIn (\(renderIterations) iterations)")
        measureRender("HTML page (template, CSS, JSON-LD)") {
            if case .success(let page) = HTMLRenderer.render(prepared, pdfFileName: "cv.pdf", date: nil) { !page.html.isEmpty } else { false }
        }
        measureRender("LinkedIn text and JSON") {
            let linkedin = LinkedInProfile.build(from: prepared.view, settings: profile.settings)
            return !LinkedInWriter.text(linkedin, version: "bench").isEmpty
                && !LinkedInWriter.json(linkedin, version: "bench").serialized().isEmpty
        }
        measureRender("HTML + LinkedIn with theme, locale, compose") {
            guard case .success(let p) = PreparedProfile.prepare(profile, options: RenderOptions()),
                  case .success(let page) = HTMLRenderer.render(p, pdfFileName: nil, date: nil) else { return false }
            let linkedin = LinkedInProfile.build(from: p.view, settings: profile.settings)
            return !page.html.isEmpty && !LinkedInWriter.text(linkedin, version: "bench").isEmpty
        }
        if case .success(let page) = HTMLRenderer.render(prepared, pdfFileName: "cv.pdf", date: nil) {
            print(String(format: "  %@%.1f KB", "HTML page size".padding(toLength: 46, withPad: " ", startingAt: 0), Double(page.html.utf8.count) / 1024))
        }
    }
} else {
    print("\n(rendering skipped: theme, locale or fonts unavailable)")
}

// Keywords and scoring: taxonomy compile, extraction, profile × posting scores.
if case .success(let taxonomy) = Taxonomy.builtIn, case .success(let cues) = PostingCues.builtIn {
    print("")
    print("Keywords and scoring")
    let saved = iterationsOverride
    iterationsOverride = 200
    measure("compile the taxonomy into the matcher") { SkillMatcher(taxonomy: taxonomy).taxonomy.skills.count > 0 }
    let matcher = SkillMatcher(taxonomy: taxonomy)
    let extractor = SkillExtractor(matcher: matcher, cues: cues)
    let postingPath = "../shared/postings/04_sword_health_junior_ml_engineer.txt"
    if case .success(let posting) = PostingReader.read(path: postingPath) {
        let bytes = posting.lines.map(\.text.utf8.count).reduce(0, +)
        let evidence = ProfileEvidence.collect(profile, matcher: matcher)
        iterationsOverride = 2000
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
        if case .success(let large) = PostingReader.parse(Data(big.utf8), path: "big.txt") {
            iterationsOverride = 10
            measure("extract a 1 MB posting") { !extractor.analyse(large).skills.isEmpty }
        }
    } else {
        print("  (\(postingPath) not found: extraction skipped)")
    }
    iterationsOverride = saved
}

// The reference: the RenderCV input of the same CV, parsed to a node tree by the same YAML reader.
let reference = "../shared/bench/rendercv_ml_engineer.yaml"
if case .success(let other) = SourceReader.read(path: reference) {
    print("")
    print("Reference (same CV as RenderCV's input, \(other.text.utf8.count) bytes)")
    measure("parse rendercv_ml_engineer.yaml to node tree") { if case .success = ProfileLoader.parse(other) { true } else { false } }
} else {
    print("\n(reference \(reference) not found: skipped)")
}
print("")
print(String(format: "peak memory (whole benchmark process): %.1f MiB", peakMemoryMiB()))
