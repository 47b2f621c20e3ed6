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

    @Test(arguments: ["Port Orval", "  ab-CD ef", "X", "--", "", "9 Wells", "S\u{E3}o Bento", "a\u{301}b"])
    func firstASCIIWordIsTheFirstFoldedWord(name: String) {
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        let expected = isASCII ? Gazetteer.foldedWords(name).first.map { Array($0.utf8) } : nil
        #expect(Gazetteer.foldedFirstASCIIWord(name) == expected)
    }
}
