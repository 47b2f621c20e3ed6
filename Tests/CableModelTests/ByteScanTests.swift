import Testing

@testable import CableModel

/// The byte and string scans the readers share give what a plain reading of their documentation gives.
@Suite struct ByteScanTests {
    /// The first index of `needle` in `text` at or after `from`, by comparing every window upper-cased.
    private func plainIndex(of needle: String, in text: ByteText, from: Int) -> Int? {
        let pattern = needle.utf8.map(\.asciiUppercased)
        guard !pattern.isEmpty, text.endIndex - pattern.count >= from else { return nil }
        return (from...(text.endIndex - pattern.count)).first { start in
            text[start..<start + pattern.count].map(\.asciiUppercased) == pattern
        }
    }

    @Test(arguments: [
        ("PAGE 02 of the page", "page "), ("a Classified web site", "Classified Web"), ("x\",\"y\",\"z", "\",\""),
        ("1.4(b) and 1. 5", "1. 5"), ("short", "much longer needle"), ("", "x"), ("anything", ""),
        ("caf\u{E9} PAGE", "page"), ("[BRACKET] [bracket]", "[bRACKET]"), ("@@ `` @@", "`"),
    ])
    func findsANeedleInAnyCaseFromAnyPlace(text: String, needle: String) {
        // NB: a slice that does not start at zero, as the loader's lines do.
        let bytes = Array(("> " + text).utf8)[2...]
        for from in bytes.startIndex...bytes.endIndex {
            #expect(
                bytes.firstIndex(ofIgnoringCase: needle, from: from) == plainIndex(of: needle, in: bytes, from: from))
        }
        #expect(bytes.firstIndex(ofIgnoringCase: needle) == plainIndex(of: needle, in: bytes, from: bytes.startIndex))
    }

    @Test(arguments: [
        (", ;Jane Roe;: ", " ,;:", "Jane Roe"), ("::", ":", ""), ("", ",", ""), ("Roe", ",", "Roe"),
        (",e\u{301},", ",", "e\u{301}"), ("; a ; b ;", "; ", "a ; b"),
    ])
    func trimsTheCharactersAtEitherEnd(text: String, characters: String, trimmed: String) {
        #expect(text.trimmingCharacters(characters) == trimmed)
    }

    @Test func numberWordsStartNumbers() {
        for word in EnglishWords.smallNumbers.keys { #expect(NumberWordTable.startsNumber(word), "\(word)") }
        for word in EnglishWords.tens.keys { #expect(NumberWordTable.startsNumber(word), "\(word)") }
        #expect(NumberWordTable.startsNumber("dozen"))
        for word in ["hundred", "million", "a", "an", "One", "tenth", "twentyone", ""] {
            #expect(!NumberWordTable.startsNumber(word), "\(word)")
        }
    }
    @Test(arguments: [
        ("[PGOV](#) [PREL](#)", "](#)", " "), ("REF: A;B) C", ";", "; "), ("( a ) ( b )", " )", ")"),
        ("no match here", "xyz", "-"), ("", "a", "b"), ("aaa", "aa", "b"), ("e\u{301}e", "e", "x"),
        ("]](#)", "](#)", ""),
    ])
    func replacesEveryOccurrenceAsTheStandardLibraryDoes(text: String, target: String, replacement: String) {
        #expect(text.replacingAll(target, with: replacement) == text.replacing(target, with: replacement))
    }

    @Test func uniquedKeepsTheFirstOfEachInOrderShortOrLong() {
        #expect(["b", "a", "b", "c", "a"].uniqued() == ["b", "a", "c"])
        #expect((0..<100).map { String($0 % 7) }.uniqued() == (0..<7).map(String.init))
        #expect([Int]().uniqued().isEmpty)
    }
}
