import Testing

@testable import CableModel

/// Each written form of a statute reference, on a sentence of its own.
@Suite struct StatuteFormTests {
    /// The statutes of one sentence: (title, mention texts) in order of first mention.
    private func read(_ text: String) -> [Statute] { TestIndex.index(text).statutes }

    @Test func dottedNumberWithInstrument() {
        let statutes = read("Article 130.1 of the Criminal Code defines trafficking.")
        #expect(statutes.map(\.title) == ["Article 130.1 of the Criminal Code"])
        #expect(statutes.first?.mentions.map(\.text) == ["Article 130.1"])
        #expect(statutes.first?.definedIn == "1")
    }

    @Test func anyCase() {
        #expect(read("They were charged under article 167 last year.").map(\.number) == ["167"])
        #expect(read("UNDER ARTICLE 167 OF THE CODE.").map(\.number) == ["167"])
    }

    @Test func listWithGlossesHasOneMentionPerArticle() {
        let statutes = read(
            "Suspects were charged under Articles 130 (kidnapping), 132 (Recruitment of People for Exploitation), and 167 (Trade of Minors)."
        )
        #expect(statutes.map(\.number) == ["130", "132", "167"])
        #expect(
            statutes.map(\.names) == [["kidnapping"], ["Recruitment of People for Exploitation"], ["Trade of Minors"]])
        #expect(statutes.flatMap(\.mentions).map(\.text) == ["Articles 130", "132", "167"])
    }

    @Test func range() {
        let statutes = read("The penalties are set out in Articles 124-127 of the Penal Code.")
        #expect(statutes.map(\.number) == ["124", "125", "126", "127"])
        #expect(statutes.allSatisfy { $0.instrument == "Penal Code" && $0.mentions.first?.text == "Articles 124-127" })
    }

    @Test func subdivisionInParentheses() {
        let statutes = read("He was convicted under Article 22(1) and sentenced.")
        #expect(statutes.map(\.number) == ["22"])
        #expect(statutes.first?.mentions.first?.subdivision == "(1)")
        #expect(statutes.first?.mentions.first?.text == "Article 22(1)")
        #expect(statutes.first?.names == [])
    }

    @Test func subdivisionInWords() {
        let statutes = read("The charge fell under Article 132, part 2, which carries a longer term.")
        #expect(statutes.map(\.number) == ["132"])
        #expect(statutes.first?.mentions.first?.subdivision == "part 2")
        #expect(statutes.first?.mentions.first?.text == "Article 132, part 2")
    }

    @Test func hyphenatedNumber() {
        let statutes = read("Originally, Article 205-15 stated that Congress had the competence.")
        #expect(statutes.map(\.number) == ["205-15"])
        #expect(statutes.first?.definedIn == "1")
    }

    @Test func renumberingNote() {
        let statutes = read("The provision of Article 319 (renumbered 313) was revised.")
        #expect(statutes.map(\.number) == ["319"])
        #expect(statutes.first?.notes == ["renumbered 313"])
        #expect(statutes.first?.names == [])
    }

    @Test func sectionOfAPenalCode() {
        let statutes = read("Section 372 of the Penal Code forbids it.")
        #expect(statutes.map(\.title) == ["Section 372 of the Penal Code"])
        #expect(statutes.first?.division == .section)
    }

    @Test func sectionWithALetter() {
        let statutes = read("Sections 366A and 372 of the Indian Penal Code prohibit the selling of minors.")
        #expect(
            statutes.map(\.title) == ["Section 366A of the Indian Penal Code", "Section 372 of the Indian Penal Code"])
    }

    @Test func bareSectionCountsWhereTheCableCitesSectionsOfALaw() {
        let statutes = TestIndex.index([
            "Section 372 of the Penal Code forbids it.", "Section 370 prescribes up to seven years.",
        ])
        .statutes
        #expect(statutes.map(\.title) == ["Section 372 of the Penal Code", "Section 370 of the Penal Code"])
        #expect(read("The details are in section 3 of this report; see Section 4 too.").isEmpty)
        #expect(read("See Section 4 for the budget.").isEmpty)
    }

    @Test func titleOfTheUnitedStatesCode() {
        let statutes = read(
            "They may have violated 18 U.S.C.\nSection 542 and 19 U.S.C Section 1595a, which provides for it.")
        #expect(statutes.map(\.title) == ["Section 542 of 18 U.S.C.", "Section 1595a of 19 U.S.C."])
    }

    @Test(arguments: [
        ("Article 2 of the Third Geneva Convention declares that.", "Third Geneva Convention"),
        ("Article 27 of the Constitution, however, says otherwise.", "Constitution"),
        ("Article 112 of the Law of Constitutional Justice indicates that.", "Law of Constitutional Justice"),
        ("Article 57 of Mexico's code of military justice, which allows it.", "Mexico's code of military justice"),
    ])
    func instrumentAfterTheNumber(sentence: String, instrument: String) {
        #expect(read(sentence).first?.instrument == instrument)
    }

    @Test func splitByARepairedLineBreak() {
        let statutes = read("It is not so under Article\n5 of the\nFourth Geneva Convention.")
        #expect(statutes.map(\.title) == ["Article 5 of the Fourth Geneva Convention"])
    }

    @Test func quotedNameAfterAComma() {
        let statutes = read("It opened two cases under article 130.1, \"Trafficking in Persons\".")
        #expect(statutes.first?.names == ["Trafficking in Persons"])
    }

    @Test func namesAroundParentheses() {
        #expect(
            read("Punishment for engaging in the \"sale of minors\" (Article 167) ranges widely.").first?.names == [
                "sale of minors"
            ])
        #expect(
            read(
                "Those found guilty under Article 132 (which is the \"recruitment of people for exploitation\") pay a fine."
            )
            .first?.names == ["recruitment of people for exploitation"])
        #expect(read("Rape (Article 138 of the Criminal Code) is punishable.").first?.names == ["Rape"])
    }

    @Test func glossIsNotASubdivision() {
        let statutes = read("Those found guilty under Article 130 (kidnapping) face prison.")
        #expect(statutes.first?.names == ["kidnapping"])
        #expect(statutes.first?.mentions.first?.subdivision == nil)
    }

    @Test func abbreviatedListAcrossALineBreak() {
        let statutes = read("Amendments need two sessions (Art. 373 and\n375); the budget needs approval (Art. 366).")
        #expect(statutes.map(\.number) == ["373", "375", "366"])
    }

    @Test func commaAfterASingularArticleIsNotAList() {
        let statutes = read("He was convicted under article 167, 24 individuals in all.")
        #expect(statutes.map(\.number) == ["167"])
    }

    @Test func bareArticleTakesTheParagraphsOnlyInstrument() {
        let index = TestIndex.index([
            "Article 4 of the Criminal Code applies. Article 7 also applies.",
            "Article 9 of the Constitution differs; Article 10 of the Labor Code too. Article 11 says more.",
        ])
        let titles = index.statutes.map(\.title)
        #expect(titles.contains("Article 7 of the Criminal Code"))
        #expect(titles.contains("Article 11"))
    }

    @Test func bareArticleTakesTheCablesOnlyInstrument() {
        let index = TestIndex.index(["Article 4 of the Criminal Code applies.", "Article 7 was used in two cases."])
        #expect(index.statutes.map(\.title) == ["Article 4 of the Criminal Code", "Article 7 of the Criminal Code"])
    }

    @Test func aHeadNounAfterOfIsNotAnInstrument() {
        let index = TestIndex.index(["The State of Law list won.", "Implementing Article 140 is contested."])
        #expect(index.statutes.map(\.title) == ["Article 140"])
    }

    @Test func possessiveInstrumentTitle() {
        #expect(read("Article 44 of Iran's constitution says so.").first?.title == "Article 44 of Iran's constitution")
    }

    @Test func instrumentJustBeforeTheParenthesis() {
        let index = TestIndex.index(["The Criminal Code was amended; the Constitution (Art. 280) allows it."])
        #expect(index.statutes.first?.title == "Article 280 of the Constitution")
    }

    @Test func noNumberNoStatute() {
        #expect(read("The article was published in a newspaper section on Monday.").isEmpty)
        #expect(read("This is the art of the possible; see section B.").isEmpty)
        #expect(read("Section 3 below lists the talking points.").isEmpty)
        #expect(read("Funds under section 7031(c) were frozen.").map(\.number) == ["7031"])
    }

    /// What each row of `StatuteReferenceParser.forms` reads from its example: each statute as
    /// `title [names] (notes) defined in UNIT`, joined by ` | `; empty when the example cites no statute.
    static let formExpectations: [String: String] = [
        "instrument after the numbers": "Article 9 of the Mining Code defined in 1",
        "title of the United States Code before the keyword": "Section 960 of 21 U.S.C.",
        "instrument before the keyword": "Article 6 of the Water Charter",
        "instrument after a copula": "Article 16 of the Harbour Statute",
        "a bare section": "",
        "quoted name after the reference": "Article 45 [Abuse of Office] defined in 1",
        "defining words after the reference": "Article 31 defined in 1",
        "name before the parenthesis": "Article 77 of the Penal Code [Arson] defined in 1",
        "an article modifying a noun": "Article 12",
    ]

    /// Every form of the table reads its example as expected, through the whole index, and the form is needed for
    /// it: without its row the parser reads the example otherwise.
    @Test(arguments: StatuteReferenceParser.forms.map(\.name))
    func eachFormReadsItsExample(_ name: String) throws {
        let form = try #require(StatuteReferenceParser.forms.first { $0.name == name })
        let expected = try #require(StatuteFormTests.formExpectations[name], "no expectation for the form '\(name)'")
        #expect(StatuteFormTests.describe(read(form.example)) == expected)
        let scalars = Array(form.example.unicodeScalars)
        let keyword = try #require(StatuteFormTests.firstKeyword(in: scalars))
        let parser = StatuteReferenceParser(scalars: scalars)
        let others = StatuteReferenceParser.forms.filter { $0.name != name }
        let withForm = parser.parse(keyword: keyword.range, term: keyword.term)
        let withoutForm = parser.parse(keyword: keyword.range, term: keyword.term, forms: others)
        #expect(String(describing: withForm) != String(describing: withoutForm), "the form changes nothing")
    }

    private static func describe(_ statutes: [Statute]) -> String {
        statutes.map { statute in
            var text = statute.title
            if !statute.names.isEmpty { text += " [" + statute.names.joined(separator: "; ") + "]" }
            if !statute.notes.isEmpty { text += " (" + statute.notes.joined(separator: "; ") + ")" }
            if let unit = statute.definedIn { text += " defined in " + unit }
            return text
        }.joined(separator: " | ")
    }

    /// The first word of `scalars` that opens a statute reference, with its lower-case term.
    private static func firstKeyword(in scalars: [Unicode.Scalar]) -> (range: Range<Int>, term: String)? {
        var start: Int?
        for position in 0...scalars.count {
            let isLetter = position < scalars.count && scalars[position].properties.isAlphabetic
            if isLetter, start == nil { start = position }
            guard !isLetter, let wordStart = start else { continue }
            let term = String(String.UnicodeScalarView(scalars[wordStart..<position])).lowercased()
            if StatuteReferenceParser.keywords[term] != nil { return (wordStart..<position, term) }
            start = nil
        }
        return nil
    }

    /// The instrument each row of `StatuteCollector.attributions` gives the last citation of its example (its
    /// statute's title), read through the whole index.
    static let attributionExpectations: [String: String] = [
        "instrument just before the parenthesis": "Article 40 of the Constitution",
        "the same article given its instrument before in the paragraph": "Article 8 of the Water Treaty",
        "the articles cited before it in the paragraph are of one instrument": "Article 5 of the Mining Code",
        "the one instrument named just before it": "Article 2 of the Fishing Convention",
        "the paragraph's one instrument": "Article 7 of the Criminal Code",
        "the same article cited with one instrument in the cable": "Article 8 of the Water Treaty",
        "the same article given one instrument in the paragraphs before": "Article 2 of the Water Treaty",
        "the cable's one instrument, cited or named before": "Article 7 of the Penal Code",
        "the law described in lower case before it in the paragraph": "Article 9 of the new mining law",
    ]

    /// Every row of the attribution table gives its example's last citation the expected instrument.
    @Test(arguments: StatuteCollector.attributions.map(\.name))
    func eachAttributionReadsItsExample(_ name: String) throws {
        let row = try #require(StatuteCollector.attributions.first { $0.name == name })
        let expected = try #require(StatuteFormTests.attributionExpectations[name], "no expectation for '\(name)'")
        let statutes = TestIndex.index(row.example).statutes
        let last = statutes.max {
            ($0.mentions.last?.span.unitID ?? "", $0.mentions.last?.span.range.lowerBound ?? 0) < (
                $1.mentions.last?.span.unitID ?? "", $1.mentions.last?.span.range.lowerBound ?? 0
            )
        }
        #expect(last?.title == expected, "statutes: \(statutes.map(\.title))")
    }

    @Test func anInstrumentNamedLaterAboutAnotherMatterDoesNotCapture() {
        let index = TestIndex.index(["Article 12 sets the quota; the Budget Act was passed later for other reasons."])
        #expect(index.statutes.map(\.title) == ["Article 12"])
    }

    @Test func aNameInParenthesesIsTheInstrumentBeforeThem() {
        let index = TestIndex.index([
            "The Convention on Rivers (the Convention) binds both. Article 9 of the Convention sets the flow.",
            "The Fishing Code differs from it.",
        ])
        #expect(index.statutes.first?.instrument == "Convention on Rivers")
    }

    @Test func anInstrumentInATextAllInCapitals() {
        let index = TestIndex.index(["THE CONSTITUTION WAS AMENDED. ARTICLE 76 NOW SETS THE RULES."])
        #expect(index.statutes.first?.instrument == "CONSTITUTION")
    }
}
