/// What a file given to cvbuild was meant to be, so that "no such file" or "the file is empty"
/// can say what was expected (a profile, a posting, a theme, another tool's file).
public enum FileKind: Hashable, Sendable {
    case profile
    case posting
    case theme
    case jsonResume
    case renderCV

    var expectedFile: String {
        switch self {
        case .profile: "expected a profile file (.yaml, .yml or .json)"
        case .posting: "expected a job posting saved as .txt, .md or .html"
        case .theme: "expected a theme folder holding a theme.yaml; copy one from Themes/ to start"
        case .jsonResume: "expected a JSON Resume file (resume.json)"
        case .renderCV: "expected a RenderCV YAML file (with a cv: section)"
        }
    }

    var expectedContent: String {
        switch self {
        case .profile: "expected a profile; `cvbuild init` writes a starter"
        case .posting: "expected the text of a job posting"
        case .theme: "expected a theme's settings; copy a theme.yaml from Themes/ to start"
        case .jsonResume: "expected a JSON Resume object"
        case .renderCV: "expected a RenderCV file with a cv: section"
        }
    }

    /// "a profile", "a posting": for "… is a few kilobytes".
    var article: String {
        switch self {
        case .profile: "a profile"
        case .posting: "a posting"
        case .theme: "a theme file"
        case .jsonResume: "a resume.json"
        case .renderCV: "a RenderCV file"
        }
    }
}
