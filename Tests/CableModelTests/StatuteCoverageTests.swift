import CableData
import CableModel
import Foundation
import TestSupport
import Testing

/// Every `Article <digits>` written in a real cable lies inside a statute mention.
@Suite(.enabled(if: SharedData.shouldRun)) struct StatuteCoverageTests {
    @Test func everyArticleInTheSharedCablesIsAMention() throws {
        let files = SharedData.files(in: "cables")
        #expect(files.count >= 12)
        var checked = 0
        for file in files {
            for cable in try CableLoader.load(SharedData.bytes(file), knowledge: .bundled) {
                checked += StatuteCoverageTests.check(cable, name: file.lastPathComponent)
            }
        }
        #expect(checked >= 40)
    }

    /// NB: every third corpus file, so that a debug `swift test` stays quick; the whole corpus passes too.
    @Test func everyArticleInTheCorpusIsAMention() throws {
        var checked = 0
        for (position, file) in SharedData.files(in: "corpus").enumerated() where position % 3 == 0 {
            guard let cables = try? CableLoader.load(SharedData.bytes(file), knowledge: .bundled) else { continue }
            for cable in cables { checked += StatuteCoverageTests.check(cable, name: file.lastPathComponent) }
        }
        #expect(checked > 0)
    }

    /// Checks one cable; returns how many `Article <digits>` it has.
    static func check(_ cable: Cable, name: String) -> Int {
        let index = CableIndex.build(cable, knowledge: TestIndex.knowledge)
        let mentions = index.statutes.flatMap(\.mentions)
        var count = 0
        for unit in cable.units {
            for field in [Unit.Field.heading, .text] {
                for found in articles(in: unit.value(of: field)) {
                    count += 1
                    let covered = mentions.contains {
                        $0.span.unitID == unit.id && $0.span.field == field
                            && $0.span.range.lowerBound <= found.lowerBound
                            && $0.span.range.upperBound >= found.upperBound
                    }
                    #expect(covered, "\(name) \(unit.id): \(unit.value(of: field).scalars(found))")
                }
            }
        }
        return count
    }

    /// The scalar ranges of `article`/`articles` (any case, a whole word) followed by spaces and digits: a naive scan.
    static func articles(in text: String) -> [Range<Int>] {
        let scalars = Array(text.lowercased().unicodeScalars)
        let keyword = Array("article".unicodeScalars)
        var found: [Range<Int>] = []
        var index = 0
        while index + keyword.count < scalars.count {
            defer { index += 1 }
            guard Array(scalars[index..<index + keyword.count]) == keyword,
                index == 0 || !(scalars[index - 1].properties.isAlphabetic || ("0"..."9").contains(scalars[index - 1]))
            else { continue }
            var end = index + keyword.count
            if end < scalars.count, scalars[end] == "s" { end += 1 }
            var digit = end
            while digit < scalars.count, scalars[digit] == " " || scalars[digit] == "\n" { digit += 1 }
            guard digit > end, digit < scalars.count, ("0"..."9").contains(scalars[digit]) else { continue }
            var stop = digit
            while stop < scalars.count, ("0"..."9").contains(scalars[stop]) { stop += 1 }
            found.append(index..<stop)
        }
        return found
    }
}
