extension CableListRow {
    /// The row's text in a column of the list.
    public func text(in column: CableListColumn) -> String {
        switch column {
        case .date: date
        case .id: id
        case .origin: origin
        case .classification: classification
        case .subject: subject
        }
    }
}
