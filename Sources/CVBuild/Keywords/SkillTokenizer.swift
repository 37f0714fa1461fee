/// Splits text into word tokens the way the skill matcher compares them: letters and digits,
/// with `+` and `#` kept at a word's end ("C++", "C#") and a dot kept between letters ("Node.js").
/// Hyphens, slashes, ampersands and spaces all separate, so "scikit-learn" = "scikit learn".
/// Each Han or kana character is a token, so Chinese names match character by character.
package struct SkillToken: Sendable, Hashable {
    /// Lower-cased, for dictionary lookups.
    package var key: Substring
    /// As written, for case-sensitive skills.
    package var original: Substring
    package var range: Range<String.Index>
    /// The character right after the token ("&" in "R&D"), and right before it.
    package var next: Unicode.Scalar?
    package var previous: Unicode.Scalar?

    /// A Han or kana character (a token of its own).
    package var isIdeographic: Bool { SkillTokenizer.isIdeographic(word: key) }
}

package enum SkillTokenizer {
    package static func tokens(_ text: String) -> [SkillToken] {
        var out: [SkillToken] = []
        out.reserveCapacity(text.utf8.count / 5)
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var previous: Unicode.Scalar?
        while i < scalars.endIndex {
            let c = scalars[i]
            guard isWord(c) else {
                previous = c
                i = scalars.index(after: i)
                continue
            }
            let start = i
            // A Han or kana character is a token of its own: Chinese and Japanese have no spaces,
            // so names are found by the longest match over characters ("熟练使用Python和SQL").
            if isIdeographic(c) {
                let next = scalars.index(after: i)
                out.append(SkillToken(key: Substring(String(c)), original: text[i..<next], range: i..<next,
                                      next: next < scalars.endIndex ? scalars[next] : nil, previous: previous))
                previous = c
                i = next
                continue
            }
            var j = i
            // Most words are lower-case ASCII already: their key is the text itself, and only a
            // word with a capital or a non-ASCII letter gets a lower-cased copy.
            var key = ""
            var plain = true
            func add(_ d: Unicode.Scalar) {
                if plain {
                    if d.isASCII, !(d.value >= 0x41 && d.value <= 0x5A) { return }
                    plain = false
                    key = String(text[start..<j])
                }
                appendLower(d, to: &key)
            }
            while j < scalars.endIndex {
                let d = scalars[j]
                if isWord(d), !isIdeographic(d) {
                    add(d)
                    j = scalars.index(after: j)
                    continue
                }
                // A dot between word characters stays inside ("node.js", "asp.net"), not at the end.
                if d == ".", j > start {
                    let k = scalars.index(after: j)
                    if k < scalars.endIndex, scalars[k].properties.isAlphabetic {
                        add(".")
                        j = k
                        continue
                    }
                }
                break
            }
            // Trailing + or # belong to the word: "C++", "C#", "F#".
            while j < scalars.endIndex, scalars[j] == "+" || scalars[j] == "#" {
                add(scalars[j])
                j = scalars.index(after: j)
            }
            out.append(SkillToken(key: plain ? text[start..<j] : Substring(key), original: text[start..<j], range: start..<j,
                                  next: j < scalars.endIndex ? scalars[j] : nil, previous: previous))
            previous = scalars[scalars.index(before: j)]
            i = j
        }
        return out
    }

    @inline(__always)
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Whether a word (a cue, a stem) is Chinese or Japanese: its first character is a Han or kana one.
    static func isIdeographic<S: StringProtocol>(word: S) -> Bool {
        word.unicodeScalars.first.map(isIdeographic) ?? false
    }

    /// CJK ideographs (with extensions and compatibility forms) and kana: the characters that are
    /// tokens of their own. Unlike the line breaker's set (TextShaper), Hangul is left out (Korean
    /// has spaces between words) and so are full-width Latin letters (one word, not one per letter).
    @inline(__always)
    static func isIdeographic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v >= 0x3040 && ((v <= 0x30FF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3134F))
    }

    @inline(__always)
    static func appendLower(_ s: Unicode.Scalar, to key: inout String) {
        if s.isASCII {
            let v = s.value
            key.unicodeScalars.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : s)
        } else {
            key += s.properties.lowercaseMapping
        }
    }

    /// The normalised form of a name: its tokens' keys joined by one space.
    package static func normalisedKey(_ text: String) -> String {
        tokens(text).map { String($0.key) }.joined(separator: " ")
    }
}
