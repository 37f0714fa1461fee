import Foundation

/// What to render, beyond the profile itself; unset values come from the profile, then the theme.
public struct RenderOptions: Sendable {
    public var theme: String?
    public var locale: String?
    public var maxPages: Int?
    public var pageSize: PageSize?
    public var fontFolders: [String] = []
    /// Leave the photo out even when the theme shows one (`--no-photo`).
    public var noPhoto = false
    /// A named variant from `cvbuild.variants` (`--variant`).
    public var variant: String?
    /// Tags to keep (`--only`) and to leave out (`--exclude`), on top of the variant's.
    public var only: [String] = []
    public var exclude: [String] = []
    /// The document date (from SOURCE_DATE_EPOCH in the CLI); nil writes no date, so output is
    /// byte-identical run to run.
    public var date: Date?
    /// Where fonts are looked for besides `fontFolders` (`CVBUILD_FONT_DIR`, `HOME`): passed in,
    /// never read from the process, so a caller decides what the job sees.
    public var environment: [String: String] = [:]

    public init() {}
}
