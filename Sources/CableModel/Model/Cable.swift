/// A cable read into a clean, structured document: its header and the units of its body.
public struct Cable: Sendable, Equatable {
    /// The header fields.
    public let header: Header
    /// The units of the body in document order.
    public let units: [Unit]
    /// The number of pages (from `OF N` page lines or the section count), where known.
    public let pageCount: Int?
    /// The encoding the file was read in.
    public let encoding: SourceEncoding
    /// Problems met while reading, worded for the user (`no cable header: read as plain paragraphs`).
    public let warnings: [String]
    /// The cable's lines as the file holds them (decoded, LF line ends), for showing the original text.
    public let sourceLines: [ArraySlice<UInt8>]

    /// Creates a cable.
    public init(
        header: Header, units: [Unit], pageCount: Int?, encoding: SourceEncoding, warnings: [String],
        sourceLines: [ArraySlice<UInt8>] = []
    ) {
        self.sourceLines = sourceLines
        self.header = header
        self.units = units
        self.pageCount = pageCount
        self.encoding = encoding
        self.warnings = warnings
        var positions: [String: Int] = [:]
        for (position, unit) in units.enumerated() where positions[unit.id] == nil { positions[unit.id] = position }
        self.positions = positions
    }

    /// The position of each unit id in `units`.
    private let positions: [String: Int]

    /// The title to show: the cable id; the post and number when the year is unknown; `untitled` without a header.
    public var title: String {
        if let id = header.id { return id }
        if let post = header.post, let number = header.number { return post.replacingSpaces() + "\(number)" }
        return "untitled"
    }

    /// The unit with this id, exactly as written.
    public func unit(id: String) -> Unit? {
        position(of: id).map { units[$0] }
    }

    /// The position in `units` of the unit with this id.
    public func position(of id: String) -> Int? { positions[id] }

    /// The units whose parent is `id`, in document order.
    public func children(of id: String) -> [Unit] { units.filter { $0.parent == id } }
}
