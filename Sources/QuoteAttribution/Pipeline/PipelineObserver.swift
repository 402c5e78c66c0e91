
/// Sees the document after every stage: the exact document the next stage will read.
/// The only path to per-stage debug output (`attribute explain`) and timings.
public protocol PipelineObserver: Sendable {
    func stage(_ stage: StageID, didAnnotate document: Document, in duration: Duration)
}

/// Records the document after each stage, for `explain`.
public final class SnapshotRecorder: PipelineObserver, @unchecked Sendable {
    // Used by one `process` call at a time; the lock-free storage is documented as such.
    public private(set) var snapshots: [(stage: StageID, document: Document, duration: Duration)] = []

    public init() {}

    public func stage(_ stage: StageID, didAnnotate document: Document, in duration: Duration) {
        snapshots.append((stage, document, duration))
    }
}

/// Totals the time each stage takes over many documents (`attribute run --timings`).
/// Safe to share between the tasks of a streaming run.
public final class StageTimings: PipelineObserver, Sendable {
    private let totals = Locked<[(stage: StageID, duration: Duration, documents: Int)]>([])

    public init() {}

    public func stage(_ stage: StageID, didAnnotate document: Document, in duration: Duration) {
        totals.withLock { totals in
            if let index = totals.firstIndex(where: { $0.stage == stage }) {
                totals[index].duration += duration
                totals[index].documents += 1
            } else {
                totals.append((stage, duration, 1))
            }
        }
    }

    /// Per stage, in pipeline order: total time and documents seen.
    public var report: [(stage: StageID, duration: Duration, documents: Int)] { totals.withLock { $0 } }
}
