import Synchronization

/// A value made on its first read, from any thread, and kept: what a struct that must stay `Sendable` holds for a
/// part that not every caller reads.
final class OnFirstUse<Value: Sendable>: Sendable {
    private let made: Mutex<Value?> = Mutex(nil)
    private let make: @Sendable () -> Value

    /// Makes the value with `make` when it is first read.
    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, made now if no read made it before.
    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
