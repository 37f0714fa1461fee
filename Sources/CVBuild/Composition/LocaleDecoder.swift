/// Reads a locale file (`Data/locales/<code>.yaml`) into `LocaleData`.
enum LocaleDecoder {
    static func decode(_ source: SourceText) -> Outcome<LocaleData> {
        DataFileDecoding.decode(source) { reader, root in
            let keys = ["code", "name", "sections", "months", "monthsLong", "monthYear", "present", "dateRange", "page",
                        "credential", "expires", "skipToContent", "downloadPDF"]
            guard let f = reader.fields(of: root, path: "", known: keys) else { return nil }
            var titles: [SectionID: String] = [:]
            if let node = f["sections"], let s = reader.fields(of: node, path: "sections", known: SectionID.allCases.map(\.rawValue)) {
                for id in SectionID.allCases {
                    if let title = reader.requiredText(s, id.rawValue) { titles[id] = title }
                }
            }
            let months = reader.textList(f, "months"), monthsLong = reader.textList(f, "monthsLong")
            for (key, list) in [("months", months), ("monthsLong", monthsLong)] where list.count != 12 {
                reader.report(.error, .outOfRange(value: "\(list.count) names", range: "12 month names"),
                              at: f[key]?.position ?? f.position, path: key)
            }
            guard let code = reader.requiredText(f, "code"), let name = reader.requiredText(f, "name"),
                  let monthYear = reader.requiredText(f, "monthYear"), let present = reader.requiredText(f, "present"),
                  let dateRange = reader.requiredText(f, "dateRange"), let page = reader.requiredText(f, "page"),
                  let credential = reader.requiredText(f, "credential"), let expires = reader.requiredText(f, "expires"),
                  let skip = reader.requiredText(f, "skipToContent"), let download = reader.requiredText(f, "downloadPDF"),
                  titles.count == SectionID.allCases.count, months.count == 12, monthsLong.count == 12 else { return nil }
            return LocaleData(code: code, name: name, sectionTitles: titles, months: months, monthsLong: monthsLong,
                              monthYear: monthYear, present: present, dateRange: dateRange, page: page,
                              credential: credential, expires: expires, skipToContent: skip, downloadPDF: download)
        }
    }
}
