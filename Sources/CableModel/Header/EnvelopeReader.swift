/// Reads the transmission envelope above the classification line: channel, routing, DE, date-time group, FM, TO, INFO.
struct EnvelopeReader {
    private enum List { case to, info, excluded }
    private var list: List?

    /// Whether `line` is a line of the envelope (used when no classification line marks its end).
    func recognises(_ line: String) -> Bool {
        TransmissionLine.isChannel(line) || TransmissionLine.isRouting(line) || TransmissionLine.isStation(line)
            || TransmissionLine.isSecurityMarker(line) || DateTimeGroup.mightStandIn(Array(line.utf8)[...])
            || line.hasPrefix("FM ")
            || line.hasPrefix("TO ") || line.hasPrefix("INFO ") || line.hasPrefix("XMT ")
            || TransmissionLine.isDistribution(line) || (list != nil && Addressee(line: line) != nil)
    }

    /// Reads one line of the envelope into `header`.
    mutating func read(_ line: String, into header: inout Header) {
        if line.isEmpty {
            list = nil
        } else if TransmissionLine.isDistribution(line) {
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
        } else if line.hasPrefix("TO ") {
            list = .to
            append(String(line.dropFirst(3)), to: &header)
        } else if line.hasPrefix("INFO ") {
            list = .info
            append(String(line.dropFirst(5)), to: &header)
        } else if line.hasPrefix("XMT ") {
            list = .excluded
            append(String(line.dropFirst(4)), to: &header)
        } else if list != nil {
            append(line, to: &header)
        } else {
            header.notes.append(line)
        }
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
