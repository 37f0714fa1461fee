/// A contact icon as vector parts (`Data/icons.yaml`), on a 24-unit grid with y downwards.
package struct IconShape: Hashable, Sendable {
    package enum Paint: Hashable, Sendable {
        case fill
        case stroke(Double)
        /// Filled with white: a hole in the part before it.
        case knockout
    }

    package enum Command: Hashable, Sendable {
        case move(Double, Double)
        case line(Double, Double)
        case curve(Double, Double, Double, Double, Double, Double)
        case close
        case circle(Double, Double, Double)
        case rectangle(Double, Double, Double, Double)
    }

    package struct Part: Hashable, Sendable {
        package var paint: Paint
        package var commands: [Command]
    }

    package var parts: [Part]
}

/// The icons, read once from the embedded data file.
package enum IconCatalog {
    package static let decoded: Outcome<[String: IconShape]> = {
        let key = "Data/icons.yaml"
        guard let text = DataFiles.text(key) else {
            return .failure(Diagnostic(.error, .missingField(name: key, reason: "cvbuild was built without it"), at: SourceLocation(file: key)))
        }
        let source = SourceText(path: key, text: text)
        return DataFileDecoding.decode(source) { reader, root in
            guard let icons = reader.fields(of: root, path: "", expected: "a mapping of icon names to lists of parts") else { return nil }
            var out: [String: IconShape] = [:]
            for name in icons.pairs.map(\.key) {
                let parts = reader.list(icons, name) { node, path -> IconShape.Part? in
                    guard let f = reader.fields(of: node, path: path, known: ["fill", "stroke", "knockout", "path"]),
                          let text = reader.requiredText(f, "path") else { return nil }
                    guard let commands = commands(text) else {
                        reader.report(.error, .invalidChoice(text: text, choices: ["M x y", "L x y", "C x1 y1 x2 y2 x y", "Z", "O cx cy r", "R x y w h"],
                                                             suggestion: nil), at: f["path"]?.position ?? f.position, path: f.child("path"))
                        return nil
                    }
                    let paint: IconShape.Paint = f["stroke"] != nil ? .stroke(reader.number(f, "stroke", in: 0.1...6) ?? 1)
                        : reader.boolean(f, "knockout", default: false) ? .knockout : .fill
                    return IconShape.Part(paint: paint, commands: commands)
                }
                out[name] = IconShape(parts: parts)
            }
            return out
        }
    }()

    /// The icon for a contact item: its kind, and for a profile link the site it is on.
    package static func icon(for contact: Contact) -> IconShape? {
        let icons = decoded.value ?? [:]
        switch contact.kind {
        case .email: return icons["email"]
        case .phone: return icons["phone"]
        case .location: return icons["location"]
        case .website: return icons["web"]
        case .profile:
            let text = (contact.url ?? contact.text.text).lowercased()
            if text.contains("linkedin.") { return icons["linkedin"] }
            if text.contains("github.") || text.contains("gitlab.") { return icons["github"] }
            return icons["web"]
        }
    }

    /// "M 3 6 L 12 13" → commands; nil when a letter is unknown or a number is missing.
    static func commands(_ text: String) -> [IconShape.Command]? {
        let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var out: [IconShape.Command] = []
        var i = 0
        func numbers(_ n: Int) -> [Double]? {
            guard i + n < tokens.count else { return nil }
            let values = tokens[(i + 1)...].prefix(n).compactMap(Double.init)
            guard values.count == n else { return nil }
            i += n + 1
            return values
        }
        while i < tokens.count {
            switch tokens[i] {
            case "M": guard let v = numbers(2) else { return nil }; out.append(.move(v[0], v[1]))
            case "L": guard let v = numbers(2) else { return nil }; out.append(.line(v[0], v[1]))
            case "C": guard let v = numbers(6) else { return nil }; out.append(.curve(v[0], v[1], v[2], v[3], v[4], v[5]))
            case "O": guard let v = numbers(3) else { return nil }; out.append(.circle(v[0], v[1], v[2]))
            case "R": guard let v = numbers(4) else { return nil }; out.append(.rectangle(v[0], v[1], v[2], v[3]))
            case "Z": out.append(.close); i += 1
            default: return nil
            }
        }
        return out.isEmpty ? nil : out
    }
}
