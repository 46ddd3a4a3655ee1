import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs `body(0..<count)` on one thread per core, each with a 64 MiB stack. Dispatch's worker
/// threads have 512 KiB to 8 MiB, so a scenario recursing as deep as spark allows (256 levels of
/// values, 320 of blocks and includes) could overflow one and kill every other scenario with it;
/// the stack is only address space until it is touched.
enum WideStackThreads {
    static let stackSize = 64 << 20

    /// Runs `body` on one thread with the wide stack and waits for it: `spark run` on the main
    /// thread's 8 MiB once overflowed on `expect error` bodies nested through includes, each level
    /// a few frames of the evaluator's recursion (and an included file's parse on top).
    static func run<T>(_ body: () -> T) -> T {
        withoutActuallyEscaping(body) { escapable in
            let cell = Cell(escapable)
            forEach(1) { _ in cell.run() }
            // `forEach` runs the work on this thread when no thread could start, so a result exists.
            return cell.result ?? escapable()
        }
    }

    /// The body and its result, handed to the worker thread and read after it is joined.
    private final class Cell<T>: @unchecked Sendable {
        let body: () -> T
        var result: T?

        init(_ body: @escaping () -> T) { self.body = body }

        func run() { result = body() }
    }

    static func forEach(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let cores = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let work = Work(count: count, body: body)
        var threads: [pthread_t] = []
        for _ in 0..<min(cores, count) {
            if let thread = start(work) { threads.append(thread) }
        }
        // Should no thread start at all, the work is still done, on this thread.
        if threads.isEmpty { work.drain() }
        for thread in threads { pthread_join(thread, nil) }
    }

    /// The indices still to run, shared by the threads.
    private final class Work: Sendable {
        let count: Int
        let body: @Sendable (Int) -> Void
        let next = Atomic<Int>(0)

        init(count: Int, body: @escaping @Sendable (Int) -> Void) {
            self.count = count
            self.body = body
        }

        func drain() {
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                body(index)
            }
        }
    }

    private static func start(_ work: Work) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackSize)
        let context = Unmanaged.passRetained(work).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(
            &thread, &attributes,
            { context in
                guard let context else { return nil }
                Unmanaged<Work>.fromOpaque(context).takeRetainedValue().drain()
                return nil
            }, context)
        guard status == 0 else {
            Unmanaged<Work>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}
