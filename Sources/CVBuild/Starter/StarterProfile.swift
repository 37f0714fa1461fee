/// The commented profile `cvbuild init` writes: valid as it stands, so the first `validate`
/// and `render` succeed, and every line says what to change.
package enum StarterProfile {
    package static let yaml = #"""
# cvbuild profile: one file for your PDF résumé, web page and LinkedIn text.
# The format is JSON Resume 1.0 (https://jsonresume.org/schema) written as YAML;
# cvbuild's own settings live under the `cvbuild:` key at the end.
# Check it any time with:  cvbuild validate FILE
#
# Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD" (keep the quotes). Leave out endDate,
# or write `endDate: present`, for something still going on.

basics:
  name: Your Name
  label: Machine Learning Engineer          # the title under your name
  email: you@example.com
  phone: "+1-555-0100"                      # quoted, so YAML keeps it as text
  url: https://your-site.example.com/
  summary: >-
    Two or three sentences on what you build, with what, and for whom. Name the
    kind of models and systems you work on and the results they had.
  location:
    city: Your City
    region: Your Region
    countryCode: US                          # two letters (ISO 3166-1)
  profiles:
    - network: GitHub
      username: your-handle
      url: https://github.com/your-handle
    - network: LinkedIn
      username: your-handle
      url: https://www.linkedin.com/in/your-handle

work:
  - name: Company Name
    position: Machine Learning Engineer
    location: City, Region
    url: https://company.example.com/
    startDate: "2023-01"
    # no endDate: you work here now
    highlights:
      - Start with a verb, say what you built and measure the result (latency, accuracy, money, time).
      - Name the tools you used, such as PyTorch, scikit-learn, Docker or Airflow.

projects:
  - name: Portfolio Project
    url: https://github.com/your-handle/project
    startDate: "2024"
    endDate: "2024"
    description: One line on the problem and the data.
    highlights:
      - What you did and how well it worked, with a number.
    keywords: [Python, pandas, scikit-learn]

education:
  - institution: University Name
    area: Computer Science
    studyType: BSc
    startDate: "2018"
    endDate: "2022"

certificates:
  - name: Certificate Name
    issuer: Issuing Organization
    date: "2024-05"
    url: https://credentials.example.com/your-certificate
    cvbuild:
      credentialId: ABC-123                  # optional; shown on LinkedIn
      expiryDate: "2027-05"                  # optional

skills:
  - name: Programming
    keywords: [Python, SQL]
  - name: Machine learning
    keywords: [scikit-learn, PyTorch, XGBoost]
  - name: MLOps
    keywords: [Docker, Git, MLflow]

languages:
  - language: English
    fluency: Native speaker

# cvbuild's settings; every key is optional.
cvbuild:
  theme: classic        # classic, modern or compact
  locale: en            # en, zh, de, fr or es: headings, month names, "present"
  pageSize: a4          # a4 or letter
  maxPages: 2           # the PDF must fit this many pages
  targetRole: ml-engineer

"""#

    /// The starter for a file of this name: its comment names the file to validate.
    package static func yaml(fileName: String) -> String {
        yaml.replacingOccurrences(of: "cvbuild validate FILE", with: "cvbuild validate \(fileName)")
    }
}
