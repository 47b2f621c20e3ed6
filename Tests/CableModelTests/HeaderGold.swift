import CableModel
import Foundation
import TestSupport

/// One hand-labelled header fragment from `Gold/header.txt`: which field it scores and the value expected.
struct HeaderGoldCase {
    /// The field scored: `ref`, `tags`, `subject`, `signer`, `to`, `info`, `xmt`, `by`, `id` or `warning`.
    let field: String
    /// The cable's own year, two digits.
    let year: String
    /// The cable's own post (`SAN JOSE`).
    let post: String
    /// The fragment's lines.
    let fragment: [String]
    /// The expected value, as the gold file writes it.
    let expected: String
    /// The line of the gold file where the case opens.
    let line: Int

    /// The cases of the gold file.
    static func load() -> [HeaderGoldCase] {
        let url = SharedData.repositoryRoot.appendingPathComponent("Tests/CableModelTests/Gold/header.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var cases: [HeaderGoldCase] = []
        var opening: (words: [Substring], line: Int)?
        var fragment: [String] = []
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("== ") {
                opening = (line.dropFirst(3).split(separator: " "), number + 1)
                fragment = []
            } else if line.hasPrefix("->"), let open = opening, open.words.count == 3 {
                let expected = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                cases.append(
                    HeaderGoldCase(
                        field: String(open.words[0]), year: String(open.words[1]),
                        post: open.words[2].replacingOccurrences(of: "_", with: " "), fragment: fragment,
                        expected: expected, line: open.line))
                opening = nil
            } else if opening != nil {
                fragment.append(line)
            }
        }
        return cases
    }

    /// The text the loader reads: the fragment, below a standard envelope unless it brings its own.
    var text: String {
        let body = "\n\n¶1. (U) The first paragraph of the gold case.\n"
        if fragment.contains(where: { $0.hasPrefix("FM ") }) { return fragment.joined(separator: "\n") + body }
        let origin = post == "STATE" ? "SECSTATE WASHDC" : "AMEMBASSY \(post)"
        let envelope = [
            "R 011200Z JAN \(year)", "FM \(origin)", "TO RUEHC/SECSTATE WASHDC 0001", "", "UNCLAS \(post) 000001",
        ]
        if field == "signer" {
            return (envelope + ["SUBJECT: THE GOLD CASE", ""] + fragment).joined(separator: "\n") + "\n"
        }
        return (envelope + fragment).joined(separator: "\n") + body
    }

    /// The value the loader gives for this case's field, written as the gold file writes it.
    func actual(_ cable: Cable) -> String {
        let header = cable.header
        switch field {
        case "ref": return header.references.compactMap(\.cableID).joined(separator: " ")
        case "tags": return header.tags.joined(separator: " | ")
        case "subject": return header.subject ?? ""
        case "signer": return header.signature ?? ""
        case "to": return header.to.map(\.name).joined(separator: " | ")
        case "info": return header.info.map(\.name).joined(separator: " | ")
        case "xmt": return header.excluded.map(\.name).joined(separator: " | ")
        case "by":
            let authority = header.classifier
            return [authority?.title, authority?.name, authority?.reasons].map { $0 ?? "" }.joined(separator: " | ")
        case "id": return header.id ?? ""
        case "warning": return cable.warnings.contains { $0.contains("number") } ? "yes" : "no"
        default: return ""
        }
    }
}
