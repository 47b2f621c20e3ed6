import CableData
import CableModel
import Foundation
import TestSupport
import Testing

/// The share of hand-labelled header fragments (`Gold/header.txt`) that the loader reads right, field by field.
@Suite struct HeaderGoldTests {
    /// The share of each field's fragments that must be read right.
    static let bar = 0.95

    @Test func perFieldScores() throws {
        let cases = HeaderGoldCase.load()
        #expect(cases.count >= 300, "the gold file should hold at least 300 labelled fragments")
        var right: [String: Int] = [:]
        var total: [String: Int] = [:]
        var misses: [String] = []
        for gold in cases {
            let cable = try #require(try CableLoader.load(Array(gold.text.utf8), knowledge: .bundled).first)
            let actual = gold.actual(cable)
            total[gold.field, default: 0] += 1
            if actual == gold.expected {
                right[gold.field, default: 0] += 1
            } else {
                misses.append("  line \(gold.line) \(gold.field): expected «\(gold.expected)» got «\(actual)»")
            }
        }
        // NB: `GOLD_DETAILS=1 swift test` lists every fragment read wrong.
        if ProcessInfo.processInfo.environment["GOLD_DETAILS"] != nil { print(misses.joined(separator: "\n")) }
        for field in total.keys.sorted() {
            let score = Double(right[field, default: 0]) / Double(total[field]!)
            print("header gold \(field): \(right[field, default: 0])/\(total[field]!) = \(Int(score * 1000) / 10)%")
            #expect(score >= Self.bar, "header gold \(field) below its bar")
        }
    }
}
