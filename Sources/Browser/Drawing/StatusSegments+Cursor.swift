extension StatusSegments {
    /// What the cursor stands on: `Art. 241.2 2/14 · mention 1/3`, `→ 26.B 1/2`.
    static func statuteText(_ state: BrowserState) -> String? {
        let findings = state.document.findings
        switch state.cursor?.kind {
        case .statute(let position):
            let mention = findings.statuteMentions[position]
            let statute = findings.statutes[mention.statute]
            var text = "\(statute.label) \(position + 1)/\(findings.statuteMentions.count)"
            if statute.mentions.count > 1 { text += " · mention \(mention.ordinal + 1)/\(statute.mentions.count)" }
            return text
        case .crossReference(let position):
            let reference = findings.crossReferences[position]
            let target = reference.target.map { state.document.cable.units[$0].id } ?? "?"
            return "→ \(target) \(position + 1)/\(findings.crossReferences.count)"
        default:
            return nil
        }
    }
}
