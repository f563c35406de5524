import Dispatch
import Synchronization

/// Maps `items` on `jobs` threads, keeping their order: workers take the next index from a
/// shared counter, so a slow file does not hold up the others.
func parallelMap<Item: Sendable, T: Sendable>(_ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> T) -> [T] {
    if jobs <= 1 || items.count <= 1 { return items.map(transform) }
    let results = ResultSlots<T>(count: items.count)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
        while true {
            let index = next.take()
            guard index < items.count else { return }
            results.store(transform(items[index]), at: index)
        }
    }
    return results.collect()
}

private final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    func take() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
}

/// One slot per item, each written by exactly one worker before `collect` reads them all.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func collect() -> [T] { slots.map { $0! } }
}

/// Work running on another thread, whose result is waited for later.
final class Background<T: Sendable>: @unchecked Sendable {
    private var result: T?
    private let finished = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.finished.signal()
        }
    }

    /// The result, once the work is done; call once.
    func wait() -> T {
        finished.wait()
        return result!
    }
}
