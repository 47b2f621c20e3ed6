/// One form a statute reference may take around its numbers (`of the Criminal Code`, `, "Name"`, `Rape (Article
/// 138)`), as a row of `StatuteReferenceParser.forms`: what it reads, a sentence of the form, and the rule.
///
/// NB: the rows run in the table's order over one `StatuteReading`; a row may use what an earlier row read (the
/// defining row asks whether a quoted name was found).
struct StatuteForm: Sendable {
    /// What the form reads, in a few words; `StatuteFormTests` keys its expectations by it.
    let name: String
    /// A sentence of the form, in our own words; the test reads it through the whole index.
    let example: String
    /// The rule: reads the form where the reading stands, updating its citations and its end.
    let read: @Sendable (StatuteReferenceParser, inout StatuteReading) -> Void
}

/// A statute reference while the forms read it: where its keyword stands, its citations so far and where it ends.
struct StatuteReading {
    /// The keyword's scalar range (`Article`, `Sections`).
    let keyword: Range<Int>
    /// The division the keyword names.
    let division: Statute.Division
    /// The citations read so far, one per number.
    var citations: [StatuteCitation]
    /// The scalar just past what the reference covers so far.
    var end: Int

    /// Gives `instrument` to every citation read so far that has none.
    mutating func attribute(_ instrument: InstrumentName) {
        for index in citations.indices where citations[index].instrument == nil {
            citations[index].instrument = instrument
        }
    }
}
