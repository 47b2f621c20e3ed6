import CableData
import CableModel
import Testing

/// A cable written for a test: a usual envelope and header, then the body the test gives.
enum SyntheticCable {
    /// The envelope and header of a confidential cable from post ALPHA.
    static let header =
        "VZCZCXRO0001\nR 261341Z NOV 07\nFM AMEMBASSY ALPHA\nTO RUEHC/SECSTATE WASHDC 0001\n\n"
        + "C O N F I D E N T I A L ALPHA 000123\n\nE.O. 12958: DECL: 11/26/2017\nTAGS: PREL XX\n"
        + "SUBJECT: A HARVEST REPORT\n\n"

    /// Loads the header followed by `body`.
    static func load(_ body: String) throws -> Cable {
        try #require(try CableLoader.load(Array((header + body).utf8), knowledge: .bundled).first)
    }
}
