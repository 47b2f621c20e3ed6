/// The rows of a tab-separated UTF-8 file: blank lines and lines starting with `#` are skipped.
enum TabSeparatedRows {
    /// Each row's fields, trimmed of spaces.
    static func parse(_ bytes: [UInt8]) -> [[String]] {
        var rows: [[String]] = []
        for line in bytes.split(separator: ASCII.newline, omittingEmptySubsequences: true) {
            let trimmed = line.trimmed
            guard let first = trimmed.first, first != ASCII.hash, first != ASCII.carriageReturn else { continue }
            let fields = trimmed.split(separator: ASCII.tab, omittingEmptySubsequences: false).map { field in
                var text = ArraySlice(field)
                while text.last == ASCII.carriageReturn { text = text.dropLast() }
                return text.trimmed.string
            }
            rows.append(fields)
        }
        return rows
    }
}
