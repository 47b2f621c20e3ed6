import CableModel
import Testing

/// Names on sentences of their own.
@Suite struct EntityTests {
    private func entities(_ texts: String...) -> [Entity] { TestIndex.index(texts).entities }

    @Test func acronymDefinedInTheText() throws {
        let found = entities(
            "The Organization for Security and Cooperation in Europe (OSCE) funded it.", "The OSCE also trained police."
        )
        let osce = try #require(found.first { $0.aliases.contains("OSCE") })
        #expect(osce.name == "Organization for Security and Cooperation in Europe")
        #expect(osce.kind == .organization)
        #expect(osce.mentions.map(\.unitID) == ["1", "1", "2"])
    }

    @Test func acronymBeforeItsLongForm() {
        let found = entities("IOM (International Organization for Migration) ran shelters.")
        #expect(found.first { $0.aliases.contains("IOM") }?.name == "International Organization for Migration")
    }

    @Test func quotedNameAfterNGO() {
        let found = entities("The local NGO \"Imran\" trained police.", "Imran also ran a hotline.")
        let imran = found.first { $0.name == "Imran" }
        #expect(imran?.kind == .organization)
        #expect(imran?.mentions.count == 2)
    }

    @Test func patternedOrganisations() {
        let names = Set(
            entities(
                "The Ministry of Foreign Affairs and the State Committee on National Security met.",
                "The Prosecutor General's Office is responsible. The Ministry for Labor and Social Welfare helps.",
                "Representatives of the Ministry of Interior's Organized Crime Section attended.",
                "The Commission met on Monday."
            ).filter { $0.kind == .organization }.map(\.name))
        #expect(
            names.isSuperset(of: [
                "Ministry of Foreign Affairs", "State Committee on National Security", "Prosecutor General's Office",
                "Ministry for Labor and Social Welfare", "Ministry of Interior",
            ]))
        #expect(!names.contains("Commission"))
    }

    @Test func patternedPlaces() {
        let found = entities(
            "In Sughd Oblast, officials ordered it.", "Teachers in the Khatlon region agreed.",
            "It opened in the town of Khorog.")
        let places = Dictionary(
            found.filter { $0.kind == .place }.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(places["Sughd Oblast"]?.aliases == ["Sughd"])
        #expect(places["Khatlon"] != nil)
        #expect(places["Khorog"] != nil)
    }

    @Test func gazetteerPlaces() {
        let found = entities(
            "Victims went to Russia, the United Arab Emirates and New Delhi.", "Myanmar was not mentioned.")
        let places = Dictionary(found.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(places["Russia"]?.kind == .place)
        #expect(places["United Arab Emirates"]?.country == "United Arab Emirates")
        #expect(places["New Delhi"]?.country == "India")
        #expect(places["Burma"]?.aliases == ["Myanmar"])
    }

    @Test func ordinaryWordAtASentenceStartIsNotAPlace() {
        let found = entities("Male victims were found. Most male migrants work abroad.")
        #expect(!found.contains { $0.name == "Male" })
    }

    @Test func ambiguousPlaceNamesNeedAPlaceWord() {
        #expect(!entities("Gender: Male", "Chad Smith attended.").contains { $0.kind == .place })
        let found = entities("Officials flew to Male and from Chad.")
        #expect(Set(found.filter { $0.kind == .place }.map(\.name)) == ["Male", "Chad"])
    }

    @Test func aSurnameThatIsACityStaysAPerson() {
        let found = entities("Prosecutor Javier Zaragoza spoke.", "Zaragoza later agreed.")
        #expect(found.first { $0.name == "Javier Zaragoza" }?.mentions.count == 2)
        #expect(!found.contains { $0.kind == .place })
    }

    @Test func rolesAfterTitlesAreNotPeople() {
        #expect(!entities("The General Counsel disagreed.").contains { $0.kind == .person })
        #expect(!entities("The Deputy National Security Advisor met them.").contains { $0.kind == .person })
    }

    @Test func peopleAfterTitles() throws {
        let found = entities("President Emomali Rahmon signed it.", "Later Rahmon spoke; Secretary Rice listened.")
        let rahmon = try #require(found.first { $0.name == "Emomali Rahmon" })
        #expect(rahmon.kind == .person)
        #expect(rahmon.aliases == ["Rahmon"])
        #expect(rahmon.mentions.count == 2)
        #expect(found.contains { $0.name == "Rice" && $0.kind == .person })
    }

    @Test(arguments: [
        ("Lt. Col. Arvid Soderholm led the patrol.", "Arvid Soderholm"),
        ("Amb. Nerys Whitcombe hosted the dinner.", "Nerys Whitcombe"),
        ("Gen. Tomasz Wielgosz reviewed the troops.", "Tomasz Wielgosz"),
        ("DCM Ilona Varga opened the meeting.", "Ilona Varga"),
        ("Poloff Kerstin Dahl took notes.", "Kerstin Dahl"),
    ])
    func peopleAfterAbbreviatedRanksAndOffices(text: String, name: String) {
        #expect(entities(text).filter { $0.kind == .person }.map(\.name) == [name])
    }

    @Test func aGlossaryMeaningHoldingTheNamesABody() throws {
        let found = entities("UNHCR staff visited the camp twice.")
        let agency = try #require(found.first { $0.aliases.contains("UNHCR") })
        #expect(agency.kind == .organization)
    }

    @Test func mentionsAreInDocumentOrderAndPointAtTheName() throws {
        let cable = TestIndex.cable([
            "The OSCE met the Organization for Security and Cooperation in Europe (OSCE) staff."
        ])
        let index = CableIndex.build(cable, knowledge: TestIndex.knowledge)
        let osce = try #require(index.entities.first { $0.aliases.contains("OSCE") })
        let texts = osce.mentions.map { cable.units[0].text.scalars($0.range) }
        #expect(texts == ["OSCE", "Organization for Security and Cooperation in Europe", "OSCE"])
    }

    @Test func acronymOfTheGlossaryUsedWithoutItsExpansion() throws {
        let found = entities("Shelter staff trained by IOM met the mayor.", "IOM paid for the return flights.")
        let iom = try #require(found.first { $0.aliases.contains("IOM") })
        #expect(iom.name == "International Organization for Migration")
        #expect(iom.kind == .organization)
        #expect(iom.mentions.count == 2)
    }

    @Test func dottedFormJoinsItsCountry() throws {
        let found = entities("Exports to the U.S. fell, and the United States noticed.")
        let country = try #require(found.first { $0.name == "United States" })
        #expect(country.kind == .place)
        #expect(country.mentions.count == 2)
    }

    @Test func possessiveOfAGroupOfPeopleStaysInTheName() {
        let names = Set(
            entities(
                "Volunteers of the Children's Rights Bureau met the Council for Farmers' and Women's Issues.",
                "The Ministry of Health's survey was late."
            ).filter { $0.kind == .organization }.map(\.name))
        #expect(names.contains("Children's Rights Bureau"))
        #expect(!names.contains("Rights Bureau"))
        #expect(names.contains("Ministry of Health"))
    }

    @Test func aQuantifierOpensNoName() {
        let names = entities("Several Embassy officers and Various Ministry staff attended.").map(\.name)
        #expect(!names.contains { $0.hasPrefix("Several") || $0.hasPrefix("Various") })
    }

    @Test func aGovernmentOfACountryIsAnOrganisation() {
        let found = entities("The Government of Peru rejected the offer.")
        #expect(found.contains { $0.name == "Government of Peru" && $0.kind == .organization })
    }
}
