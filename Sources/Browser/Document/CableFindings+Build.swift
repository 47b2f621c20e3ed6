import CableModel

extension CableFindings {
    /// Indexes `cable` with the reference lists and keeps what the browser shows.
    public init(cable: Cable, reference: ReferenceData) {
        self.init(cable: cable, index: CableIndex.build(cable, reference: reference))
    }
}
