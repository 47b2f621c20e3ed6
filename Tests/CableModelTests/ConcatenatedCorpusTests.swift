import CableData
import CableModel
import Foundation
import TestSupport
import Testing

/// The corpus concatenated into one file loads as the same cables, in order, as its files one by one.
@Suite(.enabled(if: SharedData.shouldRun)) struct ConcatenatedCorpusTests {
    @Test(arguments: [[ASCII.newline]])
    func concatenationSplitsIntoTheFilesCables(separator: [UInt8]) throws {
        let files = LoadedFolder.corpus
        let one = try files.map { try $0.cables.get() }
        let all = try CableLoader.load(Array(files.map(\.bytes).joined(separator: separator)), knowledge: .bundled)
        let expected = one.flatMap { $0.map(\.title) }
        #expect(all.count == expected.count)
        let firstDifference = zip(all.map(\.title), expected).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(firstDifference == nil, "\(String(describing: firstDifference))")
    }
}

private enum ASCII {
    static let newline = UInt8(ascii: "\n")
}
