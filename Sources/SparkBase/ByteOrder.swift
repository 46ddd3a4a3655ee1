/// Strings in UTF-8 byte order: the order completion and the world's sorted names share.
public enum ByteOrder {
    /// Compared on the strings' contiguous bytes where they have them: ~10x faster than iterating
    /// `utf8` views, which matters when 100,000 names are checked on every Tab.
    public static func precedes(_ left: String, _ right: String) -> Bool {
        let fast = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                let shorter = min(leftBytes.count, rightBytes.count)
                var index = 0
                while index < shorter {
                    if leftBytes[index] != rightBytes[index] { return leftBytes[index] < rightBytes[index] }
                    index += 1
                }
                return leftBytes.count < rightBytes.count
            }
        }
        if let fast, let result = fast { return result }
        return left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}
