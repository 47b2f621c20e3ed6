extension RandomAccessCollection {
    /// The first index whose element satisfies `isAfter`, in a collection where every element that satisfies it
    /// stands after every one that does not (a binary search: O(log n)).
    func partitionPoint(where isAfter: (Element) -> Bool) -> Index {
        var low = startIndex
        var width = count
        while width > 0 {
            let half = width / 2
            let middle = index(low, offsetBy: half)
            if isAfter(self[middle]) {
                width = half
            } else {
                low = index(after: middle)
                width -= half + 1
            }
        }
        return low
    }
}
