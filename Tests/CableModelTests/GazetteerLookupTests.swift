import Testing

@testable import CableModel

/// A name is looked up by its folded words, in any case and with any separators; a name whose first word begins no
/// place is answered without splitting it (the answer is the same).
@Suite struct GazetteerLookupTests {
    private let gazetteer = Gazetteer(
        parsing: Array(
            ("Port Orval\tcapital\tOrvalia\nOrvalia\tcountry\tOrvalia\nS\u{E3}o Bento\tcity\tOrvalia\n"
                + "Nine Wells\tcity\tOrvalia\n").utf8))

    @Test(arguments: [
        ("Port Orval", "Orvalia"), ("PORT ORVAL", "Orvalia"), ("port-orval", "Orvalia"), ("  Port  Orval.", "Orvalia"),
        ("orvalia", "Orvalia"), ("S\u{E3}o Bento", "Orvalia"), ("Nine Wells", "Orvalia"),
    ])
    func placesAreFoundInAnyCase(name: String, country: String) {
        #expect(gazetteer.country(of: name) == country)
    }

    @Test(arguments: ["Port", "Port Royal", "Orval", "Nine", "Wells", "Sao", "", "--", "Lopez"])
    func otherNamesAreNot(name: String) {
        #expect(gazetteer.country(of: name) == nil)
    }

    @Test(arguments: [
        ("Port Orval", ["port", "orval"]), ("  ab-CD ef", ["ab", "cd", "ef"]), ("X", ["x"]), ("--", []), ("", []),
        ("9 Wells.", ["9", "wells"]),
    ])
    func asciiNamesFoldToLowerCaseWords(name: String, words: [String]) {
        #expect(Gazetteer.foldedWords(name) == words)
        #expect(Gazetteer.foldedKey(name) == words.joined(separator: " "))
        #expect(Gazetteer.foldedASCII(name) == Array(words.joined(separator: " ").utf8))
    }

    @Test(arguments: ["S\u{E3}o Bento", "a\u{301}b"])
    func otherNamesFoldByTheWordIndex(name: String) {
        #expect(Gazetteer.foldedASCII(name) == nil)
        #expect(Gazetteer.foldedKey(name) == Gazetteer.foldedWords(name).joined(separator: " "))
    }
}
