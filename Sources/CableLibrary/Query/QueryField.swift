/// The fields a library query can filter on (`tag:KTIP`), in the order help lists them.
public enum QueryField: String, Sendable, CaseIterable {
    /// The post that sent the cable (`origin:POST`), or its whole originator line (`origin:"AMEMBASSY POST"`).
    case origin
    /// A TAGS-line tag (`tag:KTIP`).
    case tag
    /// The classification level, exactly or bounded (`class:secret`, `class:>=confidential`).
    case classification = "class"
    /// The date: a year, a month, a day or a range (`date:2009`, `date:2009-06..2010-02`).
    case date
    /// Words of the subject line (`subject:trafficking`).
    case subject
    /// Cables whose REF line names this cable id (`cites:09STATE12345`).
    case cites
    /// Cables that this cable's REF line names (`cited-by:09LIMA120`).
    case citedBy = "cited-by"
    /// A statute cited: an instrument, a number or an id (`statute:"Criminal Code"`, `statute:241.2`).
    case statute
    /// An organisation, place or person named, or one of its aliases (`name:IOM`).
    case name
    /// The file a cable came from, or a folder it lies under, by its absolute path (`file:/data/cables`).
    case file

    /// The fields as typed, for messages.
    public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
