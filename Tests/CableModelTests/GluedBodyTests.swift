import CableModel
import Testing

/// Bodies glued to the end of a header field, which used to vanish into the field.
@Suite struct GluedBodyTests {
    private func load(_ classifiedBy: String) throws -> Cable { try SyntheticCable.load(classifiedBy + "\n") }

    @Test(arguments: [
        (
            "Classified By: Deputy Chief Ann Lee for reasons 1.4 (b) and (d). (C) The envoy met the mayor on Monday.",
            "Deputy Chief Ann Lee for reasons 1.4 (b) and (d).", "C", "The envoy met the mayor on Monday."
        ),
        (
            "Classified By: Consul Bo Diaz, Reasons 1.4 (b) (d) 1. (S) Summary: The port reopened after the storm.",
            "Consul Bo Diaz, Reasons 1.4 (b) (d)", "S", "Summary: The port reopened after the storm."
        ),
        (
            "Classified By: Counselor Kim Park, reasons 1.4 b, d (C) Officials said the talks would resume soon.",
            "Counselor Kim Park, reasons 1.4 b, d", "C", "Officials said the talks would resume soon."
        ),
        (
            "Classified By: Officer Al Fox, Reason: Section 1.4 (b) and (d). (C) The mayor resigned on Tuesday.",
            "Officer Al Fox, Reason: Section 1.4 (b) and (d).", "C", "The mayor resigned on Tuesday."
        ),
        (
            "Classified By: Ambassador Tom Ray per 1. 4 (B) AND (D). (SBU) Farmers asked for seed before the rains.",
            "Ambassador Tom Ray per 1. 4 (B) AND (D).", "SBU", "Farmers asked for seed before the rains."
        ),
    ])
    func bodyAfterTheReasons(field: String, authority: String, marking: String, text: String) throws {
        let cable = try load(field)
        #expect(cable.header.classifiedBy == authority)
        let first = try #require(cable.units.first)
        #expect(first.marking == marking)
        #expect(first.text == text)
        #expect(!cable.warnings.contains { $0.contains("empty") })
        // NB: the reasons read from the field stop where the body starts.
        let opening = text.split(separator: " ").prefix(3).joined(separator: " ")
        #expect(cable.header.classifier.map { "\($0)".contains(opening) } == false)
    }

    /// A heading framed by dashes may stand between the reasons and the first paragraph; both are the body's.
    @Test func framedHeadingBeforeTheGluedBody() throws {
        let cable = try load(
            "Classified By: Consul Bo Diaz, REASONS 1.5(B)(D) ------- SUMMARY ------- 1. (C) The port reopened. "
                + "Ships are waiting.")
        #expect(cable.header.classifiedBy == "Consul Bo Diaz, REASONS 1.5(B)(D)")
        #expect(cable.units.map(\.kind) == [.heading, .paragraph])
        #expect(cable.units.first?.heading == "SUMMARY")
        #expect(cable.units.last?.marking == "C")
        #expect(cable.units.last?.text == "The port reopened. Ships are waiting.")
    }

    @Test func gluedBodyStartsWhereItStandsInTheFile() throws {
        let field = "Classified By: Consul Bo Diaz, reasons 1.4 (b) and (d). (C) The harvest\nfailed in the north.\n"
        let cable = try load(field)
        let unit = try #require(cable.units.first)
        #expect(unit.text == "The harvest failed in the north.")
        let start = try #require(unit.sourceStart)
        let line = try #require(cable.sourceLines.first { $0.startIndex <= start && start < $0.endIndex })
        #expect(String(decoding: line[start...], as: UTF8.self) == "(C) The harvest")
    }

    @Test(arguments: [
        "Classified By: Political Officer Sue Ng for reasons 1.4 (b) and (d).",
        "Classified By: Political Officer Sue Ng, reason 1.4 (C) and (D)",
        "Classified By: Political Officer Sue Ng, Reasons. 1.4 (B) and (D)",
        "Classified By: Political Officer Sue Ng for Reason Section 1.5 (b) and (d)",
        "Classified By: Political Officer Sue Ng, REASONS 1.4 (b & d )",
        "Classified By: Political Officer Sue Ng for Reasons 1.4. (B) a nd (D)",
        "Classified By: Political Officer Sue Ng for reason s 1.4 (b) and (d)",
        "Classified By: Political Officer Sue Ng for reasons ...",
        "CLASSIFIED BY: Sue Ng, Officer. REASON: 1.4 (b), (d) CLASSIFIED BY: Sue Ng, Officer. REASON: 1.4 (b), (d)",
    ])
    func authorityAloneStaysInTheHeader(field: String) throws {
        let cable = try load(field)
        #expect(cable.units.isEmpty)
        #expect(
            cable.header.classifiedBy?.hasPrefix("Political Officer Sue Ng") == true
                || cable.header.classifiedBy?.hasPrefix("Sue Ng") == true)
    }
}
