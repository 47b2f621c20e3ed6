/// A date, a year or a period that a field names (`in 2009`, `January 30`, `from July 2008 to June 2009`,
/// `during the reporting period`): numbers inside it are not figures, and figures near it refer to it.
struct DateMention: Sendable {
    /// The tokens it covers, with the preposition that introduces it.
    var tokens: Range<Int>
    /// The year, when the mention lies within one year.
    var year: Int?
    /// Whether it names a stretch of time (`from … to …`, `since …`, `2006-2010`) rather than a point.
    var isPeriod = false
    /// Whether a temporal preposition introduces it (`in`, `during`, `from`, `since`, `by`), so that it can date a figure.
    var isIntroduced = false
    /// Whether it is a year used as an adjective (`the 2009 harvest`, `2010 Trafficking in Persons Report`).
    var isAttributive = false
}
