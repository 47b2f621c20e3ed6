import Testing

@testable import Browser

/// Following references across cables with a library: the cables referred to say whether the library holds them,
/// Enter opens one (Backspace comes back to the first cable where it was), a missing one is said so, `ref A` in
/// the text is followed the same way, and the cables citing this one are listed and opened.
@Suite struct CableLinkTests {
    /// Made-up cables: a report from KESTREL citing an instruction from the Department (held) and an earlier
    /// KESTREL cable (not held); a later KESTREL cable citing the report.
    static let report = """
        R 021530Z MAR 11
        FM AMEMBASSY KESTREL
        TO RUEHC/SECSTATE WASHDC ROUTINE 0815

        C O N F I D E N T I A L KESTREL 000123

        SIPDIS

        E.O. 12958: DECL: 03/02/2021
        TAGS: PGOV, ECON
        SUBJECT: A HARVEST REPORT OF MY OWN MAKING

        REF: A. STATE 4321 B. KESTREL 99

        1. (C) As ref A asked, the embassy counted 40 stalls at the market.

        2. (C) The harvest ended early, as ref B foresaw.

        WRITER

        """

    static let instruction = """
        R 201200Z FEB 11
        FM SECSTATE WASHDC
        TO AMEMBASSY KESTREL ROUTINE

        UNCLAS STATE 004321

        TAGS: ECON
        SUBJECT: COUNT THE MARKET STALLS

        1. Posts are asked to count the stalls of their capital's markets.

        CLERK

        """

    static let answer = """
        R 101000Z MAR 11
        FM AMEMBASSY KESTREL
        TO RUEHC/SECSTATE WASHDC ROUTINE 0816

        UNCLAS KESTREL 000456

        TAGS: ECON
        SUBJECT: OUR STALLS COMPARED WITH KESTREL'S

        REF: KESTREL 123

        1. Plover counted fewer stalls than reftel did.

        OTHER

        """

    static func library() throws -> CableLinkFake { try CableLinkFake([report, instruction, answer]) }

    /// The index row of the entry whose title starts with `title`.
    static func row(of title: String, in state: BrowserState) -> Int? {
        state.indexRows.indices.first { state.indexEntry(atRow: $0)?.title.hasPrefix(title) == true }
    }

    /// The entry whose title starts with `title`.
    static func entry(titled title: String, in state: BrowserState) -> IndexEntry? {
        row(of: title, in: state).flatMap { state.indexEntry(atRow: $0) }
    }

    /// Focuses the index and selects the entry whose title starts with `title`.
    static func select(_ title: String, in state: inout BrowserState) throws {
        state.type("3")
        state.index.entries.selection = try #require(row(of: title, in: state))
    }

    @Test func theCablesReferredToSayWhetherTheLibraryHoldsThem() throws {
        let state = try Self.library().state("11KESTREL123")
        let held = try #require(Self.entry(titled: "A. STATE 4321", in: state))
        #expect(held.detail.hasSuffix("· in the library"))
        let missing = try #require(Self.entry(titled: "B. KESTREL 99", in: state))
        #expect(missing.detail.hasSuffix("· not in the library"))
        var focused = state
        focused.type("3")
        focused.frameContains("STATE 4321 = 11STATE4321  REF line · in the library")
    }

    @Test func enterOnAHeldCableOpensItAndBackspaceComesBackToTheSamePlace() throws {
        var state = try Self.library().state("11KESTREL123")
        try Self.select("A. STATE 4321", in: &state)
        let before = state.location
        #expect(state.press(.enter) == .repaint)
        #expect(state.document.cable.header.id == "11STATE4321")
        #expect(state.previousCables.count == 1)
        #expect(state.message?.text.contains("from 11KESTREL123") == true)
        state.type("j")
        state.press(.backspace)
        #expect(state.document.cable.header.id == "11KESTREL123")
        #expect(state.location == before)
        #expect(state.previousCables.isEmpty)
        state.press(.backspace)
        #expect(state.document.cable.header.id == "11KESTREL123")
        #expect(state.message?.text == "no earlier place in the jump list")
    }

    @Test func aCableTheLibraryLacksIsSaidSo() throws {
        var state = try Self.library().state("11KESTREL123")
        try Self.select("B. KESTREL 99", in: &state)
        state.press(.enter)
        #expect(state.document.cable.header.id == "11KESTREL123")
        #expect(state.message?.text == "11KESTREL99 is not in the library")
        #expect(state.message?.kind == .warning)
        #expect(state.frame.contains("11KESTREL99 is not in the library"))
    }

    @Test func rightListsTheMentionsOfACableInsteadOfOpeningIt() throws {
        var state = try Self.library().state("11KESTREL123")
        try Self.select("A. STATE 4321", in: &state)
        state.press(.right)
        #expect(state.document.cable.header.id == "11KESTREL123")
        #expect(state.openIndexEntry?.kind == .cable(0))
        #expect(state.openIndexEntry?.mentions.map(\.unit) == [0, 1])
    }

    @Test func theRefLineAndRefAInTheTextAreFollowedToTheCable() throws {
        let library = try Self.library()
        var state = library.state("11KESTREL123")
        state.type(":header⏎}⏎")
        #expect(state.document.cable.header.id == "11STATE4321")
        state.press(.backspace)
        #expect(state.currentID == "header")

        var reading = library.state("11KESTREL123")
        #expect(reading.currentID == "1")
        reading.type("⇥⏎")
        #expect(reading.document.cable.header.id == "11STATE4321")
        reading.press(.backspace)
        #expect(reading.currentID == "1")
        try Self.select("B. KESTREL 99", in: &reading)
        reading.type("lj⏎")
        #expect(reading.currentID == "2")
        #expect(reading.focus == .reader)
        #expect(reading.cursor?.span.unit == 2)
        reading.press(.enter)
        #expect(reading.message?.text == "11KESTREL99 is not in the library")
    }

    @Test func citedByListsTheCablesReferringToThisOneAndOpensThem() throws {
        var state = try Self.library().state("11KESTREL123")
        let groups = state.document.findings.indexGroups
        let group = try #require(groups.first { $0.title == "Cited by" })
        #expect(group.entries.map(\.title) == ["11KESTREL456"])
        #expect(group.entries[0].detail == "2011-03-10 · KESTREL · OUR STALLS COMPARED WITH KESTREL'S")
        let titles = groups.map(\.title)
        #expect(titles.firstIndex(of: "Cited by") == titles.firstIndex(of: "Cables referred to").map { $0 + 1 })
        try Self.select("11KESTREL456", in: &state)
        state.press(.enter)
        #expect(state.document.cable.header.id == "11KESTREL456")
        let back = try #require(Self.entry(titled: "KESTREL 123", in: state))
        #expect(back.detail.hasSuffix("· in the library"))
        state.press(.backspace)
        #expect(state.document.cable.header.id == "11KESTREL123")
    }

    @Test func withoutALibraryEnterListsTheMentionsAsBefore() throws {
        var state = try Fixtures.state(text: Self.report, 120, 40)
        try Self.select("A. STATE 4321", in: &state)
        #expect(state.indexEntry(atRow: state.index.entries.selection)?.detail == "REF line")
        state.press(.enter)
        #expect(state.openIndexEntry?.kind == .cable(0))
        #expect(!state.document.findings.indexGroups.contains { $0.title == "Cited by" })
    }

    @Test func aChainOfCablesUnwindsOneBackspaceAtATime() throws {
        var state = try Self.library().state("11KESTREL456")
        state.type(":header⏎}⏎")
        #expect(state.document.cable.header.id == "11KESTREL123")
        state.type(":header⏎}⏎")
        #expect(state.document.cable.header.id == "11STATE4321")
        #expect(state.previousCables.map { $0.document.cable.header.id } == ["11KESTREL456", "11KESTREL123"])
        state.press(.backspace)
        state.press(.backspace)
        state.press(.backspace)
        #expect(state.document.cable.header.id == "11KESTREL123")
        state.press(.backspace)
        state.press(.backspace)
        state.press(.backspace)
        #expect(state.document.cable.header.id == "11KESTREL456")
    }

    @Test(arguments: SnapshotTests.sizes) func theIndexSaysWhatTheLibraryHolds(size: Size) throws {
        var state = try Self.library().state("11KESTREL123", size.width, size.height)
        try Self.select("B. KESTREL 99", in: &state)
        state.press(.enter)
        Snapshot.check(state, pane: "index", scenario: "linked")
    }

    @Test func openingACableAsksTheLibraryOnceForItsReferencesAndOnceForItsCiters() throws {
        let library = try Self.library()
        _ = library.state("11KESTREL123")
        #expect(library.lookups == 2)
    }
}

extension BrowserState {
    /// Expects the frame to hold `text`.
    func frameContains(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(frame.contains(text), sourceLocation: sourceLocation)
    }
}
