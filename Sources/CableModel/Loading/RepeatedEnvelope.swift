/// An envelope printed again below the header and before the first paragraph: another export's record of the same
/// message (a row's fields before its `VZCZC`, a `header:` label above its date-time group) after a preview of it
/// or after a preface that holds no sentence. The cable is read again from that envelope, which is its header.
///
/// It repeats the message when its date-time group is the header's, or when the header read none (the envelope
/// is then the cable's first). A preview above it may hold a sentence only where it is cut short with `...`.
struct RepeatedEnvelope: Equatable {
    /// The line the envelope starts on.
    var line: Int
    /// Where on that line it starts (after a row's fields).
    var column: Int

    /// How many body lines are searched for the envelope.
    private static let searchLines = 120
    /// How many lines below a `VZCZC` its date-time group and FM line may stand.
    private static let envelopeLines = 10

    /// The envelope repeated in `lines` from `bodyStart`, if any; `dateTime` is the header's.
    static func find(in lines: [ByteText], bodyStart: Int, dateTime: CableDate?) -> RepeatedEnvelope? {
        var sentenceLeft = false
        for index in lines.indices.dropFirst(bodyStart).prefix(searchLines) {
            let text = lines[index].trimmed
            if let column = start(in: lines, at: index) {
                guard !sentenceLeft, repeats(dateTime, in: lines, from: index, column: column) else { return nil }
                return RepeatedEnvelope(line: index, column: column)
            }
            if text.hasSuffix("...") {
                sentenceLeft = false
            } else if BodyEvidence.isProse(text), SentenceEnd.isComplete(text) {
                sentenceLeft = true
            }
        }
        return nil
    }

    /// The message printed again after its body: a row of another export glued after the signature, whose fields
    /// open with the message's own envelope (`SMITH \<TAB>Embassy X<TAB>SECRET<TAB>VZCZC...`) and whose text
    /// repeats the body's first sentence line. Its line and column are where the row's first field starts.
    static func copy(in lines: [ByteText], bodyStart: Int, dateTime: CableDate?) -> RepeatedEnvelope? {
        guard let dateTime,
            let firstProse = lines.dropFirst(bodyStart).first(where: { BodyEvidence.isProse($0.trimmed) })
        else { return nil }
        for index in lines.indices.dropFirst(bodyStart) where lines[index].contains(ASCII.tab) {
            let text = lines[index].trimmed
            guard let tab = text.firstIndex(of: ASCII.tab), tab > text.startIndex,
                let column = start(in: lines, at: index), column > tab,
                repeats(dateTime, in: lines, from: index, column: column),
                lines[(index + 1)...].contains(where: { $0.trimmed.elementsEqual(firstProse.trimmed) })
            else { continue }
            return RepeatedEnvelope(line: index, column: tab)
        }
        return nil
    }

    /// Where an envelope starts on line `index`: a `VZCZC` opening the line or a field (after a tab, a quote or a
    /// comma) with a date-time group and an FM line below it, or a date-time group alone or in a row's last field
    /// with an FM line right below it.
    private static func start(in lines: [ByteText], at index: Int) -> Int? {
        let text = lines[index].trimmed
        if let vzczc = text.firstIndex(ofIgnoringCase: "VZCZC"), vzczc == text.startIndex || isFieldEnd(text[vzczc - 1])
        {
            let below = lines[(index + 1)...].prefix(envelopeLines)
            let hasGroup = below.contains { CableStart.isDateTimeGroup($0.trimmed) }
            return hasGroup && below.contains(where: CableStart.isOrigin) ? vzczc : nil
        }
        let field = text[(text.lastIndex(where: { $0 == ASCII.tab }).map { $0 + 1 } ?? text.startIndex)...]
        guard CableStart.isDateTimeGroup(field.trimmed),
            lines[(index + 1)...].prefix(CableStart.originLookahead).contains(where: CableStart.isOrigin)
        else { return nil }
        return field.trimmed.startIndex
    }

    /// A tab, a quote or a comma: what ends a row's field before the envelope's.
    private static func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == ASCII.tab || byte == ASCII.quote || byte == ASCII.comma
    }

    /// Whether the envelope from line `index` gives the header's date-time group (any, when the header has none).
    private static func repeats(_ dateTime: CableDate?, in lines: [ByteText], from index: Int, column: Int) -> Bool {
        guard let dateTime else { return true }
        let envelope = [lines[index][column...]] + lines[(index + 1)...].prefix(envelopeLines)
        return envelope.contains { DateTimeGroup($0.trimmed.string)?.date == dateTime }
    }
}
