import CableData
import CableModel
import Foundation
import TestSupport
import Testing

/// The index in two stages (what a reader's first frame needs, then the names), and the knowledge without its
/// gazetteer that loading and the first stage read: both give what the whole knowledge and the one-stage build give.
@Suite struct IndexStagesTests {
    /// A body of our own: an acronym defined, a statute, a cross-reference, a capital and a country of the gazetteer.
    private static let body = """
        1. (U) SUMMARY: The Office of Rural Credit (ORC) met farmers in Paris and in Peru. Article 12 of the Land \
        Code bars their loans. See paragraph 2.

        2. (U) The ORC says Article 12 will change by spring.

        """

    @Test func theFirstStageFindsAllButTheNamesWithoutTheGazetteer() throws {
        let cable = try SyntheticCable.load(IndexStagesTests.body)
        let whole = CableIndex.build(cable, knowledge: .bundled)
        let first = CableIndex.buildWithoutNames(cable, knowledge: .bundledWithoutGazetteer)
        #expect(first.entities.isEmpty && first.glossary.isEmpty)
        #expect(!whole.statutes.isEmpty && !whole.crossReferences.isEmpty)
        #expect(first.statutes == whole.statutes)
        #expect(first.crossReferences == whole.crossReferences)
        #expect(first.citations == whole.citations)
        #expect(first.search("farmers").matches.count == whole.search("farmers").matches.count)
    }

    @Test func theNamesAddedLaterAreTheOnesOfTheWholeBuild() throws {
        let cable = try SyntheticCable.load(IndexStagesTests.body)
        let whole = CableIndex.build(cable, knowledge: .bundled)
        let named = CableIndex.buildWithoutNames(cable, knowledge: .bundledWithoutGazetteer)
            .addingNames(of: cable, knowledge: .bundled)
        #expect(whole.entities.contains { $0.name == "Paris" })
        #expect(whole.glossary.contains { $0.term == "ORC" && $0.kind == .defined })
        #expect(named.entities == whole.entities)
        #expect(named.glossary == whole.glossary)
    }

    @Test func aGazetteerAddedLaterIsTheOneParsedAtOnce() {
        let gazetteer = BundledData.gazetteerBytes
        let later = GeneralKnowledge.bundledWithoutGazetteer.adding(gazetteer: gazetteer)
        let atOnce = GeneralKnowledge(
            gazetteer: gazetteer, glossary: BundledData.glossaryBytes, posts: BundledData.postsBytes)
        #expect(GeneralKnowledge.bundledWithoutGazetteer.gazetteer.places.isEmpty)
        #expect(later.gazetteer.country(of: "Paris") == "France")
        #expect(later.gazetteer.places == atOnce.gazetteer.places)
        #expect(later.glossary.entries == atOnce.glossary.entries)
    }

    @Test(.enabled(if: SharedData.shouldRun))
    func loadingNeverReadsTheGazetteer() throws {
        let files = SharedData.files(in: "cables")
        #expect(!files.isEmpty)
        for file in files {
            let bytes = SharedData.bytes(file)
            let name = file.lastPathComponent
            let whole = try CableLoader.load(bytes, knowledge: .bundled, name: name)
            let partial = try CableLoader.load(bytes, knowledge: .bundledWithoutGazetteer, name: name)
            #expect(partial == whole, "\(name)")
        }
    }
}
