/// Assembles a TrueType file from its tables: the table directory in tag order, each table
/// 4-byte aligned with its checksum, and `head`'s checksum adjustment, as the format asks.
enum SfntWriter {
    static func font(_ tables: [(tag: UInt32, bytes: [UInt8])]) -> [UInt8] {
        let sorted = tables.sorted { $0.tag < $1.tag }
        var power = 1, exponent = 0
        while power * 2 <= sorted.count { power *= 2; exponent += 1 }
        var out = bigEndian32(0x0001_0000) + bigEndian16(sorted.count) + bigEndian16(power * 16)
            + bigEndian16(exponent) + bigEndian16(sorted.count * 16 - power * 16)
        var offset = 12 + 16 * sorted.count
        var body: [UInt8] = []
        var headOffset: Int?
        for table in sorted {
            if table.tag == Tag.head { headOffset = offset }
            out += bigEndian32(Int(table.tag)) + bigEndian32(Int(checksum(table.bytes))) + bigEndian32(offset) + bigEndian32(table.bytes.count)
            var padded = table.bytes
            while padded.count % 4 != 0 { padded.append(0) }
            body += padded
            offset += padded.count
        }
        out += body
        if let headOffset {
            let adjustment = 0xB1B0_AFBA &- checksum(out)
            out.replaceSubrange((headOffset + 8)..<(headOffset + 12), with: bigEndian32(Int(adjustment)))
        }
        return out
    }

    /// The sum of the bytes as big-endian 32-bit words, the last one padded with zeros.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var i = 0
        while i < bytes.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 8 | UInt32(i + k < bytes.count ? bytes[i + k] : 0) }
            sum = sum &+ word
            i += 4
        }
        return sum
    }
}
