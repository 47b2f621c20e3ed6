import CableModel
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
}
