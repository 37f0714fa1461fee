import ArgumentParser
import CVBuild

/// Which version of the profile: `--variant`, `--only`, `--exclude` (render, score, tailor).
struct VariantArguments: ParsableArguments {
    @Option(help: "A variant named under cvbuild.variants (its tags, sections, page budget, theme).")
    var variant: String?

    @Option(help: ArgumentHelp("Keep only entries with one of these tags (untagged entries always stay).", valueName: "tag,tag"))
    var only: String?

    @Option(help: ArgumentHelp("Leave out entries with one of these tags.", valueName: "tag,tag"))
    var exclude: String?

    var choice: VariantChoice { VariantChoice(name: variant, only: Self.tags(only), exclude: Self.tags(exclude)) }

    func apply(to options: inout RenderOptions) {
        Self.apply(variant: variant, only: only, exclude: exclude, to: &options)
    }

    static func apply(variant: String?, only: String?, exclude: String?, to options: inout RenderOptions) {
        options.variant = variant
        options.only = tags(only)
        options.exclude = tags(exclude)
    }

    static func tags(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
