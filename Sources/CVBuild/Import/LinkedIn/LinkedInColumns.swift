extension LinkedInImporter {
    /// Each file's columns: those whose presence marks the header row, those cvbuild reads (with
    /// the 2018 and 2023 names of a column side by side: Started On, Start Date), and those it
    /// knows and leaves out on purpose. Any other column with values is reported.
    static func columns(_ kind: LinkedInArchive.Kind) -> (required: [String], read: [String], skipped: [String]) {
        switch kind {
        case .profile:
            (["First Name", "Last Name"],
             ["First Name", "Last Name", "Headline", "Summary", "Geo Location", "Address", "Zip Code", "Country",
              "Websites", "Twitter Handles"],
             ["Maiden Name", "Birth Date", "Industry", "Instant Messengers", "Contact Instructions"])
        case .positions:
            (["Company Name", "Title"],
             ["Company Name", "Title", "Description", "Location", "Started On", "Start Date", "Finished On", "End Date"], [])
        case .education:
            (["School Name"],
             ["School Name", "Start Date", "Started On", "End Date", "Finished On", "Notes", "Degree Name", "Activities"], [])
        case .skills:
            (["Name"], ["Name"], [])
        case .certifications:
            (["Name"], ["Name", "Url", "Authority", "Started On", "Start Date", "Finished On", "End Date", "License Number"], [])
        case .projects:
            (["Title"], ["Title", "Description", "Url", "Started On", "Start Date", "Finished On", "End Date"], [])
        case .languages:
            (["Name"], ["Name", "Proficiency"], [])
        case .courses:
            (["Name"], ["Name", "Number"], [])
        case .emailAddresses:
            (["Email Address"], ["Email Address", "Primary"], ["Confirmed", "Updated On"])
        case .phoneNumbers:
            (["Number"], ["Number", "Extension"], ["Type"])
        case .honors:
            (["Title"], ["Title", "Description", "Issued On", "Issue Date", "Issuer"], [])
        case .publications:
            (["Name"], ["Name", "Published On", "Description", "Publisher", "Url"], [])
        case .volunteering:
            (["Role"], ["Company Name", "Role", "Cause", "Started On", "Start Date", "Finished On", "End Date", "Description"], [])
        }
    }
}
