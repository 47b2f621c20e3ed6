import Testing

@testable import CableModel

/// A demonym is a one-word country's name less a known ending, four letters at least, in any case and script.
@Suite struct DemonymTests {
    private let gazetteer = Gazetteer(
        parsing: Array("Freedonia\tcountry\tFreedonia\nKovia\tcountry\tKovia\nBr\u{E9}vie\tcountry\tBr\u{E9}vie\n".utf8)
    )

    @Test(arguments: [
        "Freedonian", "FREEDONIAN", "Freedonias", "freedonia", "Kovian", "Kovi", "Br\u{E9}vien", "BR\u{C9}VIE",
    ])
    func namesOfAPeopleAreDemonyms(word: String) {
        #expect(gazetteer.isDemonym(word))
    }

    @Test(arguments: [
        "Kov", "Kovs", "Kovish", "FREEDONIANS", "Freedom", "Ruritanian", "Kovianese", "Br\u{E9}", "Kovia\r\n", "",
    ])
    func otherWordsAreNot(word: String) {
        #expect(!gazetteer.isDemonym(word))
    }
}
