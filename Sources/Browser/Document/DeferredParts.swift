/// What a document leaves for after the first frame: the index pane's groups (with the names) and the statistics
/// tables.
struct DeferredParts {
    /// The index pane's groups.
    let indexGroups: [IndexGroup]
    /// The statistics tables.
    let tables: [DataTable]
}
