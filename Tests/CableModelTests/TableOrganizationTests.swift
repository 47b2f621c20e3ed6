import CableModel
import Testing

/// The organisations a key–value table names (`Organization: ...`) are entities; the key itself is none.
@Suite struct TableOrganizationTests {
    private func organizations(_ texts: [String]) -> [String] {
        TestIndex.index(texts).entities.filter { $0.kind == .organization }.map(\.name)
    }

    @Test(arguments: [
        (
            "A. Name of Organization: Lakeside Shelter Trust (LST). Contact person: Marta Ilves.",
            "Lakeside Shelter Trust"
        ),
        ("Partner Organization: Liga de Pescadores del Norte, a network of fishers.", "Liga de Pescadores del Norte"),
        ("Organisation: Caritas Nordland\nFunding: USD 20,000", "Caritas Nordland"),
    ])
    func theValueOfAnOrganizationKeyIsAnOrganisation(text: String, name: String) {
        #expect(organizations(["Post reviewed the proposals.", text]) == [name])
    }

    @Test(arguments: [
        "The organization: its staff were absent.",
        "Each organization: small and poor.",
        "Organization: XXXXXXXXXXXX.",
    ])
    func otherWordsAfterTheKeyAreNoOrganisation(text: String) {
        #expect(organizations([text]).isEmpty)
    }
}
