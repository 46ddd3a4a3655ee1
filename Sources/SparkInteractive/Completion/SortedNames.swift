import SparkBase

/// Names sorted by their UTF-8 bytes, so every name with a given prefix sits in one contiguous
/// range that two binary searches find: a completion over 100,000 names touches ~34 of them.
public struct SortedNames: Sendable, Equatable {
    /// Ascending by UTF-8 bytes, without duplicates.
    public let names: [String]

    /// Sorts and deduplicates only when needed: checking an already sorted array is one linear
    /// pass, so a caller that keeps its names sorted pays no `n log n` on every Tab.
    public init(_ names: [String]) {
        if SortedNames.isStrictlyAscending(names) {
            self.names = names
        } else {
            var sorted = names.sorted { SortedNames.precedes($0, $1) }
            var unique = 0
            for index in sorted.indices where unique == 0 || sorted[unique - 1] != sorted[index] {
                sorted.swapAt(unique, index)
                unique += 1
            }
            sorted.removeSubrange(unique...)
            self.names = sorted
        }
    }

    public var isEmpty: Bool { names.isEmpty }
    public var count: Int { names.count }

    /// The names that start with `prefix` (byte-wise), in order.
    public func matching(prefix: String) -> ArraySlice<String> {
        if prefix.isEmpty { return names[...] }
        let start = firstIndex { !SortedNames.precedes($0, prefix) }
        let end = firstIndex(from: start) { !$0.utf8.starts(with: prefix.utf8) }
        return names[start..<end]
    }

    /// Binary search: the first index at or after `low` where `isPast` holds; `isPast` must be
    /// false for a prefix of the array and true for the rest.
    private func firstIndex(from low: Int = 0, where isPast: (String) -> Bool) -> Int {
        var low = low
        var high = names.count
        while low < high {
            let middle = low + (high - low) / 2
            if isPast(names[middle]) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }

    static func precedes(_ left: String, _ right: String) -> Bool {
        ByteOrder.precedes(left, right)
    }

    private static func isStrictlyAscending(_ names: [String]) -> Bool {
        var index = 1
        while index < names.count {
            if !precedes(names[index - 1], names[index]) { return false }
            index += 1
        }
        return true
    }
}
