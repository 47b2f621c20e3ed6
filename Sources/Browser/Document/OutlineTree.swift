import CableModel

/// The units' parent and children, by position in `Cable.units`, for folding the outline.
public struct OutlineTree: Sendable {
    /// The position of each unit's parent, where it has one.
    public let parent: [Int?]
    /// The positions of each unit's children.
    public let children: [[Int]]

    /// Builds the tree from the units' `parent` ids.
    public init(_ cable: Cable) {
        var parent: [Int?] = []
        var children = Array(repeating: [Int](), count: cable.units.count)
        for (position, unit) in cable.units.enumerated() {
            let parentPosition = unit.parent.flatMap { cable.position(of: $0) }
            parent.append(parentPosition)
            if let parentPosition { children[parentPosition].append(position) }
        }
        self.parent = parent
        self.children = children
    }

    /// Whether the unit has children, so that it folds.
    public func isFoldable(_ unit: Int) -> Bool { children.indices.contains(unit) && !children[unit].isEmpty }

    /// The unit, or its nearest ancestor that a fold in `folded` hides it under.
    public func visibleAncestor(of unit: Int, folded: Set<Int>) -> Int {
        guard parent.indices.contains(unit) else { return unit }
        var shown = unit
        var current = unit
        while let up = parent[current] {
            if folded.contains(up) { shown = up }
            current = up
        }
        return shown
    }

    /// The units the outline shows with the sections in `folded` closed, in document order.
    public func visibleUnits(folded: Set<Int>) -> [Int] {
        var rows: [Int] = []
        rows.reserveCapacity(parent.count)
        for unit in parent.indices where visibleAncestor(of: unit, folded: folded) == unit { rows.append(unit) }
        return rows
    }

    /// How deep the unit sits (0 for a top-level unit).
    public func depth(of unit: Int) -> Int {
        guard parent.indices.contains(unit) else { return 0 }
        var depth = 0
        var current = unit
        while let up = parent[current] {
            depth += 1
            current = up
        }
        return depth
    }
}
