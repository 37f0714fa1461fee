/// Every character the view can draw, so that fonts are loaded only for what a document needs
/// (a fallback face for Chinese is a 20 MB collection; most résumés never reach it).
extension ResumeView {
    package var characters: Set<Unicode.Scalar> {
        var texts = [name.text, headline?.text ?? "", locale.page, locale.credential, locale.expires, locale.present]
        texts += contacts.map(\.text.text)
        for section in sections {
            texts.append(section.title)
            texts.append(section.title.uppercased())
            for item in section.items {
                switch item {
                case .paragraph(let text): texts.append(text.text)
                case .labeled(let label, let text): texts += [label?.text ?? "", text.text]
                case .entry(let e):
                    texts += [e.title?.text, e.dates, e.subtitle?.text, e.location?.text, e.note?.text, e.credentialID?.text, e.expires]
                        .compactMap { $0 }
                    texts += (e.paragraphs + e.bullets).map(\.text)
                }
            }
        }
        var all = Set<Unicode.Scalar>()
        for text in texts { all.formUnion(text.unicodeScalars) }
        return all
    }
}
