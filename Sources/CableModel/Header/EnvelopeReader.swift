/// Reads the transmission envelope above the classification line: channel, routing, DE, date-time group, FM, TO, INFO.
struct EnvelopeReader {
    private enum List { case to, info, excluded }
    private var list: List?
    /// The list open before a blank line or a page's classification marking: a page header goes on with it.
    private var interrupted: List?

    /// Whether `line` is a line of the envelope (used when no classification line marks its end).
    func recognises(_ line: String) -> Bool {
        TransmissionLine.isChannel(line) || TransmissionLine.isRouting(line) || TransmissionLine.isStation(line)
            || TransmissionLine.isSecurityMarker(line) || DateTimeGroup.mightStandIn(Array(line.utf8)[...])
            || line.hasPrefix("FM ")
            || line.hasPrefix("TO ") || line.hasPrefix("INFO ") || line.hasPrefix("XMT ")
            || TransmissionLine.isDistribution(line) || TransmissionLine.isPageHeader(line)
            || TransmissionLine.isProcessingStamp(line)
            || (list != nil && (Addressee(line: line) != nil || Self.isPageMarking(line)))
    }

    /// Reads one line of the envelope into `header`.
    mutating func read(_ line: String, into header: inout Header) {
        let (opened, rest) = Self.listWord(line)
        if line.isEmpty || (list != nil && Self.isPageMarking(line)) {
            interrupted = list ?? interrupted
            list = nil
        } else if TransmissionLine.isPageHeader(rest) {
            // NB: `TO PAGE 02 STATE 023763 071504Z`: a page header printed where the list's first line was.
            list = opened ?? list ?? interrupted
        } else if TransmissionLine.isDistribution(line) || TransmissionLine.isProcessingStamp(line) {
            header.transmission.append(line)
        } else if TransmissionLine.isChannel(line) || TransmissionLine.isStation(line)
            || TransmissionLine.isSecurityMarker(line) || (list == nil && TransmissionLine.isRouting(line))
        {
            header.transmission.append(line)
        } else if header.dateTime == nil, DateTimeGroup.mightStandIn(Array(line.utf8)[...]),
            let group = DateTimeGroup(line)
        {
            header.dateTime = group.date
            header.precedence = group.precedence
            header.infoPrecedence = group.infoPrecedence
        } else if line.hasPrefix("FM ") || line.hasPrefix("FROM ") {
            header.origin = String(line.drop(while: { $0 != " " }).dropFirst()).trimmingSpaces
            list = nil
            interrupted = nil
        } else if let opened {
            list = opened
            append(rest, to: &header)
        } else if list != nil {
            append(line, to: &header)
        } else {
            header.notes.append(line)
        }
    }

    /// The list a line opens (`TO `, `INFO `, `XMT `) and the rest of the line; a line that opens none is all rest.
    private static func listWord(_ line: String) -> (List?, String) {
        for (word, opened) in [("TO ", List.to), ("INFO ", .info), ("XMT ", .excluded)] where line.hasPrefix(word) {
            return (opened, String(line.dropFirst(word.count)).trimmingSpaces)
        }
        return (nil, line)
    }

    /// `CONFIDENTIAL` alone inside a list: the marking at the foot of a page, before the next page's header.
    private static func isPageMarking(_ line: String) -> Bool {
        OlderPageHeader.isClassificationOnly(Array(line.utf8)[...])
    }

    private func append(_ line: String, to header: inout Header) {
        guard let addressee = Addressee(line: line) else { return }
        switch list {
        case .to: header.to.append(addressee)
        case .info: header.info.append(addressee)
        case .excluded: header.excluded.append(addressee)
        case nil: break
        }
    }
}
