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
