import Foundation

/// The profile's photo (`basics.image`) as bytes for the PDF, when the theme shows one.
package struct Photo: Hashable, Sendable {
    package enum Format: Hashable, Sendable { case png, jpeg }
    package var data: Data
    package var format: Format
    /// Pixel size, for cropping it to the theme's frame.
    package var width: Int
    package var height: Int
}

/// Reads `basics.image`: a local PNG or JPEG, its path relative to the profile. A web address is
/// never fetched, and a file that is missing or not an image is said at its position; the
/// résumé is then made without a photo, never refused.
enum PhotoLoader {
    static let largest = 10 << 20

    static func load(_ profile: Profile) -> Outcome<Photo?> {
        guard let image = profile.basics.image?.trimmedSpaces, !image.isEmpty else { return .success(nil) }
        let at = profile.sourceMap["basics.image"] ?? SourceLocation(file: profile.sourceMap.file)
        func unreadable(_ reason: String) -> Outcome<Photo?> {
            .success(nil, warnings: [Diagnostic(.warning, .photoUnreadable(path: image, reason: reason), at: at, path: "basics.image")])
        }
        let lower = image.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") {
            return .success(nil, warnings: [Diagnostic(.warning, .photoNotFetched(url: image), at: at, path: "basics.image")])
        }
        if lower.hasPrefix("data:") { return unreadable("an inline data: address is not read; save the image as a file") }
        let path = image.hasPrefix("/") ? image : FileOutput.folder(of: profile.sourceMap.file) + "/" + image
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return unreadable("there is no such file") }
        if isFolder.boolValue { return unreadable("it is a folder") }
        var status = stat()
        let size = stat(path, &status) == 0 ? Int(status.st_size) : 0
        guard size <= largest else { return unreadable("it is \(size >> 20) MB; a photo for a résumé needs well under 10 MB") }
        guard let data = FileManager.default.contents(atPath: path) else { return unreadable("it cannot be read") }
        if let (w, h) = pngSize(data) { return .success(Photo(data: data, format: .png, width: w, height: h)) }
        if let (w, h) = jpegSize(data) { return .success(Photo(data: data, format: .jpeg, width: w, height: h)) }
        return unreadable("it is not a PNG or JPEG image")
    }

    /// Width and height from the IHDR chunk, which the format puts first.
    static func pngSize(_ d: Data) -> (Int, Int)? {
        let b = [UInt8](d.prefix(24))
        guard b.count == 24, b[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], b[12..<16] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        let w = b[16..<20].reduce(0) { $0 << 8 | Int($1) }, h = b[20..<24].reduce(0) { $0 << 8 | Int($1) }
        return w > 0 && h > 0 ? (w, h) : nil
    }

    /// Width and height from the first start-of-frame marker.
    static func jpegSize(_ d: Data) -> (Int, Int)? {
        let b = [UInt8](d)
        guard b.count > 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let h = Int(b[i + 5]) << 8 | Int(b[i + 6]), w = Int(b[i + 7]) << 8 | Int(b[i + 8])
                return w > 0 && h > 0 ? (w, h) : nil
            }
            i += 2 + length
        }
        return nil
    }
}
