/// The names a script has bound with `let`, with an undo log so a failed block unbinds what it bound.
/// One per session, shared by its runs (a class: runs bind in place, never copy the table).
final class Bindings {
    private var values: [String: Value] = [:]
    /// For each open transaction, the previous value of every name it bound (nil: was unbound).
    private var undoLogs: [[(name: String, previous: Value?)]] = []

    subscript(name: String) -> Value? { values[name] }

    var names: [String] { Array(values.keys) }

    func bind(_ name: String, to value: Value) {
        let previous = values.updateValue(value, forKey: name)
        if !undoLogs.isEmpty { undoLogs[undoLogs.count - 1].append((name, previous)) }
    }

    func begin() { undoLogs.append([]) }

    /// Keeps the changes; an enclosing transaction can still undo them.
    func commit() {
        guard let log = undoLogs.popLast() else { return }
        if !undoLogs.isEmpty { undoLogs[undoLogs.count - 1].append(contentsOf: log) }
    }

    func rollback() {
        guard let log = undoLogs.popLast() else { return }
        for entry in log.reversed() {
            if let previous = entry.previous {
                values[entry.name] = previous
            } else {
                values[entry.name] = nil
            }
        }
    }

    func removeAll() {
        values.removeAll()
        undoLogs.removeAll()
    }
}
