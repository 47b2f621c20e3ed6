import ArgumentParser
import CableLibrary
import CableModel

/// Library cables as `list`, `cites` and `cited-by` print them: aligned text, CSV or JSON.
enum CableListing {
    /// One line per cable: date, id, origin, classification, subject, cut to `width` when given.
    static func text(_ cables: [CableSummary], width: Int?) -> String {
        let idWidth = max(2, cables.map(\.id.count).max() ?? 0)
        let postWidth = min(20, max(6, cables.map { ($0.post ?? "").count }.max() ?? 0))
        var output = ""
        for cable in cables {
            let date = String((cable.date ?? "").prefix(10))
            var line =
                padded(date, 10) + "  " + padded(cable.id, idWidth) + "  " + padded(cable.post ?? "", postWidth) + "  "
                + padded(shortClass(cable.classification), 12) + "  " + (cable.subject ?? "")
            if let width, line.count > width { line = String(line.prefix(max(1, width - 1))) + "…" }
            output += line + "\n"
        }
        return output
    }

    /// RFC 4180 CSV with a header row.
    static func csv(_ cables: [CableSummary]) -> String {
        let header = ["id", "date", "origin", "post", "classification", "tags", "subject", "file", "position"]
        let rows = cables.map { cable in
            [
                cable.id, cable.date ?? "", cable.origin ?? "", cable.post ?? "", cable.classification ?? "",
                cable.tags.joined(separator: " "), cable.subject ?? "", cable.file, String(cable.position + 1),
            ]
        }
        return ([header] + rows).map { $0.map(TableText.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One JSON object per cable.
    static func json(_ cable: CableSummary) -> JSONValue {
        .object([
            ("id", .string(cable.id)), ("date", .optional(cable.date)), ("origin", .optional(cable.origin)),
            ("post", .optional(cable.post)), ("classification", .optional(cable.classification)),
            ("tags", .array(cable.tags.map(JSONValue.string))), ("subject", .optional(cable.subject)),
            ("file", .string(cable.file)), ("position", .integer(cable.position + 1)),
        ])
    }

    private static func shortClass(_ classification: String?) -> String {
        guard let classification else { return "" }
        return String(classification.prefix(12))
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

/// How a list of cables is written: `--text` (the default), `--json` or `--csv`.
enum ListingFormat: String, EnumerableFlag {
    case text, json, csv

    static func help(for value: ListingFormat) -> ArgumentHelp? {
        switch value {
        case .text: "Write aligned text (the default)."
        case .json: "Write JSON."
        case .csv: "Write CSV (RFC 4180)."
        }
    }
}
