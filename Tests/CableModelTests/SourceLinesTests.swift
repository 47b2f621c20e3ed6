import CableData
import CableModel
import TestSupport
import Testing

/// Each unit knows where its first line starts in the file, and the cable keeps its own lines, so that a reader can
/// see the original text of a unit.
@Suite struct SourceLinesTests {
    private static let text = """
        VZCZCXRO0042
        R 021530Z MAR 11
        FM AMEMBASSY TESTPOST
        TO RUEHC/SECSTATE WASHDC ROUTINE 0815

        UNCLASSIFIED SECTION 01 OF 02 TESTPOST 000042

        SUBJECT: A TEST OF ORIGINAL LINES

        1. The first paragraph of my own
        making runs over two lines.

        TESTPOST 00000042 002 OF 002

        2. The second paragraph.

        A. A lettered item under it.

        """

    private func line(at offset: Int?, in cable: Cable) -> String? {
        guard let offset else { return nil }
        return cable.sourceLines.first { $0.startIndex == offset }.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func unitsStartOnTheirMarkersLines() throws {
        let cable = try CableLoader.loadFirst(Array(Self.text.utf8), knowledge: .bundled)
        #expect(cable.units.map(\.id) == ["1", "2", "2.A"])
        #expect(line(at: cable.units[0].sourceStart, in: cable) == "1. The first paragraph of my own")
        #expect(line(at: cable.units[1].sourceStart, in: cable) == "2. The second paragraph.")
        #expect(line(at: cable.units[2].sourceStart, in: cable) == "A. A lettered item under it.")
        #expect(cable.sourceLines.contains { String(decoding: $0, as: UTF8.self) == "TESTPOST 00000042 002 OF 002" })
    }

    @Test func everyCableOfTheFileKeepsItsOwnLines() throws {
        let seed = BundledData.bytes(of: BundledData.defaultCableName) ?? []
        let cables = try CableLoader.load(seed + seed, knowledge: .bundled)
        #expect(cables.count == 2)
        for cable in cables {
            #expect(line(at: cable.units[0].sourceStart, in: cable)?.contains("Enclosed is Embassy") == true)
        }
        // NB: each cable of a file is decoded on its own, so its offsets count in its own text.
        let offsets = cables.map { cable in
            cable.units.map { ($0.sourceStart ?? 0) - (cable.units[0].sourceStart ?? 0) }
        }
        #expect(offsets[0] == offsets[1])
    }

    @Test func realCablesStartTheirUnitsInOrderWithinTheirLines() throws {
        guard SharedData.shouldRun else { return }
        for url in SharedData.files(in: "cables") {
            for cable in try CableLoader.load(SharedData.bytes(url), knowledge: .bundled) {
                let starts = cable.units.compactMap(\.sourceStart)
                #expect(starts.count == cable.units.count, "\(url.lastPathComponent)")
                #expect(starts == starts.sorted(), "\(url.lastPathComponent)")
                let lineStarts = Set(cable.sourceLines.map(\.startIndex))
                #expect(starts.allSatisfy(lineStarts.contains), "\(url.lastPathComponent)")
            }
        }
    }
}
