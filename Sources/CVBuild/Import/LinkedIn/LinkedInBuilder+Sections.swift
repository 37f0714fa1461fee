import Foundation

/// The other files, one profile section each: a row is an entry, and a row that adds nothing is skipped.
extension LinkedInImporter.Builder {
    func readPositions(_ s: Sheet) {
        for row in s.table.rows {
            let path = "work[\(profile.work.count)]"
            var w = Work()
            w.name = text(s.cell(row, "Company Name"))
            w.position = text(s.cell(row, "Title"))
            w.location = text(s.cell(row, "Location"))
            (w.summary, w.highlights) = described(s.cell(row, "Description"))
            w.startDate = date(s.cell(row, "Started On", "Start Date"), path: "\(path).startDate")
            // An empty Finished On is a current job: no end date.
            w.endDate = endDate(s.cell(row, "Finished On", "End Date"), start: w.startDate, path: "\(path).endDate").map { .date($0) }
            if w != Work() { profile.work.append(w) }
        }
    }

    func readEducation(_ s: Sheet) {
        for row in s.table.rows {
            let path = "education[\(profile.education.count)]"
            var e = Education()
            e.institution = text(s.cell(row, "School Name"))
            if let degree = text(s.cell(row, "Degree Name"))?.replacingOccurrences(of: "\n", with: " ") {
                (e.studyType, e.area) = Self.splitDegree(degree)
            }
            e.startDate = date(s.cell(row, "Start Date", "Started On"), path: "\(path).startDate")
            e.endDate = endDate(s.cell(row, "End Date", "Finished On"), start: e.startDate, path: "\(path).endDate").map { .date($0) }
            let notes = described(s.cell(row, "Notes"))
            e.highlights = (notes.text.map { [$0] } ?? []) + notes.bullets
            if let activities = text(s.cell(row, "Activities"), html: true) {
                e.highlights.append("Activities and societies: " + activities.replacingOccurrences(of: "\n", with: "; "))
            }
            if e != Education() { profile.education.append(e) }
        }
    }

    /// "Master of Science - MS, Computer Science" → ("Master of Science - MS", "Computer Science");
    /// "Master of Computer Applications - MCA" has no field of study after a comma.
    static func splitDegree(_ degree: String) -> (studyType: String?, area: String?) {
        guard let comma = degree.firstIndex(of: ",") else { return (degree, nil) }
        let type = degree[..<comma].trimmedSpaces
        let area = degree[degree.index(after: comma)...].trimmedSpaces
        return (type.isEmpty ? nil : type, area.isEmpty ? nil : area)
    }

    func readCourses(_ s: Sheet) {
        var courses: [String] = []
        var first: Cell?
        for row in s.table.rows {
            guard let cell = s.cell(row, "Name"), let name = text(cell) else { continue }
            first = first ?? cell
            if let number = text(s.cell(row, "Number")) { courses.append("\(name) (\(number))") } else { courses.append(name) }
        }
        guard let first, !courses.isEmpty else { return }
        guard !profile.education.isEmpty else {
            note(.warning, .coursesWithoutEducation(count: courses.count), at: first.location)
            return
        }
        let index = profile.education.count - 1
        profile.education[index].courses += courses
        note(.note, .coursesAdded(count: courses.count, school: profile.education[index].institution),
             at: first.location, path: "education[\(index)].courses")
    }

    func readSkills(_ s: Sheet) {
        var keywords: [String] = []
        for row in s.table.rows {
            guard let name = text(s.cell(row, "Name"))?.replacingOccurrences(of: "\n", with: " ") else { continue }
            if !keywords.contains(where: { $0.lowercased() == name.lowercased() }) { keywords.append(name) }
        }
        guard !keywords.isEmpty else { return }
        var skill = Skill()
        skill.name = "Skills"
        skill.keywords = keywords
        profile.skills.append(skill)
    }

    func readCertifications(_ s: Sheet) {
        for row in s.table.rows {
            let path = "certificates[\(profile.certificates.count)]"
            var c = Certificate()
            c.name = text(s.cell(row, "Name"))
            // Often empty: no URL is no problem.
            c.url = url(s.cell(row, "Url"), path: "\(path).url")
            c.issuer = text(s.cell(row, "Authority"))
            c.credentialID = text(s.cell(row, "License Number"))
            c.date = date(s.cell(row, "Started On", "Start Date"), path: "\(path).date")
            c.expiryDate = endDate(s.cell(row, "Finished On", "End Date"), start: c.date, path: "\(path).cvbuild.expiryDate")
            if c != Certificate() { profile.certificates.append(c) }
        }
    }

    func readProjects(_ s: Sheet) {
        for row in s.table.rows {
            let path = "projects[\(profile.projects.count)]"
            var p = Project()
            p.name = text(s.cell(row, "Title"))
            (p.description, p.highlights) = described(s.cell(row, "Description"))
            p.url = url(s.cell(row, "Url"), path: "\(path).url")
            p.startDate = date(s.cell(row, "Started On", "Start Date"), path: "\(path).startDate")
            p.endDate = endDate(s.cell(row, "Finished On", "End Date"), start: p.startDate, path: "\(path).endDate").map { .date($0) }
            if p != Project() { profile.projects.append(p) }
        }
    }

    func readLanguages(_ s: Sheet) {
        for row in s.table.rows {
            var l = Language()
            l.language = text(s.cell(row, "Name"))
            l.fluency = text(s.cell(row, "Proficiency"))
            if l != Language() { profile.languages.append(l) }
        }
    }

    func readHonors(_ s: Sheet) {
        for row in s.table.rows {
            let path = "awards[\(profile.awards.count)]"
            var a = Award()
            a.title = text(s.cell(row, "Title"))
            a.summary = text(s.cell(row, "Description"), html: true)
            a.awarder = text(s.cell(row, "Issuer"))
            a.date = date(s.cell(row, "Issued On", "Issue Date"), path: "\(path).date")
            if a != Award() { profile.awards.append(a) }
        }
    }

    func readPublications(_ s: Sheet) {
        for row in s.table.rows {
            let path = "publications[\(profile.publications.count)]"
            var p = Publication()
            p.name = text(s.cell(row, "Name"))
            p.publisher = text(s.cell(row, "Publisher"))
            p.summary = text(s.cell(row, "Description"), html: true)
            p.url = url(s.cell(row, "Url"), path: "\(path).url")
            p.releaseDate = date(s.cell(row, "Published On"), path: "\(path).releaseDate")
            if p != Publication() { profile.publications.append(p) }
        }
    }

    func readVolunteering(_ s: Sheet) {
        for row in s.table.rows {
            let path = "volunteer[\(profile.volunteer.count)]"
            var v = Volunteer()
            v.organization = text(s.cell(row, "Company Name"))
            v.position = text(s.cell(row, "Role"))
            (v.summary, v.highlights) = described(s.cell(row, "Description"))
            if let cause = text(s.cell(row, "Cause")) { v.highlights.insert("Cause: \(cause)", at: 0) }
            v.startDate = date(s.cell(row, "Started On", "Start Date"), path: "\(path).startDate")
            v.endDate = endDate(s.cell(row, "Finished On", "End Date"), start: v.startDate, path: "\(path).endDate").map { .date($0) }
            if v != Volunteer() { profile.volunteer.append(v) }
        }
    }
}
