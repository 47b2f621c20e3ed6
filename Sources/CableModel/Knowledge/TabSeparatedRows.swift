/// The rows of a tab-separated UTF-8 file: blank lines and lines starting with `#` are skipped.
enum TabSeparatedRows {
    /// Each row's fields, trimmed of spaces.
    ///
    /// NB: the lists are parsed at every start, before the browser's first frame, so the scan walks the bytes once
    /// and makes a string only of each field.
    static func parse(_ bytes: [UInt8]) -> [[String]] {
        var rows: [[String]] = []
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: ASCII.newline) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd].trimmed
            lineStart = lineEnd + 1
            guard let first = line.first, first != ASCII.hash, first != ASCII.carriageReturn else { continue }
            rows.append(fields(of: line))
        }
        return rows
    }

    /// The line's tab-separated fields, each without carriage returns at its end and trimmed.
    private static func fields(of line: ByteText) -> [String] {
        var fields: [String] = []
        fields.reserveCapacity(4)
        var start = line.startIndex
        while true {
            let end = line[start...].firstIndex(of: ASCII.tab) ?? line.endIndex
            var field = line[start..<end]
            while field.last == ASCII.carriageReturn { field = field.dropLast() }
            fields.append(field.trimmed.string)
            guard end < line.endIndex else { return fields }
            start = end + 1
        }
    }
}
