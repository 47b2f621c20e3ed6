import CableModel
import Testing

/// Names whose head comes first (`Embassy Lima`, `Codel Marsh`), and defined acronyms of intelligence services and
/// control regimes, on sentences of our own (issue 16).
@Suite struct HeadFirstNameTests {
    private func organizations(_ texts: [String]) -> [Entity] {
        TestIndex.index(texts).entities.filter { $0.kind == .organization }
    }

    @Test func anEmbassyNamedByItsPlaceIsAnOrganisation() {
        let found = organizations(["Embassy Lima's report arrived in May.", "Embassy Lima will follow up."])
        #expect(found.first { $0.name == "Embassy Lima" }?.mentions.count == 2, "\(found.map(\.name))")
    }

    @Test func anEmbassyBeforeAWordThatIsNoPlaceNamesNothing() {
        let found = organizations(["Embassy Comment: the talks stalled.", "Mission Strategic Plan goals were met."])
        #expect(
            !found.contains { $0.name.hasPrefix("Embassy") || $0.name.hasPrefix("Mission") }, "\(found.map(\.name))")
    }

    @Test func aDelegationNamedByItsLeaderIsAnOrganisation() {
        let found = organizations(["Codel Marsh met the minister on Monday.", "Codel Marsh did not clear this."])
        #expect(found.first { $0.name == "Codel Marsh" }?.mentions.count == 2, "\(found.map(\.name))")
    }

    @Test func aPossessiveBeforeTheAcronymStaysOutOfTheLongForm() {
        let text = "He praised the Harbour Intelligence's (HI) chief. HI officers agreed."
        let found = organizations([text]).first { $0.aliases.contains("HI") }
        #expect(found?.name == "Harbour Intelligence", "\(organizations([text]).map(\.name))")
    }

    @Test func aDefinedControlRegimeIsAnOrganisation() {
        let text = "They discussed the Fishing Gear Control Regime (FGCR) and FGCR-related duties."
        #expect(organizations([text]).contains { $0.name == "Fishing Gear Control Regime" && $0.aliases == ["FGCR"] })
    }
}
