import CableData
import CableModel
import Foundation
import TestSupport
import Testing

/// The statistics of every corpus cable hold together: quotes are the text at their ranges, breakdowns point back,
/// tables link to real figures.
@Suite(.enabled(if: SharedData.shouldRun)) struct StatisticsCorpusTests {
    @Test func everyCorpusCableGivesConsistentStatistics() throws {
        let files = LoadedFolder.corpus
        #expect(files.count >= 1_000)
        var figures = 0
        var kinds: [Figure.Kind: Int] = [:]
        for file in files {
            for cable in try file.cables.get() {
                let statistics = CableStatistics(cable: cable)
                figures += statistics.figures.count
                for figure in statistics.figures {
                    kinds[figure.kind, default: 0] += 1
                    check(figure, in: cable, file: file.name)
                    checkWhole(of: figure, in: statistics, file: file.name)
                }
                for table in statistics.tables {
                    for id in table.figureIDs {
                        #expect(statistics.figure(id: id) != nil, "\(file.name) \(table.name) #\(id)")
                    }
                }
            }
        }
        print(
            "corpus statistics: \(figures) figures; "
                + kinds.sorted { $0.key.rawValue < $1.key.rawValue }.map {
                    "\($0.key.rawValue) \($0.value)"
                }.joined(separator: ", "))
        #expect(figures > 5_000)
    }

    /// A part points to another figure of its own field, which is no part of it; the whole may come after the part
    /// (`Forty of the fifty migrants`).
    private func checkWhole(of figure: Figure, in statistics: CableStatistics, file: String) {
        guard let id = figure.partOf else { return }
        let whole = statistics.figure(id: id)
        #expect(id != figure.id, "\(file) #\(figure.id)")
        #expect(whole?.unitID == figure.unitID && whole?.field == figure.field, "\(file) #\(figure.id)")
        #expect(whole?.partOf != figure.id, "\(file) #\(figure.id)")
    }

    private func check(_ figure: Figure, in cable: Cable, file: String) {
        let scalars = Array(cable.unit(id: figure.unitID)?.value(of: figure.field).unicodeScalars ?? "".unicodeScalars)
        guard figure.range.upperBound <= scalars.count else {
            Issue.record("\(file) #\(figure.id): range past the end")
            return
        }
        #expect(String(String.UnicodeScalarView(scalars[figure.range])) == figure.quote, "\(file) #\(figure.id)")
        #expect(figure.sentenceRange.contains(figure.range.lowerBound), "\(file) #\(figure.id)")
        if let low = figure.low, let high = figure.high { #expect(low < high, "\(file) #\(figure.id)") }
        #expect((figure.value == nil) != (figure.low == nil), "\(file) #\(figure.id)")
    }
}
