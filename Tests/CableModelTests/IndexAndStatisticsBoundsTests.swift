import CableModel
import TestSupport
import Testing

/// Texts that once made the index or the statistics quadratic, and the limits that bound the statistics.
///
/// NB: as in `LoadBoundsTests`, each input is large enough that the old code ran for minutes in a debug build and
/// small enough that the linear code takes a few seconds; the time bound is loose and only turns a regression into
/// a failure.
@Suite struct IndexAndStatisticsBoundsTests {
    private static let generousBound = Duration.seconds(60)

    private func indexed(_ text: String) -> (IndexedCable, Duration) {
        var result: IndexedCable?
        let elapsed = ThreadCPUTime.measure {
            result = IndexedCable(TestIndex.cable([text]), knowledge: TestIndex.knowledge)
        }
        return (result!, elapsed)
    }

    /// No sentence end at all: every figure's sentence used to be the whole text, copied for each figure.
    @Test func figuresInOneEndlessSentence() {
        let (indexed, elapsed) = indexed(String(repeating: "UNCLAS SECTION 01 OF 12 ALPHA 000170 ", count: 2_000))
        let figures = indexed.statistics.figures
        #expect(figures.count > 1_000)
        #expect(figures.allSatisfy { $0.sentence.split(separator: " ").count <= 600 })
        #expect(elapsed < Self.generousBound)
    }

    /// A reference keyword before every number: each keyword used to copy the marks of the whole field.
    @Test func referenceKeywordsInOneEndlessSentence() {
        let (indexed, elapsed) = indexed(String(repeating: "REF: A. STATE 1234 B. 09 MOSCOW 567 ", count: 4_000))
        #expect(!indexed.statistics.figures.isEmpty)
        #expect(elapsed < Self.generousBound)
    }

    /// Parts without a whole: each part used to look back through every earlier figure.
    @Test func partsWithoutAWhole() {
        let (indexed, elapsed) = indexed(String(repeating: "2 of the women, ", count: 6_000))
        #expect(!indexed.statistics.figures.isEmpty)
        #expect(elapsed < Self.generousBound)
    }

    /// The same statute cited thousands of times: each citation's instrument used to be checked against every other.
    @Test func oneStatuteCitedThousandsOfTimes() throws {
        let (indexed, elapsed) = indexed(String(repeating: "Article 130.1 of the Criminal Code, ", count: 10_000))
        let statute = try #require(indexed.index.statutes.first)
        #expect(indexed.index.statutes.count == 1)
        #expect(statute.mentions.count == 10_000)
        #expect(elapsed < Self.generousBound)
    }

    @Test func statisticsStopAtTheFigureLimit() {
        let text = (1...12_000).map { "\($0) victims were found." }.joined(separator: " ")
        let (indexed, _) = indexed(text)
        #expect(indexed.statistics.figures.count == CableStatistics.figureLimit)
        #expect(indexed.statistics.isPartial)
        #expect(indexed.statistics.figures.allSatisfy { $0.partOf.map { $0 < CableStatistics.figureLimit } ?? true })
    }

    @Test func statisticsStopAtTheTextLimit() {
        let filler = String(repeating: "Plain words without any number at all. ", count: 30_000)
        let (indexed, _) = indexed(filler + "Then 24 victims were found.")
        #expect(filler.unicodeScalars.count > CableStatistics.textLimit)
        #expect(indexed.statistics.figures.isEmpty)
        #expect(indexed.statistics.isPartial)
    }

    @Test func realCablesAreReadWhole() throws {
        #expect(try TestIndex.seed().statistics.isPartial == false)
    }
}
