extension EnglishWords {
    /// A word that names a division of a law, in each form a text writes it (`Article`, `Articles`, `Art.`, `Arts.`).
    struct DivisionWord: Sendable {
        /// The division's name, which is also its singular (`article`, `section`).
        let singular: String
        let plural: String
        /// The abbreviation, written with a period (`art`).
        let abbreviation: String
        let abbreviatedPlural: String

        /// Every form, with whether it is plural and whether it is abbreviated.
        var forms: [(word: String, plural: Bool, abbreviated: Bool)] {
            [
                (singular, false, false), (plural, true, false), (abbreviation, false, true),
                (abbreviatedPlural, true, true),
            ]
        }
    }

    /// The divisions of a law that statute references cite (`Article 241.2`, `Sections 372 and 373`).
    static let lawDivisions: [DivisionWord] = [
        DivisionWord(singular: "article", plural: "articles", abbreviation: "art", abbreviatedPlural: "arts"),
        DivisionWord(singular: "section", plural: "sections", abbreviation: "sec", abbreviatedPlural: "secs"),
    ]

    /// Every form of every division word (`article`, `arts`, `sec`, ...).
    static let divisionWordForms: Set<String> = Set(lawDivisions.flatMap { $0.forms.map(\.word) })

    /// Words that name a kind of legal instrument (`the Criminal Code`, `the Geneva Convention`).
    static let lawKinds: Set<String> = standaloneLawKinds.union([
        "ordinance", "regulation", "regulations", "agreement", "accord", "accords", "declaration", "directive",
    ])

    /// The kinds of law that name an instrument standing alone in a paragraph (`the Criminal Code`), which then
    /// counts for attributing bare articles; weaker words (`Agreement`, `Directive`, `Declaration`) name an
    /// instrument only right after an article (`Article 12 of the Status of Forces Agreement`).
    static let standaloneLawKinds: Set<String> = [
        "code", "codes", "constitution", "convention", "conventions", "law", "act", "charter", "treaty", "protocol",
        "statute", "covenant", "decree",
    ]

    /// Words that say where a law stands in its making or in time, not what it is about (`the new law`, `the draft
    /// code`): a law described by such words alone is no specific instrument.
    static let lawStatusWords: Set<String> = [
        "new", "old", "draft", "current", "proposed", "revised", "amended", "existing", "present", "former",
        "previous", "recent", "latest", "final", "original", "pending", "adopted", "updated", "controversial",
        "landmark", "relevant", "applicable",
    ]

    /// Words that name a paragraph of a cable or a law (`paragraph 4`, `paras 3-5`).
    static let paragraphWords: Set<String> = ["paragraph", "paragraphs", "para", "paras"]

    /// Words that name a part of an article after its number (`Article 132, part 2`, `Article 5 paragraph 1(b)`).
    static let subdivisionWords: Set<String> = [
        "part", "paragraph", "para", "clause", "point", "subparagraph", "item", "subsection", "section",
        "sub-paragraph",
    ]

    /// The words for the cable a cable answers (`reftel`, `reftels`).
    static let reftelWords: Set<String> = ["reftel", "reftels"]

    /// Words that name one cable of the REF line before its letter (`ref A`, `reference B`).
    static let refWords: Set<String> = ["ref", "reference"]

    /// Words that may stand before a REF line's letter (`ref A`, `reference B`, `reftel C`).
    static let cableLabelWords: Set<String> = refWords.union(reftelWords)

    /// Words that refer to another cable (`reftel`, `ref A`, `refs A and B`).
    static let cableReferenceWords: Set<String> = reftelWords.union(["ref", "refs"])
}
