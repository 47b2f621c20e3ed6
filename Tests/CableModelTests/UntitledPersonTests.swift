import CableModel
import Testing

/// People named in full without a title and then by a surname alone (`UntitledPersonReader`), on sentences of our
/// own.
@Suite struct UntitledPersonTests {
    private func people(_ texts: String...) -> [Entity] {
        TestIndex.index(texts).entities.filter { $0.kind == .person }
    }

    @Test func aFullNameThenItsSurnameAlone() throws {
        let found = people(
            "The appeal was filed by lawyer Ramon Ibarra Cortes on behalf of the farmers.",
            "Ibarra told us the court would rule soon; Ibarra's clients are hopeful.")
        let lawyer = try #require(found.first { $0.name == "Ramon Ibarra Cortes" })
        #expect(lawyer.aliases == ["Ibarra"])
        #expect(lawyer.mentions.count == 3)
    }

    @Test func aSurnameWithAParticleInLowerCase() throws {
        let found = people(
            "Guards still control access to dissident Omar el-Harbi at the clinic.",
            "Doctors say el-Harbi is better. El-Harbi's son, Ali el-Harbi, visits daily.")
        let dissident = try #require(found.first { $0.name == "Omar el-Harbi" })
        #expect(dissident.aliases == ["el-Harbi"])
        // NB: the `el-Harbi` inside `Ali el-Harbi` names the son: a name inside a longer name counts for the longer.
        #expect(dissident.mentions.count == 3)
        // NB: the surname the cable uses alone belongs to the first person it names in full.
        let son = try #require(found.first { $0.name == "Ali el-Harbi" })
        #expect(son.aliases.isEmpty)
    }

    @Test func theWordsOfALawsDivisionsNameNobody() {
        let found = people(
            "Though Article 4 sets a quota, Article 9 waives it; Whereas Section 2 is silent, Section 8 is not.")
        #expect(found.isEmpty)
    }

    @Test func aFullNameNeverShortenedIsNotTakenWithoutATitle() {
        #expect(people("Sandra Kowalczyk attended the hearing.").isEmpty)
    }

    @Test func peoplesAdjectivesCompassWordsAndSectionMarksNameNobody() {
        let found = people(
            "Leaders of the United Kenyan Front met traders from North Africa. Kenyan voters said Africa mattered.",
            "Exports rose. End Summary. Summary rose too.",
            "Considering Ortega's debts, the deal was off. Ortega agreed.")
        #expect(found.isEmpty, "\(found.map(\.name))")
    }

    @Test func anAdverbOpeningTheSentenceIsNoPartOfTheName() throws {
        let found = people(
            "The mayor named Teresa Villalobos to the board.", "Later Villalobos said the board would meet monthly.")
        let person = try #require(found.first { $0.name == "Teresa Villalobos" })
        #expect(person.aliases == ["Villalobos"])
        #expect(person.mentions.count == 2)
        #expect(!found.contains { $0.name.hasPrefix("Later") })
    }

    // NB: the reader remembers what it decided of a spelling; the sentence's opening is decided at each place.
    @Test(arguments: [
        "Darling spoke first. Reporters met Nadia Darling at the court. The judge thanked Darling.",
        "Reporters met Nadia Darling at the court. Darling spoke first. The judge thanked Darling.",
    ])
    func aSurnameShapedLikeAnOpenerNamesSomeoneInsideASentence(text: String) throws {
        let found = people(text)
        let person = try #require(found.first { $0.name == "Nadia Darling" })
        #expect(person.aliases == ["Darling"])
    }
}
