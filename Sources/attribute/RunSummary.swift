import Foundation
import QuoteAttribution

/// Counts for the end-of-run summary: every document is either processed or failed.
struct RunSummary {
    var documents = 0
    var failures = 0
    var statements = 0
    /// UTF-8 bytes of the processed documents' text.
    var bytes = 0
    var failuresByCode: [String: Int] = [:]
    let started = ContinuousClock.now

    mutating func count(_ result: DocumentResult) {
        documents += 1
        switch result {
        case .success(let annotated):
            statements += annotated.statements.count
            bytes += annotated.document.text.utf8.count
        case .failure(let failure):
            failures += 1
            failuresByCode[failure.code.rawValue, default: 0] += 1
        }
    }

    var elapsedSeconds: Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    var line: String {
        let seconds = elapsedSeconds
        let rate = seconds > 0 ? Double(documents) / seconds : 0
        let megabytes = seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0
        var text = "attribute: \(documents) documents (\(documents - failures) processed, \(failures) errors), \(statements) statements in "
        text += String(format: "%.2f s (%.0f documents/s, %.2f MB/s)", seconds, rate, megabytes)
        if !failuresByCode.isEmpty {
            text += "; errors: " + failuresByCode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        return text
    }
}
