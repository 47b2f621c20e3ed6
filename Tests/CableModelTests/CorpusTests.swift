import CableData
import CableModel
import Foundation
import TestSupport
import Testing

/// Every cable of `../shared/corpus` loads, and no page-break line survives in any unit.
@Suite(.enabled(if: SharedData.shouldRun)) struct CorpusTests {
    @Test func everyCorpusCableLoadsWithoutPageBreakText() throws {
        let files = LoadedFolder.corpus
        #expect(files.count >= 1_000)
        var units = 0
        for file in files {
            let cables = try file.cables.get()
            #expect(!cables.isEmpty, "\(file.name)")
            for cable in cables {
                units += cable.units.count
                for unit in cable.units {
                    #expect(!containsPageBreak(unit.text), "\(file.name) unit \(unit.id)")
                }
            }
        }
        #expect(units > 10_000)
    }

    /// A naive scan for `NNNNNNNN NNN[.N] OF NNN`: eight digits, a page number, OF, a total.
    private func containsPageBreak(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count >= 4 else { return false }
        for index in 0..<(words.count - 3) where words[index].count == 8 && words[index].allSatisfy(\.isNumber) {
            let page = words[index + 1].split(separator: ".").first ?? ""
            if !page.isEmpty, page.allSatisfy(\.isNumber), words[index + 2].uppercased() == "OF",
                words[index + 3].allSatisfy(\.isNumber)
            {
                return true
            }
        }
        return false
    }
}
