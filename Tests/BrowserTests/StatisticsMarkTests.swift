import Testing

@testable import Browser

/// A figure denied or given as someone's word is marked in the statistics pane, never shown as a plain fact
/// (issue 16).
@Suite struct StatisticsMarkTests {
    static let report = """
        R 021530Z MAR 11
        FM AMEMBASSY KESTREL
        TO RUEHC/SECSTATE WASHDC ROUTINE 0815

        UNCLAS KESTREL 000124

        E.O. 12958: N/A
        TAGS: KTIP, PHUM
        SUBJECT: CLAIMS ABOUT THE HARBOUR CAMPS

        1. (U) Activists say guards reportedly beat 14 detainees at the camp.

        2. (U) The warden denies that guards starved 9 prisoners. Inspectors counted 31 beds.
        """

    @Test func theFiguresTableMarksDeniedAndAllegedFigures() throws {
        var state = try Fixtures.state(text: Self.report, 200, 30)
        _ = state.document.deriveDeferredParts()
        state.type("2")
        let lines = state.frame.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("MARK") }, "\(lines)")
        #expect(lines.contains { $0.contains("14") && $0.contains("alleged") }, "\(lines)")
        #expect(lines.contains { $0.contains("9") && $0.contains("denied") }, "\(lines)")
        #expect(lines.contains { $0.contains("31") && !$0.contains("alleged") && !$0.contains("denied") }, "\(lines)")
    }
}
