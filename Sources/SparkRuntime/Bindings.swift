/// The names a script has bound with `let`, with an undo log so a failed block unbinds what it bound.
/// One per session, shared by its runs (a class: runs bind in place, never copy the table).
final class Bindings {
    private var values: [String: Value] = [:]
    /// What undoes one change.
    private enum Undo {
        /// The name's previous value (nil: it was unbound).
        case rebound(String, previous: Value?)
        /// A value was appended to the list the name holds.
        case appended(String)
    }
    /// For each open transaction, what undoes each change it made, in order.
    private var undoLogs: [[Undo]] = []

    subscript(name: String) -> Value? { values[name] }

    var names: [String] { Array(values.keys) }

    func bind(_ name: String, to value: Value) {
        let previous = values.updateValue(value, forKey: name)
        if !undoLogs.isEmpty { undoLogs[undoLogs.count - 1].append(.rebound(name, previous: previous)) }
    }

    enum AppendRefusal: Error {
        case unbound
        case notAList(Value)
    }

    /// Appends `value` to the list bound to `name`, in place: the list is taken out of the table
    /// while it grows, so its storage is never shared and never copied. Returns the new count. The
    /// undo log records the append, not the old list (which would share, and so copy, the storage).
    @discardableResult
    func append(_ value: Value, to name: String) throws(AppendRefusal) -> Int {
        guard var slot = values.removeValue(forKey: name) else { throw .unbound }
        guard case .list(var items) = slot else {
            values[name] = slot
            throw .notAList(slot)
        }
        slot = .nothing
        items.append(value)
        let count = items.count
        values[name] = .list(items)
        if !undoLogs.isEmpty { undoLogs[undoLogs.count - 1].append(.appended(name)) }
        return count
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
            switch entry {
            case .rebound(let name, let previous): values[name] = previous
            case .appended(let name): removeLast(from: name)
            }
        }
    }

    private func removeLast(from name: String) {
        guard var slot = values.removeValue(forKey: name) else { return }
        if case .list(var items) = slot {
            slot = .nothing
            _ = items.popLast()
            values[name] = .list(items)
        } else {
            values[name] = slot
        }
    }

    func removeAll() {
        values.removeAll()
        undoLogs.removeAll()
    }
}
