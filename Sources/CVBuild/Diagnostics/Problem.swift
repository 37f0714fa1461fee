import Foundation

/// Every problem cvbuild reports about an input, worded in one place: a summary of what is
/// wrong and, where it helps, what was expected instead. Printed as `summary (expected)`.
public enum Problem: Hashable, Sendable {
    // The file as a whole.
    case fileNotFound(FileKind)
    case fileUnreadable(reason: String)
    case isDirectory(FileKind)
    case emptyFile(FileKind)
    /// `bytes` is nil for a file whose size is not known in advance (a device, a pipe).
    case fileTooLarge(bytes: Int?, limit: Int, kind: FileKind)
    case invalidUTF8(byteOffset: Int)
    case nulByte(byteOffset: Int)
    case unsupportedEncoding(name: String)
    // Syntax.
    case yamlSyntax(message: String)
    case jsonSyntax(message: String, expected: String?)
    case nestingTooDeep(limit: Int)
    case aliasExpansionTooLarge(limit: Int)
    case multipleDocuments
    case keyNotText
    case duplicateKey(key: String, first: TextPosition)
    // Structure and values.
    case wrongType(expected: String, found: String, hint: String?)
    case unknownKey(key: String, suggestion: String?)
    case missingField(name: String, reason: String)
    case invalidDate(text: String, reason: String)
    case endBeforeStart(end: String, start: String)
    case invalidEmail(text: String)
    case invalidURL(text: String, reason: String)
    case invalidChoice(text: String, choices: [String], suggestion: String?)
    case outOfRange(value: String, range: String)
    case invalidLocale(text: String)
    case invalidCountryCode(text: String)
    case duplicateEntry(text: String, first: TextPosition)
    case emptyText
    case unknownName(kind: String, name: String, choices: [String], suggestion: String?, extra: String?)
    /// `count` characters of one script that no font has; `code` and `character` name the first.
    case missingGlyph(code: String, character: String, count: Int = 1, script: String = "", install: String? = nil)
    case rightToLeftText(code: String, character: String, count: Int, script: String)
    case controlCharacterRemoved(code: String)
    case doesNotFit(maxPages: Int, pagesNeeded: Int, linesOver: Int, longest: String)
    case fontProblem(message: String)
    case renderFailed(message: String)
    case overLinkedInLimit(field: String, length: Int, limit: Int, note: String?)
    case templateError(message: String)
    case unsafeLink(text: String, scheme: String)
    case renamedField(from: String, to: String)
    case importing(ImportProblem)
    case postingTooLarge(limit: Int)
    case binaryPosting
    case invalidUTF8Replaced(byteOffset: Int)
    case postingEntitiesIgnored
    case postingNestedTooDeep(limit: Int)
    case unknownRole(name: String, roles: [String], suggestion: String?)
    case missingThemeFile(theme: String, file: String)
    case noPostings
    case importNotValid
    case yamlTab
    case yamlStarText
    case textReadAsList(count: Int)
    case textReadAsEntry(field: String)
    case valueReadAsText(found: String, text: String)
    case textInOtherLanguage(code: String, name: String)
    case canonicalNotOwn(canonical: String, used: String?)
    case photoNotFetched(url: String)
    case photoUnreadable(path: String, reason: String)
    case unusedTag(tag: String, used: [String])
    case untranslated(locale: String)
    case translationUnknownField(field: String, suggestion: String?)
    case dateRead(text: String, iso: String)
    case urlSchemeAdded(text: String, fixed: String)
    case inlineHTMLRemoved(tags: [String])
    /// A file given as a profile that is another tool's: read through that importer.
    case readAs(format: String, command: String)
    case invalidEnvironmentValue(value: String, expected: String)
    /// A finding of `cvbuild check`: its id is the rule's.
    case check(CheckProblem)
    /// A document (DOCX) could not be put together; not the user's input, but said, not crashed on.
    case documentNotWritten(format: String, reason: String)
    /// A letter's `{placeholder}` with nothing to fill it (no --posting, no such field).
    case placeholderWithoutValue(name: String, reason: String)
    case letterOverOnePage(pages: Int)

    public var id: String {
        switch self {
        case .fileNotFound: "file-not-found"
        case .fileUnreadable: "file-unreadable"
        case .isDirectory: "is-directory"
        case .emptyFile: "empty-file"
        case .fileTooLarge: "file-too-large"
        case .invalidUTF8: "invalid-utf8"
        case .nulByte: "nul-byte"
        case .unsupportedEncoding: "unsupported-encoding"
        case .yamlSyntax: "yaml-syntax"
        case .jsonSyntax: "json-syntax"
        case .nestingTooDeep: "nesting-too-deep"
        case .aliasExpansionTooLarge: "alias-expansion-too-large"
        case .multipleDocuments: "multiple-documents"
        case .keyNotText: "key-not-text"
        case .duplicateKey: "duplicate-key"
        case .wrongType: "wrong-type"
        case .unknownKey: "unknown-key"
        case .missingField: "missing-field"
        case .invalidDate: "invalid-date"
        case .endBeforeStart: "end-before-start"
        case .invalidEmail: "invalid-email"
        case .invalidURL: "invalid-url"
        case .invalidChoice: "invalid-choice"
        case .outOfRange: "out-of-range"
        case .invalidLocale: "invalid-locale"
        case .invalidCountryCode: "invalid-country-code"
        case .duplicateEntry: "duplicate-entry"
        case .emptyText: "empty-text"
        case .unknownName(let kind, _, _, _, _): "unknown-\(kind)"
        case .documentNotWritten: "document-not-written"
        case .placeholderWithoutValue: "placeholder-without-value"
        case .letterOverOnePage: "letter-over-one-page"
        case .missingGlyph: "missing-glyph"
        case .rightToLeftText: "right-to-left-text"
        case .controlCharacterRemoved: "control-character-removed"
        case .doesNotFit: "does-not-fit"
        case .fontProblem: "font"
        case .renderFailed: "render-failed"
        case .overLinkedInLimit: "over-linkedin-limit"
        case .templateError: "template-error"
        case .unsafeLink: "unsafe-link"
        case .renamedField: "renamed-field"
        case .importing(let problem): problem.id
        case .postingTooLarge: "posting-too-large"
        case .binaryPosting: "binary-posting"
        case .invalidUTF8Replaced: "invalid-utf8-replaced"
        case .postingEntitiesIgnored: "entities-ignored"
        case .postingNestedTooDeep: "posting-nested-too-deep"
        case .unknownRole: "unknown-role"
        case .missingThemeFile: "missing-theme-file"
        case .noPostings: "no-postings"
        case .importNotValid: "import-not-valid"
        case .yamlTab: "yaml-tab"
        case .yamlStarText: "yaml-star-text"
        case .textReadAsList: "text-read-as-list"
        case .textReadAsEntry: "text-read-as-entry"
        case .valueReadAsText: "value-read-as-text"
        case .textInOtherLanguage: "text-in-other-language"
        case .canonicalNotOwn: "canonical-not-own"
        case .photoNotFetched: "photo-not-fetched"
        case .photoUnreadable: "photo-unreadable"
        case .unusedTag: "unused-tag"
        case .untranslated: "untranslated"
        case .translationUnknownField: "translation-unknown-field"
        case .dateRead: "date-read"
        case .urlSchemeAdded: "url-scheme-added"
        case .inlineHTMLRemoved: "inline-html"
        case .readAs: "read-as-other-format"
        case .invalidEnvironmentValue: "invalid-environment-value"
        case .check(let problem): problem.id
        }
    }

    public var summary: String {
        switch self {
        case .fileNotFound: "no such file"
        case .fileUnreadable(let reason): "cannot read the file: \(reason)"
        case .isDirectory: "is a folder, not a file"
        case .emptyFile: "the file is empty"
        case .fileTooLarge(let bytes, let limit, _):
            bytes.map { "the file is \(Self.megabytes($0)), over the \(Self.megabytes(limit)) limit" }
                ?? "the file is over the \(Self.megabytes(limit)) limit"
        case .invalidUTF8(let offset): "invalid UTF-8 at byte offset \(offset)"
        case .nulByte(let offset): "NUL byte at byte offset \(offset)"
        case .unsupportedEncoding(let name): "the file is encoded as \(name)"
        case .yamlSyntax(let message): "YAML syntax error: \(message)"
        case .jsonSyntax(let message, _): "JSON syntax error: \(message)"
        case .nestingTooDeep(let limit): "nested deeper than \(limit) levels"
        case .aliasExpansionTooLarge: "YAML aliases expand to too many values"
        case .multipleDocuments: "the file holds more than one YAML document"
        case .keyNotText: "a mapping key must be plain text"
        case .duplicateKey(let key, let first): "duplicate key \"\(key)\" (first at line \(first.line))"
        case .wrongType(let expected, let found, _): "expected \(expected), found \(found)"
        case .unknownKey(let key, _): "unknown key \"\(key)\""
        case .missingField(let name, _): "\(name) is missing"
        case .invalidDate(let text, let reason): "invalid date \"\(text)\": \(reason)"
        case .endBeforeStart(let end, let start): "ends (\(end)) before it starts (\(start))"
        case .invalidEmail(let text): "\"\(text)\" is not a valid e-mail address"
        case .invalidURL(let text, let reason): "\"\(text)\" is not a valid URL: \(reason)"
        case .invalidChoice(let text, _, _): "\"\(text)\" is not a known value"
        case .outOfRange(let value, _): "\(value) is out of range"
        case .invalidLocale(let text): "\"\(text)\" is not a locale code"
        case .invalidCountryCode(let text): "\"\(text)\" is not an ISO 3166-1 country code"
        case .duplicateEntry(let text, let first): "\"\(text)\" is listed twice (first at line \(first.line))"
        case .emptyText: "the text is empty"
        case .unknownName(let kind, let name, _, _, _): "unknown \(kind) \"\(name)\""
        case .documentNotWritten(let format, let reason): "the \(format) document could not be made: \(reason)"
        case .placeholderWithoutValue(let name, _): "nothing to fill {\(name)} with"
        case .letterOverOnePage(let pages): "the letter takes \(pages) pages"
        case .missingGlyph(let code, let character, let count, let script, _):
            count == 1 ? "no font has the character \(code) \"\(character)\"; it is shown as \u{FFFD}"
                       : "no font has \(count) characters (\(script), first \(code) \"\(character)\"); they are shown as \u{FFFD}"
        case .rightToLeftText(let code, let character, let count, let script):
            "right-to-left text is not supported yet: \(count == 1 ? "the character" : "\(count) characters (\(script), first")"
                + " \(code) \"\(character)\"\(count == 1 ? " is" : ") are") shown as \u{FFFD}"
        case .controlCharacterRemoved(let code): "the invisible control character \(code) was removed"
        case .doesNotFit(let max, let needed, let over, _):
            "the résumé needs \(needed) pages but may have \(max): about \(over) line\(over == 1 ? "" : "s") too many, even at the tightest spacing and smallest type the theme allows"
        case .fontProblem(let message): message
        case .renderFailed(let message): message
        case .templateError(let message): "template error: \(message)"
        case .renamedField(let from, let to): "the pre-1.0 field \"\(from)\" was read as \"\(to)\""
        case .importing(let problem): problem.summary
        case .postingTooLarge(let limit): "the posting is over \(limit / 1_048_576) MB"
        case .binaryPosting: "this is not a text or HTML file"
        case .invalidUTF8Replaced(let offset): "invalid UTF-8 from byte offset \(offset) was read as \u{FFFD}"
        case .postingEntitiesIgnored: "the page declares entities in a DTD; they were not loaded"
        case .postingNestedTooDeep(let limit): "the page nests elements deeper than \(limit) levels; what lies deeper, and may be after it, was not read"
        case .unknownRole(let name, _, _): "unknown role \"\(name)\""
        case .unsafeLink(let text, let scheme): "\"\(text)\" will be shown as text, not a link: \"\(scheme):\" links are never made"
        case .missingThemeFile(let theme, let file): "the theme \"\(theme)\" has no \(file)"
        case .noPostings: "no .txt, .md or .html postings in this folder"
        case .importNotValid: "the imported profile would not load back as a valid profile; nothing was written"
        case .yamlTab: "a tab character: YAML indents with spaces only"
        case .yamlStarText: "text that starts with * is read as a YAML alias"
        case .textReadAsList(let count): "one text where a list belongs was split at its commas into \(count) item\(count == 1 ? "" : "s")"
        case .textReadAsEntry(let field): "a text where an entry belongs was read as its \(field)"
        case .valueReadAsText(let found, let text): "\(found) where text belongs was read as the text \"\(text)\""
        case .textInOtherLanguage(_, let name): "the text reads as \(name), but headings, months and \"present\" are in English"
        case .photoNotFetched(let url): "the photo \(url) is on the web; cvbuild never fetches anything, so the résumé has no photo"
        case .photoUnreadable(let path, let reason): "the photo \(path) cannot be used: \(reason); the résumé has no photo"
        case .unusedTag(let tag, let used):
            "no entry has the tag \"\(tag)\"" + (used.isEmpty ? "; the profile tags nothing" : " (tags used: \(used.joined(separator: ", ")))")
        case .untranslated(let locale): "no \(locale) translation; the main text is shown"
        case .translationUnknownField(let field, let suggestion):
            "\(field) is not in the main profile, so there is nothing to translate" + (suggestion.map { " (did you mean \($0)?)" } ?? "")
        case .canonicalNotOwn(let canonical, let used):
            "\(canonical) is not on your own site (basics.url), so the page does not name it as its address"
                + (used.map { "; it names \($0)" } ?? "")
        case .dateRead(let text, let iso): "\"\(text)\" was read as \(iso)"
        case .urlSchemeAdded(let text, let fixed): "\"\(text)\" has no http:// or https://; it was read as \(fixed)"
        case .inlineHTMLRemoved(let tags): "HTML tags (\(tags.map { "<\($0)>" }.joined(separator: ", "))) were removed and their text kept"
        case .readAs(let format, _): "read as \(format), converted in memory"
        case .invalidEnvironmentValue(let value, _): "\"\(value)\" is not a valid value"
        case .check(let problem): problem.summary
        case .overLinkedInLimit(let field, let length, let limit, _):
            "LinkedIn \(field) is \(NumberText.grouped(length)) characters, \(NumberText.grouped(length - limit)) over LinkedIn's reported limit of \(NumberText.grouped(limit))"
        }
    }

    public var expected: String? {
        switch self {
        case .fileNotFound(let kind), .isDirectory(let kind): kind.expectedFile
        case .fileUnreadable, .documentNotWritten: nil
        case .placeholderWithoutValue(_, let reason): reason
        case .letterOverOnePage: "a cover letter is read on one page; shorten its paragraphs"
        case .emptyFile(let kind): kind.expectedContent
        case .fileTooLarge(_, _, let kind): "\(kind.article) is a few kilobytes; is this the right file?"
        case .invalidUTF8: "save the file as UTF-8"
        case .nulByte: "a text file; is this a binary file?"
        case .unsupportedEncoding: "save the file as UTF-8"
        case .yamlSyntax: nil
        case .jsonSyntax(_, let expected): expected
        case .nestingTooDeep: "a profile needs only a few levels"
        case .aliasExpansionTooLarge(let limit): "at most \(limit) values after expanding aliases"
        case .multipleDocuments: "one document per file; remove the extra `---`"
        case .keyNotText: nil
        case .duplicateKey: "each key once per mapping"
        case .wrongType(_, _, let hint): hint
        case .unknownKey(_, let suggestion): suggestion.map { "did you mean \"\($0)\"?" }
        case .missingField(_, let reason): reason
        case .invalidDate: "YYYY, YYYY-MM or YYYY-MM-DD"
        case .endBeforeStart: "an end date on or after the start date"
        case .invalidEmail: "an address like name@example.com"
        case .invalidURL: "an absolute http:// or https:// URL"
        case .invalidChoice(_, let choices, let suggestion):
            (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "one of: " + choices.joined(separator: ", ")
        case .outOfRange(_, let range): range
        case .invalidLocale: "a language code such as en, zh, de, fr, es or en-GB"
        case .invalidCountryCode: "two capital letters, such as US, DE or CN"
        case .duplicateEntry: "each value once"
        case .emptyText: "some text, or remove the line"
        case .missingGlyph(_, _, _, _, let install):
            install.map { "install \($0), or point --font-dir at a folder with a font that has them" }
                ?? "remove the character, or add a fallback font that has it to the theme"
        case .rightToLeftText: "cvbuild sets left-to-right scripts only; the web page (--format html) shows this text as written"
        case .controlCharacterRemoved: nil
        case .doesNotFit(_, _, _, let longest): "shorten the longest sections: \(longest)"
        case .fontProblem, .renderFailed, .templateError: nil
        case .missingThemeFile: "an HTML theme folder holds page.mustache and style.css"
        case .noPostings: "job postings saved as .txt, .md or .html"
        case .importNotValid: "this is a bug in cvbuild's importer; please report it with the file"
        case .yamlTab: "replace the tab with spaces"
        case .yamlStarText: "put the text in quotes: \"**Name** …\""
        case .textReadAsList: "a list, one item per line starting with \"- \""
        case .textReadAsEntry(let field): "an entry such as {\(field): …}"
        case .valueReadAsText(_, let text): "put it in quotes: \"\(text)\""
        case .textInOtherLanguage(let code, _): "set cvbuild.locale: \(code) in the profile, or pass --locale \(code)"
        case .canonicalNotOwn: "set meta.canonical to the page's address on your site, or remove it"
        case .photoNotFetched: "download it and give its path beside the profile (basics.image: photo.jpg), or pass --no-photo"
        case .photoUnreadable: "a PNG or JPEG file, its path relative to the profile (or pass --no-photo)"
        case .unusedTag: "tag entries with cvbuild: {tags: [...]}, or check the spelling"
        case .untranslated: "add it to the translation file at the same place"
        case .translationUnknownField: "the same field path as in the main profile (list entries by position)"
        case .dateRead(_, let iso): "write it as \"\(iso)\" (YYYY, YYYY-MM or YYYY-MM-DD)"
        case .urlSchemeAdded(_, let fixed): "write the whole address: \(fixed)"
        case .inlineHTMLRemoved: "plain text; with cvbuild.markup: inline, **bold** and *italic* are shown as such"
        case .readAs(_, let command): "`\(command)` writes it as a cvbuild profile you can edit and keep"
        case .invalidEnvironmentValue(_, let expected): expected
        case .check(let problem): problem.expected
        case .unsafeLink: "only http, https, mailto and tel links are made"
        case .renamedField(_, let to): "JSON Resume 1.0 calls it \(to)"
        case .importing(let problem): problem.expected
        case .postingTooLarge: "a job posting is a few kilobytes; save just the posting's page or text"
        case .binaryPosting: "a posting as .txt, .md or a saved .html page"
        case .invalidUTF8Replaced: "save the posting as UTF-8"
        case .postingEntitiesIgnored: "cvbuild never fetches or expands external entities"
        case .postingNestedTooDeep: "save the posting's text as a .txt file instead"
        case .unknownRole(_, let roles, let suggestion): (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "one of: " + roles.joined(separator: ", ")
        case .overLinkedInLimit(_, _, _, let note): "shorten it; cvbuild never cuts text" + (note.map { "; \($0)" } ?? "")
        case .unknownName(_, _, let choices, let suggestion, let extra):
            [suggestion.map { "did you mean \"\($0)\"?" },
             choices.isEmpty ? nil : "one of: " + choices.joined(separator: ", ") + (extra.map { "; \($0)" } ?? ""),
             choices.isEmpty ? extra : nil].compactMap { $0 }.joined(separator: " ")
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let mb = Double(bytes) / 1_048_576
        return mb >= 10 || mb == mb.rounded() ? "\(Int(mb.rounded())) MB" : String(format: "%.1f MB", mb)
    }
}
