/// The names a script has bound with `let`, with an undo log so a failed block unbinds what it bound.
/// One per session, shared by its runs (a class: runs bind in place, never copy the table).
final class Bindings {
    private var values: [String: Value] = [:]
    /// What undoes one change.
    private enum Undo {
        /// The name's previous value (nil: it was unbound).
        case rebound(String, previous: Value?)
        /// Values were appended to the list the name holds (consecutive appends to one list are one
        /// entry, so a loop that appends keeps its undo log small).
        case appended(String, count: Int)
    }
    /// For each open transaction, what undoes each change it made, in order.
    private var undoLogs: [[Undo]] = []

    subscript(name: String) -> Value? { values[name] }

    var names: [String] { Array(values.keys) }

    func bind(_ name: String, to value: Value) {
        let previous = values.updateValue(value, forKey: name)
        if !undoLogs.isEmpty { undoLogs[undoLogs.count - 1].append(.rebound(name, previous: previous)) }
    }

    /// Rebinds a loop's own name, already bound (and logged) in the loop's transaction: a rollback
    /// restores the value logged then, so each later run need not be logged.
    func rebindLoopName(_ name: String, to value: Value) {
        values[name] = value
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
        if !undoLogs.isEmpty {
            let last = undoLogs.count - 1
            if case .appended(let previous, let appended)? = undoLogs[last].last, previous == name {
                undoLogs[last][undoLogs[last].count - 1] = .appended(name, count: appended + 1)
            } else {
                undoLogs[last].append(.appended(name, count: 1))
            }
        }
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
            case .appended(let name, let count): removeLast(count, from: name)
            }
        }
    }

    private func removeLast(_ count: Int, from name: String) {
        guard var slot = values.removeValue(forKey: name) else { return }
        if case .list(var items) = slot {
            slot = .nothing
            items.removeLast(min(count, items.count))
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
