import CableModel
import Testing

/// Page-break lines the release left in the text go, even where it withheld the post and the number.
@Suite struct PageBreakTests {
    /// `XXXXXXXXXXXX  002 OF 002`: the page and the total left, written with three digits, make a page break, not a
    /// heading in capitals; a redaction before a count in a sentence stays text.
    @Test func pageBreakWithItsPostWithheld() throws {
        let body =
            "1. (C) The port opened in May.\n\nXXXXXXXXXXXX  002 OF 002\n\n2. (C) XXXXXXXXXXXX said that 2 of 3\n"
            + "ministers agreed, and XXXXXXXXXXXX 2 OF 3 voted.\n"
        let cable = try SyntheticCable.load(body)
        #expect(cable.units.map(\.id) == ["1", "2"])
        #expect(cable.pageCount == 2)
        #expect(cable.units[1].page == 2)
        #expect(cable.units[1].text == "XXXXXXXXXXXX said that 2 of 3 ministers agreed, and XXXXXXXXXXXX 2 OF 3 voted.")
    }
}
