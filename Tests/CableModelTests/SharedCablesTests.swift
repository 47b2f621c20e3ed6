import CableData
import CableModel
import Foundation
import TestSupport
import Testing

/// The dozen real cables with their quirks listed in `../shared/cables/README.md`.
@Suite(.enabled(if: SharedData.shouldRun)) struct SharedCablesTests {
    /// Every cable loads, and its id matches its file name where the text agrees.
    @Test func everyCableLoadsWithItsID() throws {
        for url in SharedData.files(in: "cables") {
            let cables = try CableLoader.load(SharedData.bytes(url), knowledge: .bundled)
            let name = url.deletingPathExtension().lastPathComponent
            #expect(cables.count == 1, "\(name)")
            let cable = try #require(cables.first)
            #expect(!cable.units.isEmpty, "\(name)")
            #expect(cable.header.classification != nil, "\(name)")
            #expect(!cable.header.tags.isEmpty, "\(name)")
            if cable.header.dateTime != nil {
                #expect(cable.header.id == name, "\(name)")
            } else {
                // A partial extract has no date-time group, so no year: the id is absent, the title says what is known.
                #expect(cable.header.id == nil, "\(name)")
                #expect(name.hasSuffix(cable.title), "\(name)")
            }
        }
    }

    @Test func secretCableWithGluedClassificationLine() throws {
        let cable = try SharedData.cable("10DUSHANBE173")
        #expect(cable.header.classification == "SECRET")
        #expect(cable.header.sectionCount == 5)
        #expect(cable.header.info.last?.name == "JOINT STAFF WASHINGTON DC")
        #expect(cable.header.declassification == "2/16/2020")
        #expect(cable.header.tags == ["PREL", "PGOV", "PHUM", "EAID", "ECON", "EINV", "TI"])
        #expect(cable.header.subject == "CORRECTED COPY - TAJIKISTAN SCENESETTER FOR VISIT OF SRAP HOLBROOKE")
        #expect(cable.header.signature == "QUAST")
        #expect(cable.unit(id: "20")?.text.hasSuffix("communicate using a compatible system.") == true)
        #expect(cable.unit(id: "5")?.text.contains("Since the end of the war, Rahmon") == true)
        #expect(cable.unit(id: "6")?.page == 2)
        #expect(cable.units.filter { $0.kind == .heading }.first?.heading == "A DIFFICULT NEIGHBORHOOD")
    }

    @Test func letterSpacedClassificationAndOddStatutes() throws {
        let cable = try SharedData.cable("09TEGUCIGALPA645")
        #expect(cable.header.classification == "CONFIDENTIAL")
        #expect(cable.header.sectionCount == nil)
        #expect(cable.pageCount == 1)
        #expect(cable.header.references.first?.cableID == "09TEGUCIGALPA578")
    }

    @Test func dateLineRefsOnOneLineAndUnderlinedHeadings() throws {
        let cable = try SharedData.cable("09MADRID347")
        #expect(cable.header.references.map(\.label) == ["A", "B", "C", "D", "E", "F", "G", "H"])
        #expect(cable.header.references[2].cableID == "06MADRID1914")
        #expect(cable.header.references[0].cableID == nil)
        #expect(cable.header.signature == "CHACON")
        let headings = cable.units.filter { $0.kind == .heading }.compactMap(\.heading)
        #expect(headings == ["The Accused", "The Complaint", "Contacts with Spanish Authorities", "Comment"])
        #expect(cable.unit(id: "9")?.text.contains("who said that he personally will decide") == true)
    }

    @Test func latin1WithCRLFAndHardWrapping() throws {
        let cable = try SharedData.cable("06NEWDELHI5239")
        #expect(cable.encoding == .latin1)
        #expect(cable.header.classification == "CONFIDENTIAL")
        #expect(cable.header.references.first?.cableID == "05NEWDELHI8782")
        #expect(cable.pageCount == 7)
        #expect(cable.children(of: "6").count == 35)
        #expect(cable.unit(id: "6.II")?.text.hasPrefix("Feroz Rashid Khan") == true)
        #expect(cable.unit(id: "6.D")?.text.contains("(Indian national) Involved in serious cases") == true)
        let text = cable.units.map(\.text).joined(separator: "\n")
        #expect(!text.contains("\r"))
        #expect(!text.contains("¶1993"))
        #expect(!text.contains("NEW DELHI 00005239"))
    }

    @Test func noSubjectInlinePageBreakAndSiteJunk() throws {
        let cable = try SharedData.cable("08TRIPOLI220")
        #expect(cable.header.subject == nil)
        #expect(cable.header.signature == "STEVENS")
        #expect(cable.unit(id: "6")?.text.contains("had no objection to a visit by Emboffs") == true)
        #expect(cable.unit(id: "11")?.text.hasSuffix("End comment.") == true)
        #expect(cable.unit(id: "1")?.marking == "C")
    }

    @Test func referenceLetterRenderedAsParagraphMark() throws {
        let cable = try SharedData.cable("09BISHKEK135")
        #expect(cable.header.references.map(\.text) == ["BISHKEK 96", "BISHKEK 85"])
        #expect(cable.header.references.map(\.cableID) == ["09BISHKEK96", "09BISHKEK85"])
        #expect(cable.unit(id: "B") == nil)
        #expect(cable.header.info.last?.name == "USCENTCOM INTEL CEN MACDILL AFB FL")
    }

    @Test func pageBreaksWithoutPageLines() throws {
        let cable = try SharedData.cable("06BRUSSELS524")
        #expect(cable.pageCount == 5)
        #expect(cable.units.allSatisfy { $0.page == nil })
        #expect(cable.header.signature == "Gray")
    }

    @Test func noParagraphNumbersAndFooter() throws {
        let cable = try SharedData.cable("09SAOPAULO487")
        #expect(cable.header.signature == "WHITE")
        #expect(cable.units.allSatisfy { $0.kind == .unnumbered || $0.kind == .heading })
        let text = cable.units.map(\.text).joined()
        #expect(!text.contains("Track impres"))
        #expect(text.contains("visible....."))
    }

    @Test func everythingOnTheClassificationLine() throws {
        let cable = try SharedData.cable("10STATE284")
        #expect(cable.header.caveats == ["SIPDIS"])
        #expect(cable.header.declassification == "01/04/2020")
        #expect(cable.header.tags == ["MASS", "MARR", "MCAP", "MOPS", "PARM", "PGOV"])
        #expect(cable.header.subject == nil)
        #expect(cable.unit(id: "6")?.text.hasPrefix("Request feedback") == true)
        #expect(cable.unit(id: "5")?.marking == "C/REL LIBYA")
    }

    @Test func keyValueTableKeepsItsLines() throws {
        let cable = try SharedData.cable("07KINGSTON382")
        #expect(cable.encoding == .latin1)
        let table = try #require(cable.unit(id: "2")?.text)
        #expect(table.contains("Name:              WILLIAM, Roderick Anthony\nGender:"))
        #expect(table.contains("(GLOBAL)\n                   NAVAL POST GRAD SCHOOL"))
    }

    @Test func redactionsAndWrappedClassifiedBy() throws {
        let cable = try SharedData.cable("09ASHGABAT238")
        #expect(cable.header.classifiedBy?.hasPrefix("Classified by DCM Sylvia Reed Curran.") == true)
        #expect(cable.unit(id: "2")?.text.hasPrefix("XXXXXXXXXXXX") == true)
    }
}
