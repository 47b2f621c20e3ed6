/// What tells one message from the next in a file that repeats a message (its envelope printed twice, a preview
/// before the full record, every section sent with its own envelope): the days and times its date-time groups and
/// page headers give, the post and number of its page headers, and its subject.
struct MessageIdentity {
    /// The days and times (`121721Z`) of the message's date-time groups and page headers.
    private(set) var times: [[UInt8]] = []
    /// `ROME 03639` from page headers (`PAGE 02  ROME  03639  01 OF 03  231626Z`).
    private var pageKeys: [[UInt8]] = []
    /// The number its classification line gives (`KABUL 003934`).
    var number: Int?
    /// The subject, as first written (a preview may cut it short with `...`).
    private(set) var subject: [UInt8]?
    /// The last line at which a date-time group continues the message: a page header of this message opened the
    /// next section just above it.
    private(set) var sectionContinuesUntil = -1

    /// How many lines below a section's page header its date-time group may stand.
    private static let sectionEnvelopeLines = 20

    /// A fresh identity for a new message, knowing its day and time where its start gave them.
    init(time: [UInt8]? = nil) {
        if let time { times = [time] }
    }

    /// Whether a date-time group's day and time belong to this message.
    func contains(time: [UInt8]?) -> Bool {
        guard let time else { return false }
        return times.contains(time)
    }

    /// Adds a day and time of this message.
    mutating func add(time: [UInt8]?) {
        if let time, !times.contains(time) { times.append(time) }
    }

    /// Reads a page header at line `number`; a second header of the same post and number opens another section.
    mutating func readPageHeader(_ line: ByteText, number: Int) {
        guard let header = CableStart.pageHeader(line) else { return }
        add(time: header.time)
        if pageKeys.contains(header.key) {
            sectionContinuesUntil = number + MessageIdentity.sectionEnvelopeLines
        } else {
            pageKeys.append(header.key)
        }
    }

    /// `SUBJECT: ...` anywhere in the line: whether it names this message's subject (nil when the message has none
    /// yet, or the line holds no subject).
    mutating func readSubject(_ line: ByteText) -> Bool? {
        guard let subject = MessageIdentity.subject(in: line) else { return nil }
        guard let known = self.subject else {
            self.subject = subject
            return nil
        }
        let shorter = min(known.count, subject.count)
        return shorter >= 12 && known.prefix(shorter) == subject.prefix(shorter)
    }

    /// The subject's words after `SUBJECT:`, without a trailing `...`.
    private static func subject(in line: ByteText) -> [UInt8]? {
        guard line.count >= 12, let label = line.firstIndex(ofIgnoringCase: "SUBJECT:") else { return nil }
        var text = line[(label + 8)...].trimmed
        while let last = text.last, last == ASCII.period || last.isBlank { text = text.dropLast() }
        return text.isEmpty ? nil : Array(text)
    }
}
