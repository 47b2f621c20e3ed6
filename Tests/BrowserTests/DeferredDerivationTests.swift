import CableData
import CableModel
import TestSupport
import Testing

@testable import Browser

/// What the first frame shows only as highlights (the statutes, cross-references and search, the names, the index
/// pane, the statistics tables, and the gazetteer the names are found with) is derived right after it is drawn: the
/// first frame has the same text but the status line's `indexing…`, and once they are derived the frame is the one
/// of a document derived at once.
@Suite struct DeferredDerivationTests {
    /// The bundled cable's document, deferred as the browser opens it: the loader's knowledge first, the whole later.
    private func deferred(_ cable: Cable) -> Document {
        Document.browsing(cable, knowledge: .bundledWithoutGazetteer, names: { .bundled }, deferring: true)
    }

    @Test func theFindingsComeWhenTheDeferredPartsAreDerived() {
        let eager = Document.browsing(Fixtures.seedCable, knowledge: Fixtures.knowledge)
        let deferred = deferred(Fixtures.seedCable)
        #expect(!eager.findings.tables.isEmpty && !eager.statuteSpans.isEmpty)
        #expect(deferred.isIndexing && !eager.isIndexing)
        #expect(deferred.findings.tables.isEmpty && deferred.statuteSpans.isEmpty)
        #expect(deferred.findings.indexGroups.isEmpty && deferred.indexRows.isEmpty)
        #expect(deferred.findings.search("cotton") == nil)
        #expect(!deferred.crossReferenceSpans.isEmpty && deferred.crossReferenceSpans.allSatisfy { $0.unit == 0 })
        #expect(deferred.crossReferenceSpans == eager.crossReferenceSpans.filter { $0.unit == 0 })
        #expect(deferred.deriveDeferredParts())
        #expect(!deferred.isIndexing)
        #expect(deferred.statuteSpans == eager.statuteSpans)
        #expect(deferred.crossReferenceSpans == eager.crossReferenceSpans)
        #expect(deferred.findings.search("cotton") == eager.findings.search("cotton"))
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
    func theFirstFrameOfTheBundledCableSaysIndexingThenBecomesTheWholeOne(size: Size) {
        expectFirstFrameThenWhole(Fixtures.seedCable, size, "bundled cable")
    }

    /// The benchmark (`cablegram-bench --first-frame`) waits for the last hint of the first frame at 120×40.
    @Test func theFirstFrameAt120ColumnsKeepsTheHintTheBenchmarkWaitsFor() {
        let first = Renderer.render(
            BrowserState(document: deferred(Fixtures.seedCable), size: Size(width: 120, height: 40)))
        let status = first.text(ofRow: 39)
        #expect(status.contains(StatusSegments.indexingText) && status.contains("Backspace back"), "\(status)")
    }

    @Test(.enabled(if: SharedData.shouldRun))
    func theFirstFrameOfEachSharedCableSaysIndexingThenBecomesTheWholeOne() throws {
        let files = SharedData.files(in: "cables")
        #expect(!files.isEmpty)
        for file in files {
            let cables = try CableLoader.load(SharedData.bytes(file), knowledge: .bundled, name: file.lastPathComponent)
            for cable in cables {
                expectFirstFrameThenWhole(cable, Size(width: 120, height: 40), file.lastPathComponent)
            }
        }
    }

    @Test func onlyAWideFirstScreenShowsTheStatistics() {
        #expect(!Layout.opensOnStatistics(Size(width: 120, height: 40)))
        #expect(!Layout.opensOnStatistics(Size(width: Layout.wideWidth - 1, height: 50)))
        #expect(Layout.opensOnStatistics(Size(width: Layout.wideWidth, height: 50)))
        #expect(
            Layout(size: Size(width: Layout.wideWidth, height: 50), focus: .reader, zoomed: false).panes[.index] != nil)
    }

    /// The first frame of `cable` at `size` from a deferred document has the text of the one from a document derived
    /// at once but its status line, which says `indexing…`; once the deferred parts are derived, the two are the same
    /// cell for cell.
    private func expectFirstFrameThenWhole(_ cable: Cable, _ size: Size, _ name: String) {
        let eager = Renderer.render(BrowserState(document: .browsing(cable, knowledge: .bundled), size: size))
        let document = deferred(cable)
        let state = BrowserState(document: document, size: size)
        let first = Renderer.render(state)
        let rows = 0..<(size.height - 1)
        #expect(rows.map(first.text(ofRow:)) == rows.map(eager.text(ofRow:)), "\(name) at \(size.width)×\(size.height)")
        #expect(first.text(ofRow: size.height - 1).contains(StatusSegments.indexingText), "\(name)")
        #expect(document.deriveDeferredParts())
        #expect(Renderer.render(state).cells == eager.cells, "\(name) at \(size.width)×\(size.height)")
    }
}
