import CableModel
import Testing

/// The officers a report names at its end (drafters, points of contact) are people, with or without a title.
@Suite struct ContactPersonTests {
    private func people(_ texts: [String]) -> [String] {
        TestIndex.index(texts).entities.filter { $0.kind == .person }.map(\.name)
    }

    @Test(arguments: [
        ("Post will follow up. POC is Maren Olsvik, tel. 555-0100.", "Maren Olsvik"),
        ("Point of contact for this report is Ilse Marchetti.", "Ilse Marchetti"),
        ("Hours spent: by officer: Tove Lindqvist, Foreign Service Officer, 12 hours.", "Tove Lindqvist"),
        ("Drafted by: Piet Hanssens.", "Piet Hanssens"),
        ("Point of Contact: Ruth Abernathy, Economic Section.", "Ruth Abernathy"),
        ("Name: Halldora Stefansdottir\nTitle: Director of the Harbour Board", "Halldora Stefansdottir"),
        ("This note was prepared by Political Officer Aksel Brandvold.", "Aksel Brandvold"),
        ("Prepared by: Orla Finnegan, Consular Section.", "Orla Finnegan"),
    ])
    func theOfficerNamedAfterTheCueIsAPerson(text: String, name: String) {
        #expect(people(["The talks ended early.", text]) == [name])
    }

    @Test func theOfficersSurnameLaterIsTheSamePerson() {
        let index = TestIndex.index(["POC is Maren Olsvik.", "Olsvik will travel to the border."])
        let person = index.entities.first { $0.kind == .person }
        #expect(person?.mentions.count == 2)
    }

    @Test(arguments: [
        "Drafted by OSD staff.",
        "The text was drafted by officials who left.",
        "Our contact with the Ministry is Useful.",
        "POC is XXXXXXXXXXXX.",
        "The officer: An Embassy driver.",
        "The POC is Embassy Security.",
        "Name: XXXXXXXXXXXX\nTitle: Director",
        "Its name: Harbour Board.",
        "The plan was prepared by Embassy Poloff and the desk.",
        "The plan was prepared by his staff last year.",
    ])
    func otherWordsAfterTheCueAreNoPerson(text: String) {
        #expect(people([text]).isEmpty)
    }
}
