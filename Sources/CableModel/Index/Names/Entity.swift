/// An organisation, place or person named in the cable, with its other names and every mention.
public struct Entity: Sendable, Equatable {
    /// What the name names.
    public enum Kind: String, Sendable, Codable {
        case organization
        case place
        case person
    }

    /// The name as first written in full (`Organization for Security and Cooperation in Europe`, `Sughd Oblast`).
    public let name: String
    /// Organisation, place or person.
    public let kind: Kind
    /// Other names it goes by in this cable: an acronym it is given (`OSCE`), a short form (`Sughd`), a surname.
    public let aliases: [String]
    /// For places, the country (from the gazetteer), where known.
    public let country: String?
    /// Every mention of the name or an alias, in document order.
    public let mentions: [TextSpan]
}
