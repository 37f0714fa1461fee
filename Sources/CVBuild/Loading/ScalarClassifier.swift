/// Says what an unquoted YAML scalar means under the YAML 1.1 rules libyaml users expect:
/// `no` and `on` are booleans, `012` and `3.85` are numbers, `~` is null. The loader then
/// tells users to quote such a value where text was meant (the "Norway problem"). Single
/// letters `y`/`n` stay text, as in PyYAML and most YAML tools people use.
enum ScalarClassifier {
    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
    private static let booleans: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
        "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
    ]
    private static let specialFloats: Set<String> = [
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    ]

    static func kind(of text: String) -> SourceNode.ScalarKind {
        if nulls.contains(text) { return .null }
        if booleans.contains(text) { return .boolean }
        if specialFloats.contains(text) { return .float }
        return numberKind(Array(text.utf8)) ?? .text
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Integers (with `_` separators, 0x/0o prefixes) and decimal floats with an optional exponent.
    private static func numberKind(_ b: [UInt8]) -> SourceNode.ScalarKind? {
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count else { return nil }
        if b.count > i + 2, b[i] == UInt8(ascii: "0"), b[i + 1] == UInt8(ascii: "x") || b[i + 1] == UInt8(ascii: "o") {
            let hex = b[i + 1] == UInt8(ascii: "x")
            let rest = b[(i + 2)...]
            let ok = rest.allSatisfy { isDigit($0) || $0 == UInt8(ascii: "_")
                || (hex && (($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "f"))) }
            return ok ? .integer : nil
        }
        var digits = 0, dot = false, exponent = false
        while i < b.count {
            let c = b[i]
            if isDigit(c) {
                digits += 1
            } else if c == UInt8(ascii: "_"), digits > 0, !exponent {
                // separator
            } else if c == UInt8(ascii: "."), !dot, !exponent {
                dot = true
            } else if c | 0x20 == UInt8(ascii: "e"), digits > 0, !exponent {
                exponent = true
                if i + 1 < b.count, b[i + 1] == UInt8(ascii: "+") || b[i + 1] == UInt8(ascii: "-") { i += 1 }
                guard i + 1 < b.count else { return nil }
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        return dot || exponent ? .float : .integer
    }
}
