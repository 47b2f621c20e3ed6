import Testing

@testable import Browser

/// A cable whose text ends with its header (the source cut it short) has no units of its own: the browser shows its
/// header and says the body is empty; every key and every size must still draw.
@Suite struct EmptyCableTests {
    static let headerOnly = """
        P 261426Z OCT 09
        FM AMEMBASSY ALPHA
        TO RUEHC/SECSTATE WASHDC PRIORITY 2479

        S E C R E T SECTION 01 OF 03 ALPHA 003423

        E.O. 12958: DECL: 10/25/2019
        TAGS: PGOV
        SUBJECT: A CABLE CUT SHORT AFTER ITS HEADER

        """

    @Test func everyKeyWorksOnACableWithoutUnits() throws {
        var state = try Fixtures.state(text: Self.headerOnly)
        #expect(state.document.cable.units.map(\.id) == ["header"])
        #expect(state.frame.contains("SUBJECT") || state.frame.contains("Subject"))
        #expect(state.message?.text.contains("the body is empty") == true)
        let keys = "jkgGbhl \t12 3⇥⏎/x⏎nN][)(}{⎋:4⏎⌫Lsrz z?⎋"
        for key in keys.unicodeScalars {
            state.type(String(key))
            _ = state.frame
        }
        for row in stride(from: 0, to: 24, by: 3) {
            for column in stride(from: 0, to: 80, by: 7) {
                for kind in [MouseEvent.Kind.press, .wheelUp, .wheelDown] {
                    _ = state.handle(.mouse(MouseEvent(kind, column: column, row: row)))
                    _ = state.frame
                }
            }
        }
        for (width, height) in [(200, 50), (80, 24), (40, 12), (20, 5)] {
            state.size = Size(width: width, height: height)
            #expect(!state.frame.isEmpty)
        }
    }
}
