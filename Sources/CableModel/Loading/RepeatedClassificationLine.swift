/// A classification line printed again below a header cut short with `...`, naming the header's post and number: the
/// full record's header after a preview of it (`Classified By: ... for reasons 1...`, then the classification line
/// and the fields again, run together). The cable is read again from the envelope above the preview's
/// classification line and then from the repeated one, so the preview's header goes and the record's body stays.
/// An export may list its record's fields between the two, one short line each (`112974`, `2007-06-21`,
/// `07ALPHA2004`, `Embassy Alpha`, `SECRET//NOFORN`): they are kept as the header's notes.
struct RepeatedClassificationLine: Equatable {
    /// The preview's classification line.
    var first: Int
    /// The repeated classification line.
    var line: Int
    /// The record's field lines between the preview cut short and the repeated line.
    var recordFields: [String] = []

    /// How many body lines are searched for the repeated line.
    private static let searchLines = 40
    /// How many record field lines may stand between the preview and the repeated line, and how long each is.
    private static let recordFieldLines = 8
    private static let recordFieldLength = 80

    /// The classification line repeated in `lines` below the header's and at most `searchLines` below `bodyStart`, if
    /// the last line with text above it (or above the record's fields) is cut short with `...`; `post` and `number` are
    /// the header's.
    static func find(in lines: [ByteText], bodyStart: Int, post: String?, number: Int?) -> RepeatedClassificationLine? {
        guard let post, let number else { return nil }
        let digits = String(number)
        guard
            let first = lines.prefix(bodyStart).firstIndex(where: {
                names($0.trimmed, post: post, number: number, digits: digits)
            })
        else { return nil }
        var cutShort = false
        var fields: [String] = []
        // NB: the header's fields may run on over the repeated line (`C O N F I D E N T I A L ... SIPDIS` reads as a
        // field), so the search starts below the preview's classification line.
        for index in lines.indices.dropFirst(first + 1).prefix(bodyStart - first + searchLines) {
            let text = lines[index].trimmed
            if names(text, post: post, number: number, digits: digits) {
                return cutShort ? RepeatedClassificationLine(first: first, line: index, recordFields: fields) : nil
            }
            guard !text.isEmpty else { continue }
            if cutShort, fields.count < recordFieldLines, isRecordField(text) {
                fields.append(text.string)
            } else {
                cutShort = text.hasSuffix("...")
                fields = []
            }
        }
        return nil
    }

    /// A record's field on a line of its own: short, with no sentence ended or cut short (`2007-06-21`,
    /// `Embassy Alpha`, `07ALPHA1971|07BETA1196`).
    private static func isRecordField(_ text: ByteText) -> Bool {
        text.count <= recordFieldLength && text.last != ASCII.period && !text.contains(ASCII.colon)
    }

    /// The lines read again: the envelope above the preview, then the record from the repeated line.
    func lines(_ lines: [ByteText]) -> [ByteText] {
        Array(lines[..<first] + lines[line...])
    }

    /// Whether `text` is a classification line of the post and number (whose `digits` it must hold), in its first
    /// section.
    ///
    /// NB: the digits are looked for before the line is parsed, which most body lines never need (about 3% of the
    /// corpus's export parsed every line that might stand in for a classification line).
    private static func names(_ text: ByteText, post: String, number: Int, digits: String) -> Bool {
        guard text.count <= maximumLength, ClassificationLine.mightStandIn(text),
            text.firstIndex(ofIgnoringCase: digits) != nil,
            let found = ClassificationLine(text.string)
        else { return false }
        return found.post == post && found.number == number && (found.sectionCount == nil || isFirstSection(text))
    }

    private static let maximumLength = 2_000

    /// `SECTION 01 OF 03`: the line opens the cable's first section.
    private static func isFirstSection(_ text: ByteText) -> Bool {
        text.firstIndex(ofIgnoringCase: "SECTION 01 ") != nil || text.firstIndex(ofIgnoringCase: "SECTION 1 ") != nil
    }
}
