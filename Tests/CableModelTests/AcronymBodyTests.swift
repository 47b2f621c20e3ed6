import CableModel
import Testing

/// Acronyms that stand where an organisation does, dotted country initials, and a body's name before a noun for an
/// office's holder (issue 16).
@Suite struct AcronymBodyTests {
    private func organizations(_ text: String) -> [Entity] {
        TestIndex.index(text).entities.filter { $0.kind == .organization }
    }

    @Test(arguments: [
        ("Patrols by QRB troops grew after the floods; QRB said nothing.", "QRB", 2),
        ("Two officials of the WPLM met the mayor. The WPLM later denied it.", "WPLM", 2),
        ("Members of NRFA walked out of the hall.", "NRFA", 1),
    ])
    func anUnexplainedAcronymBeforeOrAfterABodysPeopleIsAnOrganisation(text: String, name: String, mentions: Int) {
        let found = organizations(text).first { $0.name == name }
        #expect(found?.mentions.count == mentions, "\(organizations(text).map(\.name))")
    }

    @Test func aDefinedProperNameInABodysPlaceIsNamedByItsLongForm() {
        let text = "Representatives of Harbour Light Watch (HLW) arrived. HLW asked to see the prisoners."
        let found = organizations(text).first { $0.name == "Harbour Light Watch" }
        #expect(found?.aliases == ["HLW"])
        // NB: the long form and its acronym in parentheses are two mentions.
        #expect(found?.mentions.count == 3)
    }

    @Test(arguments: [
        "The QRB reported that rainfall rose.",
        "TIP officials met the press.",
        "PM staff drafted the note.",
        "OFFICIALS OF THE QRB MET THE MAYOR.",
        "The Riverland Trade Conference (RTC) staff met us.",
        "UAE officials met the press.",
        "Troops joined the Riverland XIV headquarters.",
        "He met THE leader of the party, and the party agreed.",
    ])
    func anAcronymWithoutABodysContextOrExplainedOtherwiseIsNone(text: String) {
        #expect(organizations(text).isEmpty, "\(organizations(text).map(\.name))")
    }

    @Test func dottedInitialsJoinTheirCountry() {
        let text = "A U.A.E. delegation arrived; the United Arab Emirates pledged support. A U.K. envoy came."
        let places = TestIndex.index(text).entities.filter { $0.kind == .place }
        let emirates = places.first { $0.name == "United Arab Emirates" }
        #expect(emirates?.aliases == ["U.A.E."])
        #expect(emirates?.mentions.count == 2)
        #expect(places.contains { $0.name == "United Kingdom" && $0.mentions.count == 1 })
    }

    @Test func aBodysNameBeforeANounForItsOfficerIsATitle() {
        let text = "Report written by officer: Ilse Brandt, Diplomatic Service Officer, grade 4."
        #expect(organizations(text).isEmpty, "\(organizations(text).map(\.name))")
        #expect(!organizations("The Diplomatic Service recruits each spring.").isEmpty)
    }

    @Test(arguments: [
        "Organization: Caritas Nordland Name: Ilse Brandt Title: Director",
        "Name: Ilse Brandt Title: Director",
    ])
    func aNameRowOfJoinedRowsEndsBeforeTheNextKey(text: String) {
        let people = TestIndex.index(text).entities.filter { $0.kind == .person }.map(\.name)
        #expect(people == ["Ilse Brandt"])
    }
}
