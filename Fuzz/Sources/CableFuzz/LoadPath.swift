import CableModel

/// The whole path a file takes through the model, driven from one input.
enum LoadPath {
    /// Loads `bytes` and touches every result, so that lazily computed parts run too.
    static func exercise(_ bytes: [UInt8]) {
        let cables: [Cable]
        do {
            cables = try CableLoader.load(bytes)
        } catch {
            precondition(!error.message.isEmpty, "a load error without a message")
            return
        }
        precondition(!cables.isEmpty, "a successful load returned no cable")
        for cable in cables { walk(cable) }
    }

    private static func walk(_ cable: Cable) {
        _ = cable.title
        for unit in cable.units {
            precondition(cable.unit(id: unit.id) != nil, "unit \(unit.id) cannot be found by its id")
            if let parent = unit.parent { _ = cable.children(of: parent) }
            _ = unit.value(of: .heading).unicodeScalars.count + unit.value(of: .text).unicodeScalars.count
        }
        _ = CableExport.json(cable).serialized()
    }
}
