import Foundation

/// Each recognised RenderCV entry made into the entry of the cvbuild section it was placed in.
extension RenderCVConversion {
    func addSummary(_ e: Entry) -> Bool {
        var paragraph = e.line
        if e.kind == .oneLine, let f = e.fields {
            let parts = [reader.scalarText(f, "label"), prose(f, "details")].compactMap { $0 }
            paragraph = parts.isEmpty ? nil : parts.joined(separator: ": ")
        }
        guard let paragraph else { return false }
        summaryParts.append(paragraph)
        return true
    }

    func work(_ e: Entry) -> Work {
        var w = Work()
        guard !e.kind.isTextLike, let f = e.fields else {
            if e.kind == .text { w.summary = e.line } else { w.highlights = e.line.map { [$0] } ?? [] }
            return w
        }
        (w.name, w.url) = linkedName(f, e.kind == .experience ? "company" : "name")
        if e.kind == .experience { w.position = reader.scalarText(f, "position") }
        w.location = reader.scalarText(f, "location")
        let d = dates(f)
        (w.startDate, w.endDate) = range(d)
        w.datesText = d.text
        w.summary = prose(f, "summary")
        w.highlights = proseList(f, "highlights")
        return w
    }

    func volunteer(_ e: Entry) -> Volunteer {
        var v = Volunteer()
        guard !e.kind.isTextLike, let f = e.fields else {
            if e.kind == .text { v.summary = e.line } else { v.highlights = e.line.map { [$0] } ?? [] }
            return v
        }
        (v.organization, v.url) = linkedName(f, e.kind == .experience ? "company" : "name")
        if e.kind == .experience { v.position = reader.scalarText(f, "position") }
        let d = dates(f)
        (v.startDate, v.endDate) = range(d)
        v.datesText = d.text
        v.summary = prose(f, "summary")
        v.highlights = proseList(f, "highlights")
        return v
    }

    func education(_ e: Entry) -> Education {
        var ed = Education()
        guard !e.kind.isTextLike, let f = e.fields else {
            ed.highlights = e.line.map { [$0] } ?? []
            return ed
        }
        (ed.institution, ed.url) = linkedName(f, e.kind == .education ? "institution" : e.kind == .experience ? "company" : "name")
        if e.kind == .education {
            ed.area = reader.scalarText(f, "area")
            ed.studyType = reader.scalarText(f, "degree")
        } else if e.kind == .experience {
            ed.area = reader.scalarText(f, "position")
        }
        let d = dates(f)
        (ed.startDate, ed.endDate) = range(d)
        ed.datesText = d.text
        ed.location = reader.scalarText(f, "location")
        ed.highlights = proseList(f, "highlights")
        if let node = f.take("summary"), let summary = prose(node, path: f.child("summary")) {
            ed.highlights.insert(summary, at: 0)
            inform(.summaryBecameHighlight, at: node.position, path: f.child("summary"))
        }
        return ed
    }

    func project(_ e: Entry) -> Project {
        var p = Project()
        guard !e.kind.isTextLike, let f = e.fields else {
            if e.kind == .text { p.description = e.line } else { p.highlights = e.line.map { [$0] } ?? [] }
            return p
        }
        if e.kind == .oneLine {
            p.name = reader.scalarText(f, "label")
            p.description = prose(f, "details")
            return p
        }
        (p.name, p.url) = linkedName(f, e.kind == .experience ? "company" : "name")
        if e.kind == .experience, let role = reader.scalarText(f, "position") { p.roles = [role] }
        let d = dates(f)
        (p.startDate, p.endDate) = range(d)
        p.datesText = d.text
        p.description = prose(f, "summary")
        p.highlights = proseList(f, "highlights")
        return p
    }

    func publication(_ e: Entry) -> Publication {
        var pub = Publication()
        guard !e.kind.isTextLike, let f = e.fields else {
            pub.name = e.line
            return pub
        }
        if e.kind == .normal {
            (pub.name, pub.url) = linkedName(f, "name")
            pub.publisher = reader.scalarText(f, "location")
            pub.releaseDate = oneDate(dates(f, keepsText: false), f, what: "publications")
            pub.summary = prose(f, "summary")
            return pub
        }
        (pub.name, pub.url) = linkedName(f, "title")
        // JSON Resume has no authors: they open the summary, as RenderCV prints them under the title.
        let authors = proseList(f, "authors")
        let parts = [authors.isEmpty ? nil : authors.joined(separator: ", "), prose(f, "summary")].compactMap { $0 }
        pub.summary = parts.isEmpty ? nil : parts.joined(separator: "\n")
        pub.publisher = reader.scalarText(f, "journal")
        pub.releaseDate = oneDate(dates(f, keepsText: false), f, what: "publications")
        // RenderCV links the DOI when there is one and ignores `url`; so does the importer.
        if let node = f.take("doi"), let doi = reader.scalarText(node, path: f.child("doi")) {
            let link = "https://doi.org/\(doi)"
            if let reason = Address.urlProblem(link) {
                warn(.invalidDOI(doi: doi, reason: reason), at: node.position, path: f.child("doi"))
            } else {
                pub.url = link
            }
        }
        if let node = f.take("url"), let url = reader.scalarText(node, path: f.child("url")) {
            if pub.url != nil {
                warn(.urlBesideDOI, at: node.position, path: f.child("url"))
            } else if let reason = Address.urlProblem(url) {
                warn(.invalidAddress(what: "url", address: url, reason: reason), at: node.position, path: f.child("url"))
            } else {
                pub.url = url
            }
        }
        return pub
    }

    func certificate(_ e: Entry) -> Certificate {
        var c = Certificate()
        guard !e.kind.isTextLike, let f = e.fields else {
            c.name = e.line
            return c
        }
        (c.name, c.url) = linkedName(f, "name")
        let d = dates(f)
        if let single = d.single {
            c.date = single
        } else {
            c.date = d.start
            c.expiryDate = d.end?.date
        }
        c.issuer = reader.scalarText(f, "location")
        // A certificate has no text of its own: "Credential ID: …" and "Expires: …" lines go to
        // the cvbuild extras; anything else is reported.
        var lines: [(String, SourceNode, String)] = []
        if let node = f.take("summary"), let summary = reader.scalarText(node, path: f.child("summary")) {
            lines.append((summary, node, f.child("summary")))
        }
        for (node, path) in reader.items(f, "highlights") {
            if let line = reader.scalarText(node, path: path) { lines.append((line, node, path)) }
        }
        for (line, node, path) in lines {
            if c.credentialID == nil, let id = Self.labelledValue(line, labels: ["credential id", "credential", "id", "license number", "licence number"]) {
                c.credentialID = id
            } else if c.expiryDate == nil,
                      let raw = Self.labelledValue(line, labels: ["expires", "expiry", "expiry date", "expiration", "expiration date", "valid until"]),
                      case .success(let expiry) = PartialDate.parse(raw), !(c.date.map { expiry.isCertainlyBefore($0) } ?? false) {
                c.expiryDate = expiry
            } else {
                warn(.certificateTextNotImported(line: line), at: node.position, path: path)
            }
        }
        return c
    }

    func skill(_ e: Entry) -> Skill {
        var s = Skill()
        if e.kind == .oneLine, let f = e.fields {
            s.name = reader.scalarText(f, "label")
            s.keywords = reader.scalarText(f, "details").map(Self.keywords) ?? []
        } else if let line = e.line {
            if case let (label, rest)? = Self.labelled(line) {
                s.name = label
                s.keywords = Self.keywords(rest)
            } else {
                s.name = line
            }
        }
        return s
    }

    func award(_ e: Entry) -> Award {
        var a = Award()
        guard !e.kind.isTextLike, let f = e.fields else {
            a.title = e.line
            return a
        }
        if e.kind == .oneLine {
            a.title = reader.scalarText(f, "label")
            a.summary = prose(f, "details")
            return a
        }
        a.title = linkedName(f, "name", keepsURL: false, what: "awards").0
        a.date = oneDate(dates(f, keepsText: false), f, what: "awards")
        a.awarder = reader.scalarText(f, "location")
        let parts = [prose(f, "summary")].compactMap { $0 } + proseList(f, "highlights")
        a.summary = parts.isEmpty ? nil : parts.joined(separator: "\n")
        return a
    }

    func language(_ e: Entry) -> Language {
        var l = Language()
        if e.kind == .oneLine, let f = e.fields {
            l.language = reader.scalarText(f, "label")
            l.fluency = reader.scalarText(f, "details")
        } else if let line = e.line {
            if case let (name, fluency)? = Self.labelled(line) ?? Self.parenthesised(line) {
                l.language = name
                l.fluency = fluency
            } else {
                l.language = line
            }
        }
        return l
    }

    func interest(_ e: Entry) -> Interest {
        var i = Interest()
        guard !e.kind.isTextLike, let f = e.fields else {
            if let line = e.line, case let (name, rest)? = Self.labelled(line) {
                i.name = name
                i.keywords = Self.keywords(rest)
            } else {
                i.name = e.line
            }
            return i
        }
        if e.kind == .oneLine {
            i.name = reader.scalarText(f, "label")
            i.keywords = reader.scalarText(f, "details").map(Self.keywords) ?? []
        } else {
            i.name = linkedName(f, "name", keepsURL: false, what: "interests").0
            i.keywords = proseList(f, "highlights")
        }
        return i
    }

    func reference(_ e: Entry) -> Reference {
        var r = Reference()
        guard !e.kind.isTextLike, let f = e.fields else {
            r.reference = e.line
            return r
        }
        if e.kind == .oneLine {
            r.name = reader.scalarText(f, "label")
            r.reference = prose(f, "details")
        } else {
            r.name = linkedName(f, "name", keepsURL: false, what: "references").0
            let parts = [prose(f, "summary")].compactMap { $0 } + proseList(f, "highlights")
            r.reference = parts.isEmpty ? nil : parts.joined(separator: "\n")
        }
        return r
    }
}
