import CableData
import CableModel
import TestSupport
import Testing

/// Inputs that once made the loader quadratic, and the limits that bound its memory.
///
/// NB: each input is large enough that the old quadratic code ran for many minutes (so a regression cannot pass
/// unnoticed) and small enough that the linear code loads it in about a second in a debug build. The time bound is
/// deliberately loose; it is there to turn a regression into a failure, not to measure speed.
@Suite struct LoadBoundsTests {
    private static let generousBound = Duration.seconds(60)

    private func load(_ text: String) throws -> ([Cable], Duration) {
        var cables: [Cable] = []
        let elapsed = try ThreadCPUTime.measure {
            cables = try CableLoader.load(Array(text.utf8), knowledge: .bundled)
        }
        return (cables, elapsed)
    }

    /// Envelope lines without bodies between them: each start used to re-read every line since the last kept one.
    @Test func manyEnvelopesWithoutBodies() throws {
        let (cables, elapsed) = try load(String(repeating: "VZCZCXRO0001\n", count: 200_000))
        #expect(cables.count == 1)
        #expect(elapsed < Self.generousBound)
    }

    /// A date-time group and an FM line, repeated: many transmission starts, none after a body.
    @Test func manyDateTimeGroupsWithoutBodies() throws {
        let (cables, elapsed) = try load(String(repeating: "P 101222Z FEB 10\nFM AMEMBASSY ALPHA\n\n", count: 60_000))
        #expect(cables.count == 1)
        #expect(elapsed < Self.generousBound)
    }

    /// One section heading repeated: every repeat used to try every suffix before the free one.
    @Test func oneSectionHeadingRepeated() throws {
        let (cables, elapsed) = try load(String(repeating: "PARAGRAPH 25: TITLE\n", count: 50_000))
        let units = try #require(cables.first?.units)
        #expect(units.count == 50_000)
        #expect(units[0].id == "25")
        #expect(units[1].id == "25~2")
        #expect(units.last?.id == "25~50000")
        #expect(Set(units.map(\.id)).count == units.count)
        #expect(elapsed < Self.generousBound)
    }

    /// A block of half a million lines: every line appended used to copy the block's lines.
    @Test func oneBlockOfHalfAMillionLines() throws {
        let (cables, elapsed) = try load(String(repeating: "x\n", count: 500_000))
        let units = try #require(cables.first?.units)
        #expect(units.count == 1)
        #expect(units[0].text.utf8.count == 500_000 * 2 - 1)
        #expect(elapsed < Self.generousBound)
    }

    @Test func filesWithMoreLinesThanTheLimitAreRefused() throws {
        let limit = CableLoader.lineLimit
        #expect(throws: LoadError.tooManyLines(lines: limit + 1, limit: limit)) {
            try CableLoader.load(Array((String(repeating: "x\n", count: limit) + "x").utf8), knowledge: .bundled)
        }
        let (cables, _) = try load(String(repeating: "\n", count: limit - 1) + "x")
        #expect(cables.first?.units.count == 1)
        #expect(LoadError.tooManyLines(lines: 2_000_000, limit: limit).message.contains("too many lines (2000000"))
    }
}
