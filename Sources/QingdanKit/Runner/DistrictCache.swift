import QingdanCore
import QingdanPluginAPI
import Synchronization

/// The county-level filings a run's villages are checked against, parsed when first needed and
/// kept for a few at a time — not for the whole run, so that memory does not grow with the
/// number of county filings (a filing office holds one for every ten villages).
///
/// A county filing is read once when the run checks it and stays while the villages after it
/// (in the same folder, as filings are kept) are checked; one needed again after it has been
/// dropped is read again. Two threads that want the same filing at once wait for one reading.
final class DistrictCache: Sendable {
    /// One county filing, read at most once while it is cached.
    final class Slot: Sendable {
        let loaded = Mutex<Loaded?>(nil)
    }

    /// A county filing as read: its parse (for its own check), and the filing villages are checked
    /// against when it parsed (with what checks have derived from it, such as its list names
    /// prepared for matching).
    struct Loaded: Sendable {
        let parsed: Checker.Parsed?
        let district: DistrictFiling?
    }

    private struct State {
        var slots: [String: (slot: Slot, lastUse: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    private let state = Mutex(State())
    /// How many county filings are kept: enough for the chunks in flight, whose villages nearly
    /// always share a few.
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The county filing at `path`, read with `read` unless it is cached.
    func filing(at path: String, read: () -> Checker.Parsed?) -> Loaded {
        let slot = state.withLock { state in
            state.clock += 1
            if let cached = state.slots[path] {
                state.slots[path] = (cached.slot, state.clock)
                return cached.slot
            }
            if state.slots.count >= capacity, let oldest = state.slots.min(by: { $0.value.lastUse < $1.value.lastUse })
            {
                state.slots[oldest.key] = nil
            }
            let slot = Slot()
            state.slots[path] = (slot, state.clock)
            return slot
        }
        return slot.loaded.withLock { loaded in
            if let loaded { return loaded }
            let parsed = read()
            var district: DistrictFiling?
            if let parsed, case .success(let tree) = parsed.tree, tree.root.isMapping {
                district = DistrictFiling(root: tree.root, header: FilingHeader(root: tree.root))
            }
            let made = Loaded(parsed: parsed, district: district)
            loaded = made
            return made
        }
    }

    /// How many county filings are cached now (for tests).
    var count: Int { state.withLock { $0.slots.count } }
}
