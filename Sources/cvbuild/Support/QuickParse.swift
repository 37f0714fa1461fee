import ArgumentParser
import CVBuild

/// The plain `cvbuild render PROFILE [--option value …]` line, read without ArgumentParser.
///
/// Why: ArgumentParser finds a command's options by reflection and decodes them through
/// `Decodable`, and in a fresh process that first use of the Swift runtime's metadata and
/// conformance lookups is about a sixth of a whole render (measured with `perf`, see the README's
/// speed section). Rendering is what users run most, often from a watcher or a Makefile.
///
/// It only takes lines it reads exactly as ArgumentParser would, and builds the very
/// `RenderCommand` ArgumentParser would build (tests compare the two on many lines). Anything else
/// — help, completions, `--`, short or unknown options, a repeated single option, a value that does
/// not convert or fails validation — returns nil, and ArgumentParser parses the line and says
/// what is wrong in its own words.
enum QuickParse {
    /// The options `render` takes, by long name; what is not here goes to ArgumentParser.
    static let renderOptions: Set<String> = [
        "format", "out", "theme", "locale", "max-pages", "page-size", "font-dir", "no-photo", "variant", "only", "exclude", "strict",
    ]
    static let renderFlags: Set<String> = ["no-photo", "strict"]

    static func command(_ arguments: [String]) -> ParsableCommand? {
        guard arguments.first == "render" else { return nil }
        return render(Array(arguments.dropFirst()))
    }

    static func render(_ arguments: [String]) -> RenderCommand? {
        guard let (positionals, values) = split(arguments), positionals.count == 1 else { return nil }
        var options = RenderArguments()
        var variant = VariantArguments()
        let one = { (name: String) -> String? in values[name]?.last }
        if let text = one("format") {
            guard let formats = FormatList(argument: text) else { return nil }
            options.format = formats
        } else {
            options.format = FormatList(argument: "pdf")!
        }
        options.out = one("out")
        options.theme = one("theme")
        options.locale = one("locale")
        options.maxPages = nil
        if let text = one("max-pages") {
            guard let pages = Int(argument: text) else { return nil }
            options.maxPages = pages
        }
        options.pageSize = nil
        if let text = one("page-size") {
            guard let size = PageSize(argument: text) else { return nil }
            options.pageSize = size
        }
        options.fontDir = values["font-dir"] ?? []
        options.noPhoto = values["no-photo"] != nil
        options.strict = values["strict"] != nil
        variant.variant = one("variant")
        variant.only = one("only")
        variant.exclude = one("exclude")
        options.version = variant
        guard (try? options.validate()) != nil else { return nil }
        var command = RenderCommand()
        command.profile = positionals[0]
        command.options = options
        return command
    }

    /// Positional words and `--name value` / `--name=value` pairs (flags get an empty value);
    /// nil for anything ArgumentParser might read differently.
    private static func split(_ arguments: [String]) -> (positionals: [String], values: [String: [String]])? {
        var positionals: [String] = []
        var values: [String: [String]] = [:]
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            guard word.hasPrefix("-") else {
                positionals.append(word)
                continue
            }
            guard word.hasPrefix("--"), word.count > 2 else { return nil }
            var name = String(word.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard renderOptions.contains(name) else { return nil }
            if renderFlags.contains(name) {
                guard value == nil else { return nil }
                value = ""
            } else if value == nil {
                guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
                value = arguments[index]
                index += 1
            }
            // Only --font-dir may be given more than once; an empty value is left to ArgumentParser
            // (it refuses `--theme=`).
            guard values[name] == nil || name == "font-dir", let value, !value.isEmpty || renderFlags.contains(name) else { return nil }
            values[name, default: []].append(value)
        }
        return (positionals, values)
    }
}
