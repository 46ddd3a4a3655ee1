/// The World's undo log and its open transactions.
///
/// A value's prior state is logged only the first time a transaction changes it ("first write
/// wins"): rolling back needs the value as it was when the transaction began, not every step in
/// between. So the log of a transaction grows with the number of things it touched, not with the
/// number of changes: `advance to 9999-12-31` with five running campaigns logs each campaign, post
/// and account once, not once per simulated day.
///
/// A value needs logging when it has no record inside the innermost open transaction. A short log
/// is scanned for one; past `indexThreshold` entries, `latest` remembers where each value's newest
/// record sits, and each entry keeps the position it displaced, so a rollback restores `latest`
/// exactly and an enclosing transaction still logs what it must.
struct UndoLog {
    private struct Entry {
        let record: UndoRecord
        /// `record.key`, computed once.
        let key: UndoKey?
        /// `latest[key]` before this entry was logged; kept only while `latest` is in use.
        var displaced: Int?
    }

    /// Below this many entries the log finds a value's record by scanning the innermost
    /// transaction, which costs less than hashing: most statements touch a handful of records.
    /// From here on `latest` indexes them, so a long `advance` stays linear.
    private static let indexThreshold = 32

    private var entries: [Entry] = []
    private var marks: [Int] = []
    private var latest: [UndoKey: Int] = [:]
    /// Whether `latest` (and each entry's `displaced`) is kept up to date.
    private var indexed = false

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
    /// transaction already holds a record of it. Past `indexThreshold` entries (records of appends
    /// included) it asks the index, so that no scan is longer than the threshold.
    mutating func needsRecord(of key: UndoKey) -> Bool {
        if !indexed && entries.count >= Self.indexThreshold { buildIndex() }
        let mark = marks.last ?? 0
        guard indexed else {
            var index = entries.count - 1
            while index >= mark {
                if entries[index].key == key { return false }
                index -= 1
            }
            return true
        }
        guard let position = latest[key] else { return true }
        return position < mark
    }

    /// Logs a prior value, unless the innermost transaction already has one for the same thing;
    /// records of appends are always logged.
    /// The record is consumed: moved into the log, not copied (a record holds a whole account,
    /// post, code or campaign).
    mutating func log(_ record: consuming UndoRecord) {
        guard let key = record.key else {
            entries.append(Entry(record: record, key: nil, displaced: nil))
            return
        }
        guard needsRecord(of: key) else { return }
        entries.append(Entry(record: record, key: key, displaced: indexed ? latest[key] : nil))
        if indexed { latest[key] = entries.count - 1 }
    }

    /// Logs the prior value of `key`, which the caller has just found `needsRecord(of:)`: the
    /// record's key is not worked out again (a switch over a record that copies its payload).
    mutating func log(_ record: consuming UndoRecord, priorValueOf key: UndoKey) {
        entries.append(Entry(record: record, key: key, displaced: indexed ? latest[key] : nil))
        if indexed { latest[key] = entries.count - 1 }
    }

    /// Logs the record of an append, which is undone every time.
    mutating func logAppend(_ record: consuming UndoRecord) {
        entries.append(Entry(record: record, key: nil, displaced: nil))
    }

    /// Indexes the entries logged so far, oldest first, as `log` would have.
    private mutating func buildIndex() {
        for index in entries.indices {
            guard let key = entries[index].key else { continue }
            entries[index].displaced = latest[key]
            latest[key] = index
        }
        indexed = true
    }

    /// Takes the newest record off the log, once the log is longer than `mark`.
    mutating func pop(downTo mark: Int) -> UndoRecord? {
        guard entries.count > mark, let entry = entries.popLast() else { return nil }
        if indexed, let key = entry.key {
            latest[key] = entry.displaced
        }
        return entry.record
    }

    /// Outside every transaction the log is useless: drop it so it never grows.
    mutating func settle() {
        guard marks.isEmpty, !entries.isEmpty || indexed else { return }
        entries.removeAll(keepingCapacity: entries.count <= 1_024)
        if indexed {
            latest.removeAll(keepingCapacity: latest.count <= 1_024)
            indexed = false
        }
    }
}
