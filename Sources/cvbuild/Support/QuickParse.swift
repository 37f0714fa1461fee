import ArgumentParser
import CVBuild

/// The plain `cvbuild render PROFILE [--option value …]` line, read without ArgumentParser.
///
/// Why: ArgumentParser finds a command's options by reflection, decodes them through
/// `Decodable` and builds a property wrapper per option, and in a fresh process that first use of
/// the Swift runtime's metadata and conformance lookups was about a sixth of a whole render
/// (measured with `perf`, see the README's speed section). Rendering is what users run most,
/// often from a watcher or a Makefile.
///
/// It only takes lines it reads exactly as ArgumentParser would, into the same `RenderSettings`
/// (tests compare the two on many lines). Anything else — help, completions, `--`, short or
/// unknown options, a repeated single option, an empty value, a value that does not convert or
/// is out of range — returns nil, and ArgumentParser parses the line and says what is wrong in
/// its own words. Plain arrays and a `switch`, no sets or dictionaries: their first use costs
/// the same runtime lookups this avoids.
enum QuickParse {
    /// The options `render` takes, by long name; what is not here goes to ArgumentParser.
    static let renderOptions = ["format", "out", "theme", "locale", "max-pages", "page-size", "font-dir", "no-photo",
                                "variant", "only", "exclude", "strict"]
    static let renderFlags = ["no-photo", "strict"]

    static func render(_ arguments: [String]) -> RenderSettings? {
        guard arguments.first == "render" else { return nil }
        var settings = RenderSettings(profile: "")
        var profile: String?
        var given: [String] = []
        var index = 1
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            guard word.hasPrefix("-") else {
                guard profile == nil else { return nil }
                profile = word
                continue
            }
            guard word.hasPrefix("--"), word.count > 2 else { return nil }
            var name = String(word.dropFirst(2))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            // Only --font-dir may be given more than once.
            guard renderOptions.contains(name), name == "font-dir" || !given.contains(name) else { return nil }
            given.append(name)
            if renderFlags.contains(name) {
                guard value == nil else { return nil }
            } else if value == nil {
                guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
                value = arguments[index]
                index += 1
            }
            // ArgumentParser refuses `--theme=`; an empty value is left to it.
            guard value?.isEmpty != true, set(name, value ?? "", in: &settings) else { return nil }
        }
        guard let profile, RenderSettings.problem(maxPages: settings.maxPages) == nil else { return nil }
        settings.profile = profile
        return settings
    }

    /// One option's value, converted as ArgumentParser converts it; false when it does not convert.
    private static func set(_ name: String, _ value: String, in settings: inout RenderSettings) -> Bool {
        switch name {
        case "format":
            guard let list = FormatList(argument: value) else { return false }
            settings.formats = list.formats
        case "max-pages":
            guard let pages = Int(argument: value) else { return false }
            settings.maxPages = pages
        case "page-size":
            guard let size = PageSize(argument: value) else { return false }
            settings.pageSize = size
        case "out": settings.out = value
        case "theme": settings.theme = value
        case "locale": settings.locale = value
        case "font-dir": settings.fontDirs.append(value)
        case "variant": settings.variant = value
        case "only": settings.only = value
        case "exclude": settings.exclude = value
        case "no-photo": settings.noPhoto = true
        case "strict": settings.strict = true
        default: return false
        }
        return true
    }
}
