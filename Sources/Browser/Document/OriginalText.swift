import CableModel

/// The file's own lines for a cable (page-break lines, hard wraps, routing), and the line each unit starts on, so
/// that the reader can show the original text at the place it was reading.
public struct OriginalText: Sendable {
    /// The lines, as the file holds them (decoded, LF line ends).
    public let lines: [ArraySlice<UInt8>]
    /// The line each unit starts on, by unit position.
    public let unitLines: [Int]

    /// The original lines of `cable`; a unit whose start is unknown starts where the unit before it did.
    public init(_ cable: Cable) {
        lines = cable.sourceLines
        let starts = cable.sourceLines.map(\.startIndex)
        var unitLines: [Int] = []
        for unit in cable.units {
            let previous = unitLines.last ?? 0
            guard let offset = unit.sourceStart else {
                unitLines.append(previous)
                continue
            }
            let line = OriginalText.lineIndex(of: offset, in: starts)
            unitLines.append(max(previous, line))
        }
        self.unitLines = unitLines
    }

    /// The unit whose original lines hold `line`: the last one that starts at or before it.
    public func unit(atLine line: Int) -> Int { OriginalText.lastIndex(atOrBefore: line, in: unitLines) }

    /// The line whose start is the last at or before `offset`.
    static func lineIndex(of offset: Int, in starts: [Int]) -> Int { lastIndex(atOrBefore: offset, in: starts) }

    /// The position of the last value at or before `value` in ascending `values` (0 when none is).
    private static func lastIndex(atOrBefore value: Int, in values: [Int]) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }
}
