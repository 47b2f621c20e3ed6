import Testing

@testable import Browser

/// What the first frame does not show (the statistics tables) can be derived right after it is drawn.
@Suite struct DeferredDerivationTests {
    @Test func theTablesComeWhenTheDeferredPartsAreDerived() {
        let eager = Document.browsing(Fixtures.seedCable, knowledge: Fixtures.knowledge)
        let deferred = Document.browsing(Fixtures.seedCable, knowledge: Fixtures.knowledge, deferring: true)
        #expect(!eager.findings.tables.isEmpty)
        #expect(deferred.findings.tables.isEmpty)
        #expect(deferred.findings.indexGroups.count == eager.findings.indexGroups.count)
        #expect(deferred.deriveDeferredParts())
        #expect(deferred.findings.tables.map(\.rows) == eager.findings.tables.map(\.rows))
        #expect(!deferred.deriveDeferredParts())
        #expect(!eager.deriveDeferredParts())
    }

    @Test func onlyAWideFirstScreenShowsTheStatistics() {
        #expect(!Layout.opensOnStatistics(Size(width: 120, height: 40)))
        #expect(!Layout.opensOnStatistics(Size(width: Layout.wideWidth - 1, height: 50)))
        #expect(Layout.opensOnStatistics(Size(width: Layout.wideWidth, height: 50)))
    }
}
