import CableModel
import Testing

/// How the export writes a string: quotes, backslashes and every control character escaped, the rest as itself.
@Suite struct JSONStringTests {
    @Test func quotesBackslashesAndLineBreaksAreEscaped() {
        let value = JSONValue.string("The \"ferry\" ran\tlate\\early\r\nagain")
        #expect(value.serialized() == #""The \"ferry\" ran\tlate\\early\r\nagain""#)
    }

    @Test func controlCharactersOfEveryRangeAreEscaped() {
        let value = JSONValue.string("a\u{1}b\u{1F}c\u{7F}d\u{85}e\u{9F}f\u{2028}g\u{2029}h")
        #expect(value.serialized() == #""a\u0001b\u001fc\u007fd\u0085e\u009ff\u2028g\u2029h""#)
    }

    @Test func otherScalarsBesideEscapesAreWrittenAsThemselves() {
        // NB: scalars that share a UTF-8 lead byte with escaped ones (U+00A0, U+2019, U+20AC) stay as they are, and a
        // combining mark after a quote stays after the quote's escape.
        let text = "Caf\u{E9}\u{A0}\u{2019}s \u{20AC}5 \u{1F600}\n\u{E9}\u{301}\"\u{301}"
        #expect(
            JSONValue.string(text).serialized()
                == "\"Caf\u{E9}\u{A0}\u{2019}s \u{20AC}5 \u{1F600}\\n\u{E9}\u{301}\\\"\u{301}\"")
        #expect(JSONValue.object([("k\u{85}", .string(""))]).serialized() == #"{"k\u0085":""}"#)
    }
}
