import CableModel

extension Array where Element == FieldSpan {
    /// The position of the first span at or after (`unit`, `field`, `offset`) in document order; the spans must be
    /// sorted.
    func firstPosition(atOrAfter unit: Int, field: Unit.Field = .heading, offset: Int = 0) -> Int {
        let probe = FieldSpan(unit: unit, field: field, range: offset..<offset)
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < probe { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The spans of one unit (all fields), from a sorted list.
    func spans(ofUnit unit: Int) -> ArraySlice<FieldSpan> {
        self[firstPosition(atOrAfter: unit)..<firstPosition(atOrAfter: unit + 1)]
    }
}
