import CableModel
import Foundation

/// The index and the statistics built over a loaded cable, their lookups, searches and tables, and the export
/// that carries them.
enum IndexPath {
    /// The bundled gazetteer, glossary and posts, read from the repository's `Data/` folder.
    static let knowledge: GeneralKnowledge = {
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")
        func bytes(_ name: String) -> [UInt8] {
            guard let contents = FileManager.default.contents(atPath: data.appendingPathComponent(name).path) else {
                fatalError("fuzz: \(name) is missing from \(data.path)")
            }
            return [UInt8](contents)
        }
        return GeneralKnowledge(
            gazetteer: bytes("gazetteer.tsv"), glossary: bytes("glossary.tsv"), posts: bytes("posts.tsv"))
    }()

    /// Builds the index and the statistics, runs `queries`, follows every position they give back into the cable,
    /// draws the tables and exports.
    @discardableResult
    static func exercise(_ cable: Cable, queries: [String]) -> IndexedCable {
        let indexed = IndexedCable(cable, knowledge: knowledge)
        let index = indexed.index
        for query in queries {
            let result = index.search(query, snippetWidth: 40)
            for span in result.matches { check(span, in: cable) }
            for hit in result.hits {
                precondition(cable.indexedUnit(id: hit.unitID) != nil, "a hit in unknown unit \(hit.unitID)")
                let length = hit.snippet.text.unicodeScalars.count
                precondition(hit.snippet.highlight.upperBound <= length, "a highlight past its snippet")
            }
        }
        for statute in index.statutes {
            precondition(index.statute(id: statute.id) != nil, "statute \(statute.id) cannot be found by its id")
            for mention in statute.mentions {
                check(mention.span, in: cable)
                let span = mention.span
                _ = index.statuteMention(unitID: span.unitID, field: span.field, offset: span.range.upperBound + 5)
            }
        }
        for reference in index.crossReferences {
            check(reference.span, in: cable)
            if let target = reference.resolvedUnitID {
                precondition(cable.unit(id: target) != nil, "a cross-reference to unknown unit \(target)")
            }
        }
        for citation in index.citations { check(citation.span, in: cable) }
        for entity in index.entities {
            for mention in entity.mentions { check(mention, in: cable) }
        }
        for unit in cable.units { _ = index.backLinks(to: unit.id) }
        exercise(indexed.statistics, in: cable)
        _ = CableExport.json(cable, extra: IndexExport.members(index) + StatisticsExport.members(indexed.statistics))
            .serialized()
        return indexed
    }

    private static func exercise(_ statistics: CableStatistics, in cable: Cable) {
        for figure in statistics.figures + statistics.ages {
            check(TextSpan(unitID: figure.unitID, field: figure.field, range: figure.range), in: cable)
            if let whole = figure.partOf { precondition(statistics.figure(id: whole) != nil, "a part of no figure") }
        }
        for table in statistics.tables {
            for row in table.rows {
                precondition(row.count == table.columns.count, "a row of \(table.name) with the wrong number of cells")
                for cell in row {
                    for id in cell.figures { precondition(statistics.figure(id: id) != nil, "a cell links no figure") }
                }
            }
            _ = TableText.plain(table, width: 40) + TableText.plain(table, width: nil) + TableText.csv(table)
        }
    }

    /// A span must name a unit of the cable (or its subject, which the index reads as a unit) and lie inside its
    /// field.
    private static func check(_ span: TextSpan, in cable: Cable) {
        guard let unit = cable.indexedUnit(id: span.unitID) else {
            preconditionFailure("a span in unknown unit \(span.unitID)")
        }
        let length = unit.value(of: span.field).unicodeScalars.count
        precondition(span.range.lowerBound >= 0 && span.range.upperBound <= length, "a span past its field")
    }
}
