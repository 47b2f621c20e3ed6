extension Gazetteer {
    /// The initials of the countries among `places` whose names have two or more main words (`UAE`), each with the
    /// country's name, or nil where two countries share them.
    ///
    /// NB: built once with the gazetteer; every cable's names ask for them (about 3% of the corpus's export when
    /// each cable built them again).
    static func initials(ofCountries places: [Place]) -> [String: String?] {
        var byInitials: [String: String?] = [:]
        for place in places where place.kind == .country && place.name == place.country && place.name.contains(" ") {
            let initials = GlossaryCollector.initials(of: place.name)
            guard initials.count >= 2 else { continue }
            byInitials[initials] = byInitials[initials] == nil ? .some(place.name) : .some(nil)
        }
        return byInitials
    }
}
