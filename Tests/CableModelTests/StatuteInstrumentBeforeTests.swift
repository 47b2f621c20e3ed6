import CableModel
import Testing

/// Instruments written before the keyword, in the possessive, or as a kind of law alone (`of the law`), on
/// paragraphs of our own.
@Suite struct StatuteInstrumentBeforeTests {
    /// The instrument of the statute whose number is `number`, read from `paragraphs`.
    private func instrument(of number: String, _ paragraphs: [String]) -> String? {
        TestIndex.index(paragraphs).statutes.first { $0.number == number }?.instrument
    }

    static let beforeTheKeyword: [(sentence: String, number: String, instrument: String)] = [
        ("The council invoked UN Charter Article 51 at once.", "51", "UN Charter"),
        ("Brussels cited EU Article 7 against the government.", "7", "EU"),
        ("Judges read the Constitution Article 12 narrowly.", "12", "Constitution"),
        ("He was held under Penal Code Section 5 for a week.", "5", "Penal Code"),
        ("Grants follow the TVPA section 108 standards.", "108", "TVPA"),
        ("Courts applied Law 1098 article 3 to minors.", "3", "Law 1098"),
        ("The 1951 Convention Article 33 bars returns.", "33", "1951 Convention"),
        (
            "Envoys quoted the Convention on the Rights of the Child Article 3 twice.", "3",
            "Convention on the Rights of the Child"
        ),
        ("Critics cite the Constitution's Article 12 often.", "12", "Constitution"),
        ("Lawyers said the Code's article 5 sets the fine.", "5", "Code"),
    ]

    @Test(arguments: beforeTheKeyword)
    func anInstrumentBeforeTheKeyword(_ example: (sentence: String, number: String, instrument: String)) {
        #expect(instrument(of: example.number, [example.sentence]) == example.instrument)
    }

    @Test func noInstrumentFromCapitalsAbbreviationsOrOrdinaryWords() {
        #expect(instrument(of: "98", ["COSTA RICA ARTICLE 98 TALKS RESUME"]) == nil)
        #expect(instrument(of: "98", ["They would not sign a U.S. Article 98 agreement."]) == nil)
        #expect(instrument(of: "4", ["The Faculty of Law Article 4 review was dull."]) == nil)
        #expect(instrument(of: "2", ["In the end Article 2 was struck."]) == nil)
    }

    @Test func aKindOfLawAloneInThePossessiveIsTheOneLawOfThatKind() {
        let paragraphs = [
            "The Press Law passed in May.", "The Constitution is older; the law's Article 3 bans censors.",
        ]
        #expect(instrument(of: "3", paragraphs) == "Press Law")
    }

    @Test func ofTheLawIsTheOneLawTheTextNames() {
        let paragraphs = [
            "The Emergency Law was renewed in May.",
            "The Constitution guarantees a fair trial, but Article 3 of the law allows arrests without charge.",
        ]
        #expect(instrument(of: "3", paragraphs) == "Emergency Law")
    }

    @Test func ofTheSameCharterIsTheCharterNamedBefore() {
        let paragraphs = [
            "The Charter on Water Rights binds them.", "The Fishing Code and Article 8 of the same charter differ.",
        ]
        #expect(instrument(of: "8", paragraphs) == "Charter on Water Rights")
    }

    @Test func ofTheCapitalisedKindAloneIsTheOneLongerInstrumentOfThatKind() {
        let paragraphs = [
            "The Convention on Migrant Fishers (CMF) binds them.",
            "Article 5 of the Convention applies, and CMF Article 5 bars the fee.",
        ]
        let index = TestIndex.index(paragraphs)
        #expect(index.statutes.filter { $0.number == "5" }.count == 1, "\(index.statutes.map(\.title))")
        #expect(instrument(of: "5", paragraphs) == "Convention on Migrant Fishers")
        #expect(instrument(of: "2", ["Article 2 of the Convention applies."]) == "Convention")
        let two = [
            "The Convention on Migrant Fishers and the Convention on Ports bind them.",
            "Article 5 of the Convention applies.",
        ]
        #expect(instrument(of: "5", two) == "Convention")
    }

    @Test func ofTheLawAmongTwoLawsIsUnknown() {
        let paragraphs = ["The Press Law and the Media Law passed.", "Article 3 of the law bans it."]
        #expect(instrument(of: "3", paragraphs) == nil)
    }

    @Test func aNameOfCapitalsEndingInALowerCaseKindOfLaw() {
        #expect(
            instrument(of: "41", ["Unions cited Article 41 of the Trade Unions law in court."]) == "Trade Unions law")
    }

    @Test func aConnectorInATitlesCapitalsGoesOnWithTheName() {
        let paragraphs = ["They ratified the Convention Against Torture. Article 3 bans returns to torture."]
        #expect(instrument(of: "3", paragraphs) == "Convention Against Torture")
    }
}

/// What decides the instrument of an article that modifies a noun, and of an acronym before the keyword.
@Suite struct StatuteModifierAndAcronymTests {
    @Test func anArticleModifyingANounTakesNoInstrumentMerelyNamedAroundIt() {
        let paragraphs = ["The Aid Protection Act cut funds.", "The minister would not sign an Article 98 agreement."]
        #expect(TestIndex.index(paragraphs).statutes.first { $0.number == "98" }?.instrument == nil)
    }

    @Test func everyBareMentionOfAnArticleWrittenAsAModifierIsTheSameThing() {
        let paragraphs = [
            "The Aid Protection Act cut funds.", "The minister would not sign an Article 98 agreement.",
            "He spoke about Article 98 at length.",
        ]
        #expect(TestIndex.index(paragraphs).statutes.allSatisfy { $0.instrument == nil })
    }

    @Test func anArticleModifyingANounTakesTheInstrumentItIsCitedWithElsewhere() {
        let paragraphs = [
            "An Article 16 deferral was discussed.", "The Budget Act passed in May.",
            "Article 16 is a provision of the Rome Statute.",
        ]
        let statutes = TestIndex.index(paragraphs).statutes
        #expect(statutes.map(\.title) == ["Article 16 of the Rome Statute"])
    }

    @Test func anAcronymBeforeTheKeywordIsTheInstrumentWhoseInitialsItSpells() {
        let paragraphs = ["After the Dumping Protocol was amended, parties debated export under DP Article 6."]
        #expect(TestIndex.index(paragraphs).statutes.first?.instrument == "Dumping Protocol")
    }
}
