import Foundation

/// A one-line progress report on standard error, redrawn at most twice a second, for
/// runs whose standard error is a terminal.
struct ProgressLine {
    let totalBytes: Int?
    private var lastDrawn = ContinuousClock.now

    init(totalBytes: Int?) { self.totalBytes = totalBytes }

    mutating func update(_ summary: RunSummary) {
        let now = ContinuousClock.now
        guard now - lastDrawn >= .milliseconds(500) else { return }
        lastDrawn = now
        let seconds = summary.elapsedSeconds
        var line = String(format: "\r%d documents, %d statements, %d errors, %.0f documents/s, %.2f MB/s, %@",
                          summary.documents, summary.statements, summary.failures,
                          Double(summary.documents) / max(seconds, 0.001), Double(summary.bytes) / 1e6 / max(seconds, 0.001),
                          Self.clock(seconds))
        if let totalBytes, summary.bytes > 0, totalBytes > summary.bytes {
            let remaining = seconds * Double(totalBytes - summary.bytes) / Double(summary.bytes)
            line += ", ETA " + Self.clock(remaining)
        }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    func clear() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%02d:%02d", total / 60, total % 60)
    }
}
