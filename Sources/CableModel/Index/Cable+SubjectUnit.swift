extension Cable {
    /// The SUBJECT line as the index reads it: a unit of its own (`CableIndex.subjectUnitID`) whose heading it is,
    /// or nil when the cable has no subject.
    public var subjectUnit: Unit? {
        guard let subject = header.subject, !subject.isEmpty else { return nil }
        return Unit(
            id: CableIndex.subjectUnitID, kind: .heading, parent: nil, label: "", marking: nil, heading: subject,
            text: "", page: nil)
    }

    /// The unit a span of the cable's index names: one of the cable's units, or the subject unit.
    public func indexedUnit(id: String) -> Unit? {
        id == CableIndex.subjectUnitID ? subjectUnit : unit(id: id)
    }
}
