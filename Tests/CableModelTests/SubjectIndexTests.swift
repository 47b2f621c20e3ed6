import CableModel
import Testing

/// The SUBJECT line in the index: its statutes, names and words are found as the body's are, in unit `subject`.
@Suite struct SubjectIndexTests {
    private func cable(subject: String, body: [String]) -> Cable {
        let body = TestIndex.cable(body)
        var header = body.header
        header.subject = subject
        return Cable(header: header, units: body.units, pageCount: nil, encoding: .utf8, warnings: [])
    }

    @Test func aStatuteInTheSubjectIsAMentionThere() {
        let index = CableIndex.build(
            cable(
                subject: "Article 12 of the Land Code amended", body: ["Deputies voted on Article 12 of the Land Code."]
            ),
            knowledge: TestIndex.knowledge)
        let statute = index.statutes.first { $0.number == "12" }
        #expect(index.statutes.count == 1)
        #expect(statute?.mentions.map(\.span.unitID) == [CableIndex.subjectUnitID, "1"])
        #expect(statute?.mentions.first?.span.field == .heading)
        #expect(statute?.instrument == "Land Code")
    }

    /// A span in the subject resolves to the subject's text, as a span in a unit resolves to the unit's.
    @Test func aSpanInTheSubjectNamesTheSubjectUnit() throws {
        let cable = cable(subject: "Article 12 of the Land Code amended", body: ["Officials met."])
        let index = CableIndex.build(cable, knowledge: TestIndex.knowledge)
        let span = try #require(index.statutes.first?.mentions.first?.span)
        let unit = try #require(cable.indexedUnit(id: span.unitID))
        let heading = Array(unit.heading?.unicodeScalars ?? "".unicodeScalars)
        #expect(String(String.UnicodeScalarView(heading[span.range])) == "Article 12")
        #expect(cable.unit(id: span.unitID) == nil)
        #expect(cable.indexedUnit(id: "1")?.text == "Officials met.")
        #expect(self.cable(subject: "", body: ["Officials met."]).subjectUnit == nil)
    }

    @Test func aBareArticleInACapitalSubjectIsAMention() {
        let index = CableIndex.build(
            cable(subject: "ARTICLE 98 TALKS RESUME", body: ["Officials met."]), knowledge: TestIndex.knowledge)
        #expect(index.statutes.map(\.title) == ["Article 98"])
        #expect(index.statutes.first?.mentions.first?.span.unitID == CableIndex.subjectUnitID)
    }

    @Test func aNameInTheSubjectDoesNotCaptureTheBodysBareArticles() {
        let index = CableIndex.build(
            cable(subject: "NEW FISHERIES LAW", body: ["The Fishing Code was revised.", "Article 4 sets quotas."]),
            knowledge: TestIndex.knowledge)
        #expect(index.statutes.map(\.instrument) == ["Fishing Code"])
    }

    @Test func searchFindsWhatOnlyTheSubjectSays() {
        let index = CableIndex.build(
            cable(subject: "Harbour dredging stalls", body: ["Officials met on Tuesday."]),
            knowledge: TestIndex.knowledge)
        #expect(index.search("dredging").hits.map(\.unitID) == [CableIndex.subjectUnitID])
    }

    @Test func withoutTheSubjectTheIndexHoldsTheUnitsAlone() {
        let index = CableIndex.buildWithoutNames(
            cable(subject: "ARTICLE 12 AMENDED", body: ["Officials met."]), knowledge: TestIndex.knowledge,
            subject: false)
        #expect(index.statutes.isEmpty)
        #expect(index.search("amended").hits.isEmpty)
    }
}

/// `cablegram search` over the header: the subject and the tags with their meanings, as units `subject` and `tags`.
@Suite struct HeaderSearchTests {
    private func cable(subject: String, tags: [String], body: [String]) -> Cable {
        let body = TestIndex.cable(body)
        var header = body.header
        header.subject = subject
        header.tags = tags
        return Cable(header: header, units: body.units, pageCount: nil, encoding: .utf8, warnings: [])
    }

    @Test func searchFindsWhatOnlyTheTagsOrTheirMeaningsSay() {
        let index = CableSearchIndex(
            cable(subject: "Harbour dredging stalls", tags: ["PHUM", "ZZQX"], body: ["Officials met on Tuesday."]),
            glossary: TestIndex.knowledge.glossary)
        #expect(index.search("PHUM").hits.map(\.unitID) == [Cable.tagsUnitID])
        #expect(index.search("ZZQX").hits.map(\.unitID) == [Cable.tagsUnitID])
        #expect(index.search("\"human rights\"").hits.map(\.unitID) == [Cable.tagsUnitID])
        #expect(index.search("dredging").hits.map(\.unitID) == [CableIndex.subjectUnitID])
        #expect(index.search("Tuesday").hits.map(\.unitID) == ["1"])
    }

    @Test func theNamesNeverReadTheTags() {
        let tagged = cable(subject: "", tags: ["UNHCR", "PHUM"], body: ["Officials met on Tuesday."])
        #expect(CableIndex.build(tagged, knowledge: TestIndex.knowledge).entities.isEmpty)
        #expect(tagged.tagsUnit(glossary: TestIndex.knowledge.glossary)?.text.hasPrefix("UNHCR") == true)
        #expect(cable(subject: "", tags: [], body: ["Officials met."]).tagsUnit(glossary: Glossary(parsing: [])) == nil)
    }
}
