/// The year a cable's source name gives, for a header that gives no date: files of a release are named by cable id
/// (`04LIMA120.txt`), and a partial extract often keeps its classification line (`LIMA 000120`) but not the
/// date-time group the id's year comes from.
///
/// The name counts only when it is two digits followed by exactly the post and number the header gives, so a file
/// named for something else, or holding several cables, lends its year to none but the cable it names.
enum NamedCableID {
    /// The full year of `name` (a file name or path; folders and extensions are ignored) when it names the cable of
    /// `post` and `number`.
    static func year(in name: String?, post: String?, number: Int?) -> Int? {
        guard let name, let post, let number else { return nil }
        let base = name.split(separator: "/").last.map { $0.prefix { $0 != "." } } ?? ""
        let scalars = Array(base.uppercased().unicodeScalars)
        guard scalars.count > 2, scalars[0].properties.numericType != nil, scalars[1].properties.numericType != nil,
            let digits = Int(String(String.UnicodeScalarView(scalars[0..<2]))),
            String(String.UnicodeScalarView(scalars[2...])) == post.replacingSpaces().uppercased() + "\(number)"
        else { return nil }
        return CableDate.expandingYear(digits)
    }
}
