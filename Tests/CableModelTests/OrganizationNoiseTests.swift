import CableModel
import TestSupport
import Testing

/// Generic phrases around a head noun are no organisation's name (issue 16's noise).
@Suite struct OrganizationNoiseTests {
    @Test(arguments: [
        "A Member of Parliament from the north spoke.",
        "Two Members of Parliament abstained.",
        "The Minister of Justice spoke.",
        "Troops of Chad and Coalition units patrolled.",
    ])
    func aPostOrAPlaceJoinedToAHeadNounIsNoOrganisation(text: String) {
        #expect(!TestIndex.index(text).entities.contains { $0.kind == .organization })
    }

    @Test func rowsJoinedIntoOneLineEndTheValueBeforeTheNextKey() {
        let names = TestIndex.index("Organization: Caritas Nordland Name: Ilse Brandt Title: Director").entities
            .filter { $0.kind == .organization }.map(\.name)
        #expect(names == ["Caritas Nordland"])
    }

    @Test func aNameInsideALongerNameCountsForTheLongerOnly() {
        let entities = TestIndex.index([
            "The Committee on Fisheries (COF) met in May.", "The State Committee on Fisheries wrote in June.",
        ]).entities
        let short = entities.first { $0.name == "Committee on Fisheries" }
        #expect(short?.mentions.map(\.unitID) == ["1", "1"], "the short form's own uses only")
        #expect(entities.first { $0.name == "State Committee on Fisheries" }?.mentions.count == 1)
    }

    @Test func theLongerNameOfARealCableHoldsItsShortForm() throws {
        guard SharedData.shouldRun else { return }
        let names = IndexedCable(try SharedData.anyCable("08SANJOSE125"), knowledge: TestIndex.knowledge).index
            .entities.map(\.name)
        #expect(names.contains("National Counter-Trafficking Coalition"))
        #expect(!names.contains("Counter-Trafficking Coalition"))
    }
}
