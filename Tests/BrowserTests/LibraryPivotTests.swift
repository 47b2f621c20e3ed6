import CableModel
import Testing

@testable import Browser

/// The pivot pane of the library's list: country by year over the listed cables, read off the key loop, its cells
/// opening the cable at the sentence that gives them.
@Suite struct LibraryPivotTests {
    /// The row of the pivot for a country and year.
    private func row(_ library: LibraryBrowser, _ country: String, _ year: Int) -> ReportPivot.Row? {
        library.pivot.rows.first { $0.country == country && $0.year == year }
    }

    @Test func tabShowsThePivotOfTheListedCables() {
        var library = LibraryBrowser.pivotFake(120, 40)
        #expect(library.press(.tab).contains(.repaint))
        #expect(library.pivot.request != nil)
        #expect(library.pivot.answer == nil)
        library.answerPivotRequest()
        #expect(library.pivot.rows.count == 6)
        let iceland = row(library, "Iceland", 2008)
        #expect(iceland?.cells[.investigated]?.value == 6)
        #expect(iceland?.cells[.prosecuted]?.value == 2)
        #expect(iceland?.cells[.convicted]?.value == 1)
        #expect(iceland?.cells[.victimsIdentified]?.value == 4)
        #expect(library.frame.contains("Costa Rica"))
        #expect(library.frame.contains("country by year of 6 cables"))
        library.press(.tab)
        #expect(!library.pivot.shows)
        #expect(library.frame.contains("Cables  6"))
    }

    @Test func aNewFilterReadsThePivotAgain() {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.showPivot()
        library.filter("iceland")
        #expect(library.pivot.request?.filter == "iceland")
        library.answerPivotRequest()
        #expect(library.pivot.rows.map(\.country) == ["Iceland", "Iceland", "Iceland"])
        #expect(library.frame.contains("country by year of 3 cables · iceland"))
        library.press(.tab)
        library.press(.tab)
        #expect(library.pivot.request == nil, "the same list is not read twice")
    }

    @Test func anAnswerToAnOlderListIsDropped() {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.press(.tab)
        guard let first = library.takePivotRequest() else { return #expect(Bool(false)) }
        library.filter("iceland")
        let late = ReportPivot(cables: [])
        #expect(library.receivePivotProgress(read: 1, of: 6, for: first) == .none)
        #expect(library.receivePivot(.success(late), for: first) == .none)
        #expect(library.pivot.answer == nil)
        guard let second = library.takePivotRequest() else { return #expect(Bool(false)) }
        #expect(second.filter == "iceland")
        #expect(library.receivePivotProgress(read: 2, of: 3, for: second) == .redraw)
        #expect(library.frame.contains("reading 2 of 3 cables"))
    }

    @Test func escBackToTheListShownKeepsItsPivotAndDropsTheReading() {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.showPivot()
        library.press(.character("f"))
        library.type("iceland")
        #expect(library.pivot.request?.filter == "iceland")
        library.press(.escape)
        #expect(library.pivot.request == nil && library.pivot.reading == nil)
        #expect(library.pivot.rows.count == 6)
        #expect(library.frame.contains("country by year of 6 cables"))
    }

    @Test func aClickSelectsTheRowAndTheCount() {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.showPivot()
        let layout = PivotLayout(width: 120, rows: library.pivot.rows)
        let convicted = layout.counts[2]
        let click = MouseEvent(.press, column: convicted.x + 1, row: CableListLayout.firstRow + 3)
        #expect(library.handle(.mouse(click)) == .redraw)
        #expect(library.pivot.row == 3 && library.pivot.selectedColumn == .convicted)
        library.press(.end)
        _ = library.handle(.resize(Size(width: 80, height: 12)))
        #expect(library.pivot.row == 5)
        #expect(library.frame.contains("Malaysia"))
    }

    @Test func keysAnswerWhileTheReadingWaits() {
        var library = LibraryBrowser.pivotFake(80, 24)
        library.press(.tab)
        library.press(.down)
        library.press(.right)
        #expect(library.pivot.answer == nil && library.pivot.request != nil)
        #expect(library.frame.contains("reading 0 of 6 cables"))
        #expect(library.frame.contains("reading the listed cables"))
    }

    @Test func enterOpensTheCableAtTheSentenceAndBackspaceComesBack() throws {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.showPivot()
        let position = try #require(library.pivot.rows.firstIndex { $0.country == "Costa Rica" && $0.year == 2008 })
        for _ in 0..<position { library.press(.down) }
        library.press(.right)
        library.press(.right)
        #expect(library.pivot.selectedColumn == .convicted)
        library.press(.enter)
        let cable = try #require(library.cable)
        #expect(cable.document.cable.header.id == "09SANJOSE19")
        let cursor = try #require(cable.cursor)
        #expect(cursor.kind == .sentence)
        #expect(cable.isShownInReader(cursor.span))
        #expect(cable.document.cable.units[cursor.span.unit].id == "2")
        let text = Array(cable.document.cable.units[cursor.span.unit].text.unicodeScalars)
        let sentence = String(String.UnicodeScalarView(text[cursor.span.range]))
        #expect(sentence.contains("convicted 8 traffickers"))
        #expect(library.frame.contains("09SANJOSE19 ¶2: 8 convicted in 2008"))
        library.press(.backspace)
        #expect(library.cable == nil)
        #expect(library.pivot.shows)
        #expect(library.pivot.row == position && library.pivot.selectedColumn == .convicted)
        #expect(library.frame.contains("Pivot"))
    }

    @Test func aSummedCellOpensAtItsFirstFigureAndSaysSo() throws {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.showPivot()
        library.filter("malaysia")
        library.answerPivotRequest()
        #expect(library.frame.contains("country by year of 1 cable · malaysia"))
        let figure = ReportFigure(
            id: 0, value: 5, low: nil, high: nil, qualifier: nil, category: .cases, action: .investigated,
            relevance: .enforcement, year: 2009, period: nil, statute: nil, isPart: false, unitID: "2",
            sentence: "", field: .text, sentenceRange: 0..<10)
        library.press(.enter)
        var state = try #require(library.cable)
        state.revealSentence(of: figure, cable: "10KUALALUMPUR20", total: 12, summed: 2)
        #expect(
            state.message?.text == "10KUALALUMPUR20 ¶2: 5 investigated in 2009, the first of 2 figures adding up to 12")
        #expect(library.cable?.message?.text == "10KUALALUMPUR20 ¶2: 120 investigated in 2009")
    }

    @Test func aCountryWithSeveralYearsHasATrendAndOneYearNone() {
        var library = LibraryBrowser.pivotFake(120, 40)
        library.showPivot()
        let lines = library.frame.split(separator: "\n")
        let iceland = lines.filter { $0.contains("Iceland") }
        #expect(iceland.count == 3)
        #expect(iceland.allSatisfy { line in PivotTrend.blocks.contains { line.contains($0) } })
        let malaysia = lines.first { $0.contains("Malaysia") } ?? ""
        #expect(!PivotTrend.blocks.contains { malaysia.contains($0) })
        let chart = row(library, "Iceland", 2009).flatMap { year in
            PivotTrend.chart(of: year, among: library.pivot.rows, column: .investigated)
        }
        #expect(chart?.text == "▃▆█" && chart?.own == 2)
    }

    @Test func helpAndHintsComeFromTheKeyMap() {
        var library = LibraryBrowser.pivotFake(120, 40)
        #expect(library.frame.contains("Tab pivot"))
        library.showPivot()
        #expect(library.frame.contains("Enter open"))
        #expect(library.frame.contains("Tab list"))
        library.press(.character("?"))
        #expect(library.frame.contains(KeyScope.cablePivot.title))
    }

    @Test func snapshotWhileTheReadingRuns() {
        var library = LibraryBrowser.pivotFake(80, 24)
        library.press(.tab)
        guard let asked = library.takePivotRequest() else { return #expect(Bool(false)) }
        _ = library.receivePivotProgress(read: 4, of: 6, for: asked)
        Snapshot.check(library.frame, name: "cable-pivot-80x24-reading")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 50)]) func snapshotOfThePivot(width: Int, height: Int) {
        var library = LibraryBrowser.pivotFake(width, height)
        library.showPivot()
        library.press(.down)
        library.press(.right)
        Snapshot.check(library.frame, name: "cable-pivot-\(width)x\(height)-all")
    }
}
