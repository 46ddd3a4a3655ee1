/// The World's undo log and its open transactions.
///
/// A value's prior state is logged only the first time a transaction changes it ("first write
/// wins"): rolling back needs the value as it was when the transaction began, not every step in
/// between. So the log of a transaction grows with the number of things it touched, not with the
/// number of changes: `advance to 9999-12-31` with five running campaigns logs each campaign, post
/// and account once, not once per simulated day.
///
/// `latest` remembers where each value's newest record sits. A value needs logging when it has no
/// record inside the innermost open transaction. Each entry keeps the position it displaced, so a
/// rollback restores `latest` exactly and an enclosing transaction still logs what it must.
struct UndoLog {
    private struct Entry {
        let record: UndoRecord
        /// `latest[key]` before this entry was logged.
        let displaced: Int?
    }

    private var entries: [Entry] = []
    private var marks: [Int] = []
    private var latest: [UndoKey: Int] = [:]

    var count: Int { entries.count }
    var depth: Int { marks.count }
    var isIdle: Bool { marks.isEmpty }

    /// Opens a transaction: everything logged from now on can be undone down to here.
    mutating func begin() {
        marks.append(entries.count)
    }

    /// Closes the innermost transaction, returning where it began, or nil when none is open.
    mutating func close() -> Int? {
        marks.popLast()
    }

    /// Whether `key`'s current value must be logged before it changes: true unless the innermost
    /// transaction already holds a record of it.
    func needsRecord(of key: UndoKey) -> Bool {
        guard let position = latest[key] else { return true }
        return position < (marks.last ?? 0)
    }

    /// Logs a prior value, unless the innermost transaction already has one for the same thing;
    /// records of appends are always logged.
    mutating func log(_ record: UndoRecord) {
        guard let key = record.key else {
            entries.append(Entry(record: record, displaced: nil))
            return
        }
        guard needsRecord(of: key) else { return }
        entries.append(Entry(record: record, displaced: latest[key]))
        latest[key] = entries.count - 1
    }

    /// Takes the newest record off the log, once the log is longer than `mark`.
    mutating func pop(downTo mark: Int) -> UndoRecord? {
        guard entries.count > mark, let entry = entries.popLast() else { return nil }
        if let key = entry.record.key {
            latest[key] = entry.displaced
        }
        return entry.record
    }

    /// Outside every transaction the log is useless: drop it so it never grows.
    mutating func settle() {
        guard marks.isEmpty, !entries.isEmpty || !latest.isEmpty else { return }
        entries.removeAll(keepingCapacity: entries.count <= 1_024)
        latest.removeAll(keepingCapacity: latest.count <= 1_024)
    }
}
