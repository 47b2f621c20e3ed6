import Browser
import CableLibrary

extension ListSort {
    /// The library's order for a column of the browser's list.
    init(_ column: CableListColumn) {
        switch column {
        case .date: self = .date
        case .id: self = .id
        case .origin: self = .origin
        case .classification: self = .classification
        case .subject: self = .subject
        }
    }
}
