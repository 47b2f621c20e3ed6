import CableModel

extension BrowserState {
    /// `09LIMA120 ¶4.B, SUBJECT OF THE CABLE, 2009-01-22`: how to cite the unit.
    func citation(of unit: Unit) -> String {
        let cable = document.cable
        let place = unit.id == HeaderUnit.id ? " header" : " ¶" + unit.id
        let rest = [cable.header.subject, cable.header.dateTime?.isoDate].compactMap { $0 }
        return ([cable.title + place] + rest).joined(separator: ", ")
    }

    /// `y`, `Y`: the current unit's clean text with its citation, or the citation alone, for the clipboard.
    mutating func copyUnit(withText: Bool) -> Reaction {
        guard let unit = currentUnit else { return .none }
        let cited = citation(of: unit)
        let body = [unit.heading, unit.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        output = .clipboard(withText ? body + "\n\n— " + cited : cited)
        message = StatusMessage(
            withText ? "copied \(unit.id) with its citation (\(body.count) characters)" : "copied: \(cited)")
        return [.redraw, .output]
    }

    /// `w` in the statistics pane: asks for the CSV file's name, offering one in the current folder.
    mutating func askForTableFile() -> Reaction {
        guard let table = currentTable else {
            message = StatusMessage("no table to write", kind: .warning)
            return .redraw
        }
        var line = Prompt(.file, saved: location, savedSearch: search)
        line.text = BrowserState.fileName(document.cable.title + "-" + table.title) + ".csv"
        prompt = line
        return .redraw
    }

    /// Enter at the file prompt: the table shown, in its sorted order, as CSV (RFC 4180) for the loop to write.
    mutating func writeTable(to path: String) -> Reaction {
        let path = path.trimmingSpaces
        guard let table = currentTable, !path.isEmpty else { return .redraw }
        var lines = [table.columns.map(TableText.csvField).joined(separator: ",")]
        for row in statisticsOrder { lines.append(table.rows[row].map(TableText.csvField).joined(separator: ",")) }
        output = .file(path: path, contents: lines.joined(separator: "\r\n") + "\r\n", rows: table.rows.count)
        return [.redraw, .output]
    }

    /// What the loop reports after writing a file: where it went, or why it could not.
    public mutating func finishOutput(_ problem: String?) {
        if case .file(let path, _, let rows) = output {
            message =
                problem.map { StatusMessage("could not write \(path): \($0)", kind: .warning) }
                ?? StatusMessage("wrote \(Count.of(rows, "row")) to \(path)")
        }
        output = nil
    }

    /// A name made of letters, digits and dashes: `09LIMA120-law-enforcement`.
    static func fileName(_ text: String) -> String {
        var name = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else if name.last != "-", !name.isEmpty {
                name.append("-")
            }
        }
        while name.last == "-" { name.removeLast() }
        return name.isEmpty ? "table" : name
    }
}
