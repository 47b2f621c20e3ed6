extension String {
    /// The string with every occurrence of `target`, matched character by character, replaced by `replacement`.
    ///
    /// NB: the string-processing library's `replacing` builds a table keyed by `Character` on every call, and its
    /// first use looks up the conformances of that table's types in the whole binary (about 0.4M instructions
    /// before the browser's first frame).
    func replacingAll(_ target: String, with replacement: String) -> String {
        let pattern = Array(target)
        guard let first = pattern.first else { return self }
        var output = ""
        var index = startIndex
        while index < endIndex {
            if self[index] == first, self[index...].starts(with: pattern) {
                output += replacement
                index = self.index(index, offsetBy: pattern.count)
            } else {
                output.append(self[index])
                index = self.index(after: index)
            }
        }
        return output
    }
}
