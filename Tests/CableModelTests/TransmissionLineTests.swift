import Testing

@testable import CableModel

/// The lines of an older telegram's transmission that are neither addressees nor text: page headers and the
/// Department's office distribution.
@Suite struct TransmissionLineTests {
    @Test(arguments: ["PAGE 03 LISBON 004417 091120Z", "  PAGE 1 ROME 12345 01 OF 02 301845Z"])
    func pageHeaders(line: String) {
        #expect(TransmissionLine.isPageHeader(line))
    }

    @Test(arguments: [
        "PAGE 03 LISBON 091120Z", "PAGES 03 LISBON 004417 091120Z", "PAGE", "Page 03 LISBON 004417 091120Z",
        "PAGE 003 LISBON 004417 091120Z", "The PAGE 03 LISBON 004417 091120Z",
    ])
    func otherLinesAreNoPageHeaders(line: String) {
        #expect(!TransmissionLine.isPageHeader(line))
    }

    @Test(arguments: ["ACTION EUR-00", "INFO  OCT-01   ADS-00  AMAD-01", "      CIAE-00  /045W", "/17"])
    func distributions(line: String) {
        #expect(TransmissionLine.isDistribution(line))
    }

    @Test(arguments: ["ACTION", "INFO AMEMBASSY LISBON", "EUR-000", "eur-00", "the well-known site", "/ok?", ""])
    func otherLinesAreNoDistributions(line: String) {
        #expect(!TransmissionLine.isDistribution(line))
    }
}
