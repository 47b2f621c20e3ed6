import CableModel
import Testing

/// Built sites, bodies with the newer head nouns, and governments named by `GOx`, on sentences of our own.
@Suite struct EntitySitesAndBodiesTests {
    private func entities(_ texts: String...) -> [Entity] { TestIndex.index(texts).entities }

    @Test func aSiteNamedBeforeItsFacilityWord() throws {
        let found = entities(
            "The convoy reached Kandi Air Base at dawn.",
            "Kandi stays open; work on the Vakhsh hydroelectric dam slowed.")
        let base = try #require(found.first { $0.name == "Kandi Air Base" })
        #expect(base.kind == .place)
        #expect(base.aliases == ["Kandi"])
        #expect(base.mentions.count == 2)
        #expect(found.contains { $0.name == "Vakhsh" && $0.kind == .place })
    }

    @Test func forcesCorpsAndCommandsAreBodiesAndAndSeparatesTwo() {
        let names = Set(
            entities("The Coastal Defence Force and the Border Corps met the Frontier Police and Harbour Command.")
                .filter { $0.kind == .organization }.map(\.name))
        #expect(names == ["Coastal Defence Force", "Border Corps", "Frontier Police", "Harbour Command"])
    }

    @Test func aGovernmentByTheInitialsOfACountryTheTextNames() throws {
        let found = entities("Traders in Peru complained.", "The GOP has not answered them.")
        let government = try #require(found.first { $0.aliases.contains("GOP") })
        #expect(government.name == "Government of Peru")
        #expect(government.kind == .organization)
    }

    @Test func aCommandOfTheGlossaryUsedAlone() throws {
        let found = entities("CENTCOM sent two planners.")
        #expect(found.first { $0.aliases.contains("CENTCOM") }?.name == "U.S. Central Command")
    }
}
