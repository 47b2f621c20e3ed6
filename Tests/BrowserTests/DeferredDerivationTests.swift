import CableData
import CableModel
import TestSupport
import Testing

@testable import Browser

/// What the first frame does not show (the names, the index pane, the statistics tables, and the gazetteer the
/// names are found with) can be derived right after it is drawn, and the first frame is the same without it.
@Suite struct DeferredDerivationTests {
    /// The bundled cable's document, deferred as the browser opens it: the loader's knowledge first, the whole later.
    private func deferred(_ cable: Cable) -> Document {
        Document.browsing(cable, knowledge: .bundledWithoutGazetteer, names: { .bundled }, deferring: true)
    }

    @Test func theTablesAndTheIndexPaneComeWhenTheDeferredPartsAreDerived() {
        let eager = Document.browsing(Fixtures.seedCable, knowledge: Fixtures.knowledge)
        let deferred = deferred(Fixtures.seedCable)
        #expect(!eager.findings.tables.isEmpty)
        #expect(deferred.findings.tables.isEmpty)
        #expect(deferred.findings.indexGroups.isEmpty && deferred.indexRows.isEmpty)
        #expect(deferred.findings.statuteMentions.map(\.span) == eager.findings.statuteMentions.map(\.span))
        #expect(deferred.crossReferenceSpans == eager.crossReferenceSpans)
        #expect(deferred.deriveDeferredParts())
        #expect(deferred.findings.tables.map(\.rows) == eager.findings.tables.map(\.rows))
        #expect(deferred.findings.indexGroups.map(\.title) == eager.findings.indexGroups.map(\.title))
        #expect(
            deferred.findings.indexGroups.map { $0.entries.map(\.title) }
                == eager.findings.indexGroups.map { $0.entries.map(\.title) })
        #expect(deferred.indexRows.count == eager.indexRows.count)
        #expect(!deferred.deriveDeferredParts())
        #expect(!eager.deriveDeferredParts())
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 159, height: 50)])
    func theFirstFrameOfTheBundledCableIsTheSameWithoutTheDeferredParts(size: Size) {
        expectSameFirstFrame(Fixtures.seedCable, size, "bundled cable")
    }

    @Test(.enabled(if: SharedData.shouldRun))
    func theFirstFrameOfEachSharedCableIsTheSameWithoutTheDeferredParts() throws {
        let files = SharedData.files(in: "cables")
        #expect(!files.isEmpty)
        for file in files {
            let cables = try CableLoader.load(SharedData.bytes(file), knowledge: .bundled, name: file.lastPathComponent)
            for cable in cables { expectSameFirstFrame(cable, Size(width: 120, height: 40), file.lastPathComponent) }
        }
    }

    @Test func onlyAWideFirstScreenShowsTheStatistics() {
        #expect(!Layout.opensOnStatistics(Size(width: 120, height: 40)))
        #expect(!Layout.opensOnStatistics(Size(width: Layout.wideWidth - 1, height: 50)))
        #expect(Layout.opensOnStatistics(Size(width: Layout.wideWidth, height: 50)))
        #expect(
            Layout(size: Size(width: Layout.wideWidth, height: 50), focus: .reader, zoomed: false).panes[.index] != nil)
    }

    /// The first frame of `cable` at `size` from a deferred document is the one from a document derived at once.
    private func expectSameFirstFrame(_ cable: Cable, _ size: Size, _ name: String) {
        let eager = Renderer.render(BrowserState(document: .browsing(cable, knowledge: .bundled), size: size))
        let first = Renderer.render(BrowserState(document: deferred(cable), size: size))
        #expect(first.cells == eager.cells, "\(name) at \(size.width)×\(size.height)")
    }
}
