/// The forms a cable can start with, read on one line of raw bytes (ASCII, whatever the file's encoding).
///
/// A cable starts with its start-of-message line (`VZCZCXRO0454`), with the partial-extract notice of the web
/// export (`This record is a partial extract of the original cable...`), with a date-time group followed by its
/// FM line (`P 151147Z JAN 09` / `FM AMEMBASSY ANKARA`), or with a spreadsheet row (`"12","12/28/1966 18:48",...`,
/// or unquoted: `12,12/28/1966 18:48,66LIMA1234,...`; or tab-separated, its last field opening with `VZCZC`).
/// Files concatenated without a final line end glue a start to the last line of the cable before
/// (`...END COMMENT. KELLYO 030503Z NOV 07`); the start then begins inside the line.
struct CableStart: Equatable {
    /// Which form the start takes.
    enum Form: Equatable {
        case row
        /// A row whose first fields go unquoted and may wrap (`SpreadsheetRow.opensUnquotedRow`): it starts a
        /// message as `VZCZC` does, and its text is read as the cable's own lines.
        case unquotedRow
        case message
        case dateTimeGroup
    }

    /// Where the start begins: the line's first byte, or inside the line when it is glued to text before it.
    var index: Int
    var form: Form

    /// How many lines after a date-time group its FM line may stand.
    static let originLookahead = 3
    /// A date-time group this close below another start belongs to the same envelope.
    static let sameEnvelopeLines = 8

    /// The notice that opens a partial extract, and how the notice's one line ends.
    private static let partialExtract = Array("This record is a partial extract".utf8)
    private static let partialExtractEnd = Array("not available.".utf8)

    /// The start in `line`, if any; `originFollows` says whether an FM line stands in the next few lines.
    static func find(in line: ByteText, originFollows: () -> Bool) -> CableStart? {
        let text = line.trimmed
        guard let first = text.first else { return nil }
        if first == ASCII.quote || first.isASCIIDigit, SpreadsheetRow.prefixEnd(line) != nil {
            return CableStart(index: line.startIndex, form: .row)
        }
        if first.isASCIIDigit, SpreadsheetRow.opensUnquotedRow(text) {
            return CableStart(index: line.startIndex, form: .unquotedRow)
        }
        if text.hasPrefix(ignoringCase: "VZCZC") || text.hasPrefix(partialExtract) || opensTabRow(text) {
            return CableStart(index: line.startIndex, form: .message)
        }
        if let glued = gluedMessageStart(text) { return CableStart(index: glued, form: .message) }
        guard mayEndWithDateTimeGroup(text) else { return nil }
        if isDateTimeGroup(text) {
            return originFollows() ? CableStart(index: line.startIndex, form: .dateTimeGroup) : nil
        }
        guard let glued = gluedDateTimeGroup(text), originFollows() else { return nil }
        return CableStart(index: glued, form: .dateTimeGroup)
    }

    /// `4411<TAB>2011-03-14 09:22:00<TAB>11ALPHA321<TAB>...<TAB>VZCZCXRO0001`: a tab-separated row, its first field a
    /// number, whose last field opens the message's envelope.
    private static func opensTabRow(_ text: ByteText) -> Bool {
        guard text.first?.isASCIIDigit == true, let tab = text.lastIndex(of: ASCII.tab) else { return false }
        return text[(tab + 1)...].hasPrefix(ignoringCase: "VZCZC")
    }

    /// `...MCDONALDVZCZCXRO4059` or `...CONFIDENTIALThis record is a partial extract ... is not available.`
    ///
    /// NB: after a quote the start opens a spreadsheet row's text field, not a cable of its own.
    private static func gluedMessageStart(_ text: ByteText) -> Int? {
        var lastWordStart = text.endIndex
        while lastWordStart > text.startIndex, !text[lastWordStart - 1].isBlank { lastWordStart -= 1 }
        let lastWord = text[lastWordStart...]
        if lastWord.count > 5, lastWord.count <= 60,
            let vzczc = lastWord.firstIndex(ofIgnoringCase: "VZCZC", from: lastWordStart + 1),
            text.endIndex - vzczc <= 17, text[vzczc - 1] != ASCII.quote
        {
            return vzczc
        }
        guard text.count > partialExtract.count, text.suffix(partialExtractEnd.count).elementsEqual(partialExtractEnd),
            let notice = text.firstIndex(ofIgnoringCase: "This record is a partial extract", from: text.startIndex + 1),
            text[notice...].hasPrefix(partialExtract), text[notice - 1] != ASCII.quote
        else { return nil }
        return notice
    }

    /// A quick test: six digits and a Z among the last bytes of the line, where a date-time group would stand.
    private static func mayEndWithDateTimeGroup(_ text: ByteText) -> Bool {
        DateTimeGroup.mightStandIn(text) || DateTimeGroup.mightStandIn(text.suffix(24))
    }

    /// `P 151147Z JAN 09`, `O R 261341Z NOV 07`: a date-time group alone on its line.
    static func isDateTimeGroup(_ text: ByteText) -> Bool {
        DateTimeGroup.mightStandIn(text) && DateTimeGroup(text.string) != nil
    }

    /// Where a date-time group glued to the end of another line begins (`...KELLYO 030503Z NOV 07`,
    /// `RICEO P 131528Z MAY 08`): the group's precedence letter ends the word before its day and time.
    private static func gluedDateTimeGroup(_ text: ByteText) -> Int? {
        let words = text.suffix(40).words
        guard let group = words.indices.suffix(5).last(where: { isDayTime(words[$0]) }), group >= 1 else { return nil }
        var glued = group - 1
        while glued > 0, words[glued].count == 1, isPrecedence(words[glued][words[glued].startIndex]) {
            glued -= 1
        }
        guard words[glued].count >= 2, let letter = words[glued].last, isPrecedence(letter) else {
            return nil
        }
        let start = words[glued].endIndex - 1
        return isDateTimeGroup(text[start...]) ? start : nil
    }

    /// The day and time (`121721Z`) of a date-time group line.
    static func dayTime(in text: ByteText) -> [UInt8]? {
        text.words.prefix(3).first(where: isDayTime).map(Array.init)
    }

    /// An older page header (`PAGE 02  ROME  02045  01 OF 06  121721Z`): its post and number, and its day and time.
    static func pageHeader(_ line: ByteText) -> (key: [UInt8], time: [UInt8])? {
        let text = line.trimmed
        guard text.count <= 80, text.hasPrefix(ignoringCase: "PAGE ") else { return nil }
        let words = text.words
        guard words.count >= 6, let last = words.last, isDayTime(last),
            let of = words.lastIndex(where: {
                $0.elementsEqual("OF".utf8)
            }), of >= 3
        else { return nil }
        let key = words[2..<(of - 1)].map(Array.init).joined(separator: [ASCII.space])
        return (Array(key), Array(last))
    }

    /// Whether the byte is a precedence letter (`P`, `O`, ...).
    private static func isPrecedence(_ byte: UInt8) -> Bool {
        byte.isASCIIUpper && DateTimeGroup.precedenceNames[String(Unicode.Scalar(byte))] != nil
    }

    /// `101222Z`: six digits and a Z.
    private static func isDayTime(_ word: ByteText) -> Bool {
        word.count == 7 && word.last == UInt8(ascii: "Z") && word.dropLast().allSatisfy(\.isASCIIDigit)
    }

    /// `FM AMEMBASSY BERN`: the originator line that follows a date-time group.
    static func isOrigin(_ line: ByteText) -> Bool {
        line.trimmed.hasPrefix(ignoringCase: "FM ")
    }

    /// `NNNN`: the end-of-message line; a routing block repeated after it is the tail of the same cable.
    static func endsMessage(_ line: ByteText) -> Bool {
        let text = line.trimmed
        return text.count == 4 && text.elementsEqual("NNNN".utf8)
    }
}
