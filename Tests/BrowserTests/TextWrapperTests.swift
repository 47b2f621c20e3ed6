import Testing

@testable import Browser

@Suite struct TextWrapperTests {
    func lines(_ text: String, _ width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TextWrapper.wrap(scalars, width: width, displayWidth: .unicodeTable).map {
            String(String.UnicodeScalarView(scalars[$0]))
        }
    }

    @Test func breaksAtSpacesAndLeavesThemOut() {
        #expect(lines("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func breaksALongWordWhereItMust() {
        #expect(lines("a verylongwordindeed b", 8) == ["a", "verylong", "wordinde", "ed b"])
    }

    @Test func keepsLineBreaksAndBlankLines() {
        #expect(lines("one\n\ntwo three", 20) == ["one", "", "two three"])
    }

    @Test func countsWideCharactersAsTwoColumns() {
        #expect(lines("漢字漢字 漢字", 6) == ["漢字漢", "字", "漢字"])
    }

    @Test func noLineIsWiderThanTheWidthAndNoWordIsLost() {
        let text = Fixtures.seedCable.units.map(\.text).joined(separator: "\n\n")
        for width in [1, 7, 20, 39, 80, 100] {
            let wrapped = lines(text, width)
            #expect(wrapped.allSatisfy { DisplayWidth.unicodeTable.width(of: $0) <= width })
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined()
            #expect(wrapped.joined().filter { $0 != " " } == words.filter { $0 != " " })
        }
    }
}
