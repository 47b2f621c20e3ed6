import Browser
import CableLibrary

extension CableListRow {
    /// A library cable's row as the browser lists it, with its hit count when the list's query has words.
    init(_ cable: CableSummary, hits: Int? = nil) {
        self.init(
            key: cable.key, id: cable.id, date: String((cable.date ?? "").prefix(10)),
            origin: cable.post ?? cable.origin ?? "", classification: cable.classification ?? "",
            subject: cable.subject ?? "", hits: hits)
    }
}
