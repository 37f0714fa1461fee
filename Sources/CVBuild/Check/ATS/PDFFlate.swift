import Foundation
import ZIPFoundation

/// FlateDecode, as PDF streams use it: a zlib stream (two header bytes, deflate data, a
/// checksum). The deflate data is inflated with ZIPFoundation's inflater, which reads raw deflate.
enum PDFFlate {
    static func inflate(_ data: Data) -> Data? {
        guard data.count > 2, data[data.startIndex] & 0x0F == 8 else { return nil }
        let body = data.dropFirst(2)
        var output = Data()
        do {
            _ = try Data.decompress(size: Int64(body.count), bufferSize: 64 * 1024, skipCRC32: true, provider: { position, size in
                let start = body.startIndex + Int(position)
                return Data(body[start..<min(body.endIndex, start + size)])
            }, consumer: { output.append($0) })
        } catch {
            // The checksum after the deflate data may be read as trailing bytes: what came out is kept.
            return output.isEmpty ? nil : output
        }
        return output
    }
}
