import Foundation

extension LinkedInImporter {
    /// Country names as LinkedIn writes them in Geo Location, to ISO 3166-1 codes.
    enum Countries {
        /// `codes` also accepts two-letter codes ("pl"); not for Geo Location, where "CA" is California.
        static func code(_ name: String, codes: Bool = false) -> String? {
            let key = name.trimmedSpaces
            if codes, key.count == 2, key.allSatisfy({ $0.isASCII && $0.isLetter }), names.values.contains(key.uppercased()) {
                return key.uppercased()
            }
            return names[key.lowercased()]
        }

        static let names: [String: String] = [
            "argentina": "AR", "australia": "AU", "austria": "AT", "bangladesh": "BD", "belgium": "BE", "brazil": "BR",
            "bulgaria": "BG", "canada": "CA", "chile": "CL", "china": "CN", "中国": "CN", "colombia": "CO", "croatia": "HR",
            "czechia": "CZ", "czech republic": "CZ", "denmark": "DK", "egypt": "EG", "estonia": "EE", "finland": "FI",
            "france": "FR", "germany": "DE", "deutschland": "DE", "ghana": "GH", "greece": "GR", "hong kong": "HK",
            "hong kong sar": "HK", "hungary": "HU", "iceland": "IS", "india": "IN", "indonesia": "ID", "ireland": "IE",
            "israel": "IL", "italy": "IT", "japan": "JP", "kenya": "KE", "latvia": "LV", "lithuania": "LT",
            "luxembourg": "LU", "malaysia": "MY", "mexico": "MX", "morocco": "MA", "netherlands": "NL",
            "the netherlands": "NL", "new zealand": "NZ", "nigeria": "NG", "norway": "NO", "pakistan": "PK", "peru": "PE",
            "philippines": "PH", "poland": "PL", "portugal": "PT", "romania": "RO", "saudi arabia": "SA", "serbia": "RS",
            "singapore": "SG", "slovakia": "SK", "slovenia": "SI", "south africa": "ZA", "south korea": "KR",
            "korea": "KR", "spain": "ES", "españa": "ES", "sri lanka": "LK", "sweden": "SE", "switzerland": "CH",
            "taiwan": "TW", "thailand": "TH", "turkey": "TR", "türkiye": "TR", "ukraine": "UA",
            "united arab emirates": "AE", "united kingdom": "GB", "uk": "GB", "united states": "US", "usa": "US",
            "united states of america": "US", "uruguay": "UY", "vietnam": "VN", "viet nam": "VN",
        ]
    }
}
