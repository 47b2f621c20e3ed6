import CableModel
import Foundation
import TestSupport
import Testing

/// The corpus concatenated into one file loads as the same cables, in order, as its files one by one.
@Suite(.enabled(if: SharedData.shouldRun)) struct ConcatenatedCorpusTests {
    /// The corpus's files, each loaded on its own.
    private static let files = SharedData.files(in: "corpus").map(SharedData.bytes)

    @Test(arguments: [[ASCII.newline]])
    func concatenationSplitsIntoTheFilesCables(separator: [UInt8]) throws {
        let one = try ConcatenatedCorpusTests.files.map { try CableLoader.load($0) }
        let joined = Array(ConcatenatedCorpusTests.files.joined(separator: separator))
        let all = try CableLoader.load(joined)
        let expected = one.flatMap { $0.map(\.title) }
        #expect(all.count == expected.count)
        let firstDifference = zip(all.map(\.title), expected).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(firstDifference == nil, "\(String(describing: firstDifference))")
    }
}

private enum ASCII {
    static let newline = UInt8(ascii: "\n")
}
