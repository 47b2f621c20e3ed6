import CableModel

/// The whole cable wrapped to one width: every unit's rule line, heading and text, one after another, so that
/// reading continues from one unit into the next.
public final class ReaderLayout: Sendable {
    /// The width the text is wrapped to.
    public let width: Int
    /// The lines in order.
    public let lines: [ReaderLine]
    /// The index of each unit's first line, and the line count at the end.
    public let firstLine: [Int]

    /// Wraps every unit of `texts` to `width` columns.
    public init(texts: [UnitText], width: Int, displayWidth: DisplayWidth) {
        self.width = width
        var lines: [ReaderLine] = []
        var firstLine: [Int] = []
        for (unit, text) in texts.enumerated() {
            firstLine.append(lines.count)
            lines.append(ReaderLine(unit: unit, part: .rule, range: 0..<0))
            if !text.heading.isEmpty {
                for range in TextWrapper.wrap(text.heading, width: width, displayWidth: displayWidth) {
                    lines.append(ReaderLine(unit: unit, part: .heading, range: range))
                }
            }
            if !text.text.isEmpty {
                for range in TextWrapper.wrap(text.text, width: width, displayWidth: displayWidth) {
                    lines.append(ReaderLine(unit: unit, part: .text, range: range))
                }
            }
            lines.append(ReaderLine(unit: unit, part: .gap, range: 0..<0))
        }
        firstLine.append(lines.count)
        self.lines = lines
        self.firstLine = firstLine
    }

    /// The index of the line that holds `anchor` (the last line of its unit that starts at or before it).
    public func line(of anchor: ReaderAnchor) -> Int {
        guard anchor.unit >= 0, anchor.unit + 1 < firstLine.count else { return max(0, lines.count - 1) }
        var low = firstLine[anchor.unit]
        var high = firstLine[anchor.unit + 1] - 1
        while low < high {
            let middle = (low + high + 1) / 2
            let line = lines[middle]
            if (line.part, line.range.lowerBound) <= (anchor.part, anchor.offset) {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }

    /// The anchor of a line's start.
    public func anchor(ofLine index: Int) -> ReaderAnchor {
        let line = lines[min(max(0, index), lines.count - 1)]
        return ReaderAnchor(unit: line.unit, part: line.part, offset: line.range.lowerBound)
    }

    /// The line that shows a position of a unit's heading or text.
    public func line(of unit: Int, field: Unit.Field, offset: Int) -> Int {
        line(of: ReaderAnchor(unit: unit, part: field == .heading ? .heading : .text, offset: offset))
    }
}
