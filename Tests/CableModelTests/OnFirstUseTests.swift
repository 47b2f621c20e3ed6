import Synchronization
import Testing

@testable import CableModel

/// A value made on its first read and kept, and the glossary's index tables made so.
@Suite struct OnFirstUseTests {
    @Test func makesTheValueOnceOnItsFirstRead() async {
        let calls = Mutex(0)
        let lazy = OnFirstUse<[Int]> {
            calls.withLock { $0 += 1 }
            return [1, 2, 3]
        }
        #expect(calls.withLock { $0 } == 0)
        await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<8 { group.addTask { lazy.value } }
            for await value in group { #expect(value == [1, 2, 3]) }
        }
        #expect(calls.withLock { $0 } == 1)
    }

    @Test func glossaryTablesCoverItsAbbreviationsAlone() {
        let rows = "FOO\tForeign Office Order\tabbreviation\nbar\tbar meaning\tabbreviation\nXX\tExample\ttag\n"
        let glossary = Glossary(parsing: Array(rows.utf8))
        #expect(glossary.abbreviationWords.map(\.entry) == [0, 1])
        #expect(glossary.abbreviationWords.map(\.spelling) == [.exactCase, .anyCase])
        let copy = glossary
        #expect(copy.indexTables === glossary.indexTables)
    }
}
