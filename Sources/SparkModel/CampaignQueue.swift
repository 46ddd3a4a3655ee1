/// Live campaigns ordered by the next instant at which each has something to do (start, the end
/// of a delivery day, the end of its schedule, the original expiry of its deleted code), so that
/// `advance` finds the next moment in O(log n) instead of scanning and sorting every live
/// campaign at every instant.
///
/// A binary min-heap with lazy deletion: `queued` holds each campaign's current moment, and a heap
/// item whose instant no longer matches it is stale and dropped when it reaches the top. Changing
/// a campaign's moment therefore pushes one item and never searches the heap.
struct CampaignQueue {
    private struct Item: Comparable {
        let at: Instant
        let campaign: Int32

        static func < (lhs: Item, rhs: Item) -> Bool {
            (lhs.at, lhs.campaign) < (rhs.at, rhs.campaign)
        }
    }

    private var heap: [Item] = []
    private var queued: [Int32: Instant] = [:]

    /// Sets when `campaign` next needs attention; nil takes it out of the queue.
    mutating func schedule(_ campaign: Int32, at instant: Instant?) {
        guard queued[campaign] != instant else { return }
        queued[campaign] = instant
        if let instant {
            push(Item(at: instant, campaign: campaign))
        }
    }

    mutating func removeAll() {
        heap.removeAll(keepingCapacity: true)
        queued.removeAll(keepingCapacity: true)
    }

    /// The earliest moment of any queued campaign.
    mutating func earliest() -> Instant? {
        dropStale()
        return heap.first?.at
    }

    /// Takes out every campaign whose moment is `instant`, in index order (the order in which
    /// campaigns created earlier act first). They leave the queue: the caller schedules them again.
    mutating func popDue(at instant: Instant) -> [Int32] {
        var due: [Int32] = []
        dropStale()
        while let top = heap.first, top.at == instant {
            popTop()
            if queued[top.campaign] == instant {
                queued[top.campaign] = nil
                due.append(top.campaign)
            }
            dropStale()
        }
        return due
    }

    private mutating func dropStale() {
        while let top = heap.first, queued[top.campaign] != top.at {
            popTop()
        }
    }

    private mutating func push(_ item: Item) {
        heap.append(item)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child] < heap[parent] else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func popTop() {
        guard let last = heap.popLast() else { return }
        guard !heap.isEmpty else { return }
        heap[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count && heap[left] < heap[smallest] { smallest = left }
            if right < heap.count && heap[right] < heap[smallest] { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
