import Testing

@testable import CableModel

/// The binary search that the attribution tables and the statute scanner share.
struct PartitionPointTests {
    @Test(arguments: [
        ([1, 3, 5, 7], 0, 0), ([1, 3, 5, 7], 3, 1), ([1, 3, 5, 7], 4, 2), ([1, 3, 5, 7], 7, 3),
        ([1, 3, 5, 7], 8, 4), ([], 1, 0), ([2, 2, 2], 2, 0),
    ])
    func firstElementAtLeast(_ sorted: [Int], _ value: Int, _ expected: Int) {
        #expect(sorted.partitionPoint { $0 >= value } == expected)
    }

    @Test func agreesWithALinearScanOnEveryCut() {
        let sorted = [0, 0, 1, 4, 4, 4, 9, 12, 12, 30]
        for value in -1...31 {
            #expect(sorted.partitionPoint { $0 > value } == (sorted.firstIndex { $0 > value } ?? sorted.count))
        }
    }
}
