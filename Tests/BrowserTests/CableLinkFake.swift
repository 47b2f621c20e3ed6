import Browser
import CableModel

/// A library of links in memory: cables made from text, by their ids; the cables citing one are found by reading
/// every cable's REF line. Counts the lookups asked of it.
final class CableLinkFake: CableLinkSource {
    let cables: [String: Cable]
    /// How many lookups were asked, of any kind.
    private(set) var lookups = 0

    init(_ texts: [String]) throws {
        var cables: [String: Cable] = [:]
        for text in texts {
            let cable = try CableLoader.loadFirst(Array(text.utf8), knowledge: .bundled)
            cables[cable.header.id ?? ""] = cable
        }
        self.cables = cables
    }

    func held(_ ids: [String]) throws(CableListError) -> Set<String> {
        lookups += 1
        return Set(ids.filter { cables[$0] != nil })
    }

    func citing(_ id: String) throws(CableListError) -> [CableListRow] {
        lookups += 1
        return cables.values.filter { $0.header.references.contains { $0.cableID == id } }.map { cable in
            CableListRow(
                key: 1, id: cable.header.id ?? "", date: cable.header.dateTime?.isoDate ?? "",
                origin: cable.header.post ?? "", classification: cable.header.classification ?? "",
                subject: cable.header.subject ?? "")
        }
    }

    func cable(withID id: String) throws(CableListError) -> Cable? {
        lookups += 1
        return cables[id]
    }

    /// A browser on the cable `id` of this library, following its references in it.
    func state(_ id: String, _ width: Int = 120, _ height: Int = 40) -> BrowserState {
        let linking = CableLinking(source: self, knowledge: Fixtures.knowledge)
        var state = BrowserState(
            document: linking.document(for: cables[id]!), size: Size(width: width, height: height))
        state.linking = linking
        return state
    }
}
