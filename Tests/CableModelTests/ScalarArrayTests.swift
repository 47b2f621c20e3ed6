import Testing

@testable import CableModel

/// A text's scalars read in one pass are the scalars the standard library gives.
@Suite struct ScalarArrayTests {
    @Test func theScalarsOfATextAreItsUnicodeScalarsInOrder() {
        for text in ["", "plain words", "¶3. Café – “quoted” 🇹🇯 e\u{301}", "line\r\nbreaks\u{2028}and\u{0}nul"] {
            let scalars = [Unicode.Scalar](scalarsOf: text)
            #expect(scalars == Array(text.unicodeScalars))
        }
    }
}
