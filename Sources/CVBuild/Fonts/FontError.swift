import Foundation

/// Why a font could not be found, read or understood.
package enum FontError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No file at this path (or no such face in a collection).
    case notFound(String)
    /// The file exists but cannot be read: the path, then the reason.
    case unreadable(String, String)
    /// A real font of a kind cvbuild cannot use (CFF outlines, WOFF, no Unicode character map…).
    case unsupportedFormat(String)
    /// A truncated or corrupt file: which table, and what is wrong with it.
    case malformed(String)

    package var description: String {
        switch self {
        case .notFound(let what): "font not found: \(what)"
        case .unreadable(let path, let reason): "cannot read the font \(path): \(reason)"
        case .unsupportedFormat(let message): "unsupported font: \(message)"
        case .malformed(let message): "malformed font: \(message)"
        }
    }
}
