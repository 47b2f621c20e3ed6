/// An article or section of a law that the cable cites, with every mention of it.
///
/// Statutes are keyed by instrument and number: `Article 241.2 of the Criminal Code` and a later bare
/// `article 241.2` are one statute when the bare mention can be attributed (see `CableIndex`).
public struct Statute: Sendable, Equatable {
    /// Whether the statute is an article or a section.
    public enum Division: String, Sendable, Codable {
        case article
        case section
    }

    /// A stable id: `criminal-code/article-241.2`, or `article-5` when the instrument is unknown.
    public let id: String
    /// Article or section.
    public let division: Division
    /// The number as written, without subdivisions: `241.2`, `205-15`, `IV`.
    public let number: String
    /// The law it belongs to (`Criminal Code`), or nil when the text does not say.
    public let instrument: String?
    /// The names the text gives it, in order of appearance: glosses, quoted names, `which is the "..."`.
    public let names: [String]
    /// Notes written beside it, such as `renumbered 313`.
    public let notes: [String]
    /// The first unit that says what it covers (names it or says what it states, defines or prohibits).
    public let definedIn: String?
    /// Every mention in document order.
    public let mentions: [StatuteMention]

    /// How to write it: `Article 241.2 of the Criminal Code`, `Section 372`.
    public var title: String {
        let head = (division == .article ? "Article " : "Section ") + number
        guard let instrument else { return head }
        let firstWord = instrument.split(separator: " ").first ?? ""
        // NB: `of Mexico's code`, `of 18 U.S.C.`: a possessive or a title number takes no article.
        let takesNoArticle =
            firstWord.hasSuffix("'s") || firstWord.hasSuffix("\u{2019}s") || firstWord.first?.isNumber == true
        return head + (takesNoArticle ? " of " : " of the ") + instrument
    }
}

/// One place where the text cites a statute.
public struct StatuteMention: Sendable, Equatable {
    /// The statute's id.
    public let statuteID: String
    /// Where the mention is written: the keyword and number for the first of a list (`Articles 241`), the number
    /// alone for the others (`132`), with any subdivision (`Article 22(1)`, `Article 132, part 2`).
    public let span: TextSpan
    /// The mention's text as written.
    public let text: String
    /// The subdivision cited, where there is one: `(1)`, `part 2`, `paragraph 1(b)`.
    public let subdivision: String?
}
