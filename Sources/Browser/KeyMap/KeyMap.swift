/// The one table of key bindings: the browser's actions, the help screen and the status-line hints all read it.
public struct KeyMap: Sendable {
    /// The bindings, in the order the help screen lists them.
    public let bindings: [KeyBinding]
    /// Each scope's keys, in the order the scopes first appear in the bindings.
    ///
    /// NB: a list of the dozen scopes, not a dictionary keyed by them: a dictionary of a new key type makes the
    /// runtime search the binary's conformance records for `Hashable` on its first use, before the first frame.
    private let actions: [(scope: KeyScope, keys: [Key: Action])]

    /// Creates a key map; a key bound twice in one scope keeps its first binding.
    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
        var actions: [(scope: KeyScope, keys: [Key: Action])] = []
        for binding in bindings {
            let place: Int
            if let found = actions.firstIndex(where: { $0.scope == binding.scope }) {
                place = found
            } else {
                actions.append((binding.scope, [:]))
                place = actions.count - 1
            }
            for key in binding.keys where actions[place].keys[key] == nil { actions[place].keys[key] = binding.action }
        }
        self.actions = actions
    }

    /// The action `key` triggers: the first of `scopes` that binds it wins.
    public func action(for key: Key, in scopes: [KeyScope]) -> Action? {
        for scope in scopes {
            if let action = actions.first(where: { $0.scope == scope })?.keys[key] { return action }
        }
        return nil
    }

    /// The bindings of one scope, in table order.
    public func bindings(in scope: KeyScope) -> [KeyBinding] {
        bindings.filter { $0.scope == scope }
    }

    /// Short hints for the status line (`←→ fold`, `/ search`): the scope's own first, then the general ones (a
    /// cable's keys, which the library's cable list does not take).
    public func hints(for scope: KeyScope) -> [String] {
        let own = bindings(in: scope).compactMap { binding in binding.hint.map { hintText(binding, $0) } }
        guard ![.cableList, .cablePivot, .pivotQuestion].contains(scope) else { return own }
        let general = bindings(in: .everywhere).compactMap { binding in binding.hint.map { hintText(binding, $0) } }
        return own + general
    }

    /// The label of the first key bound to `action` in `scope` (or everywhere): what messages tell the user to press.
    public func label(of action: Action, in scope: KeyScope = .everywhere) -> String {
        let binding =
            bindings.first { $0.action == action && $0.scope == scope }
            ?? bindings.first { $0.action == action && $0.scope == .everywhere }
        return binding?.keys.first?.label ?? action.rawValue
    }

    private func hintText(_ binding: KeyBinding, _ hint: String) -> String {
        (binding.keys.first?.label ?? "") + " " + hint
    }
}
