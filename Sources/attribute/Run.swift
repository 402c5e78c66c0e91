import ArgumentParser
import Foundation
import QuoteAttribution

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Attribute every document of text files, JSONL corpora or directories; write JSON Lines statements.",
        discussion: """
            Inputs: .txt files (one document each, id = file name), .jsonl files (one
            {"id", "text", "lang"?} object a line), directories (searched recursively for
            both), or - for standard input. Output: one JSON object per statement, and one
            error record per document that could not be processed, in input order.
            A summary goes to standard error.

            Examples:
              attribute run fixtures/en
              attribute run ../shared/corpus/en.jsonl --jobs 2 > en.statements.jsonl
              cat article.txt | attribute run - --lang en
            """
    )

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String] = ["-"]

    @OptionGroup var options: PipelineOptions

    @Option(name: .long, help: "Documents processed in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .shortAndLong, help: ArgumentHelp("Write statements here instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Write error records here instead of with the statements.", valueName: "file"))
    var errors: String?

    @Flag(name: .long, help: "Exit with status 1 if any document failed.")
    var strict = false

    @Flag(name: .shortAndLong, help: "No summary on standard error.")
    var quiet = false

    @Flag(name: .long, help: "Print the total time spent in each stage after the summary.")
    var timings = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let pipeline = try options.makePipeline()
        let reader = DocumentReader(paths: paths, defaultLanguage: options.language)
        let out = try OutputFile(path: output, fallback: .standardOutput)
        let errorOut = try errors.map { try OutputFile(path: $0, fallback: .standardError) }
        let encoder = RecordEncoder()
        var summary = RunSummary()
        let inputs = SynchronousInputs(reader: reader)
        let stageTimings = timings ? StageTimings() : nil
        var progress = quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressLine(totalBytes: reader.totalBytes)
        for try await result in pipeline.results(for: inputs, window: jobs, observer: stageTimings) {
            summary.count(result)
            progress?.update(summary)
            if case .failure(let failure) = result, let errorOut {
                errorOut.write(encoder.errorLine(failure))
            } else {
                out.write(encoder.lines(for: result))
            }
        }
        out.flush()
        errorOut?.flush()
        progress?.clear()
        if !quiet {
            FileHandle.standardError.write(Data((summary.line + "\n").utf8))
        }
        if let stageTimings {
            for entry in stageTimings.report {
                let milliseconds = Double(entry.duration.components.seconds) * 1000 + Double(entry.duration.components.attoseconds) / 1e15
                FileHandle.standardError.write(Data(String(format: "  %-10@ %9.1f ms  %6d documents\n", entry.stage.rawValue, milliseconds, entry.documents).utf8))
            }
        }
        if strict && summary.failures > 0 { throw ExitCode(1) }
    }
}

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

/// The synchronous reader as an `AsyncSequence`. Reads happen in `next()`, one line or
/// file at a time, so nothing is read ahead of the pipeline's window.
struct SynchronousInputs: AsyncSequence, Sendable {
    typealias Element = InputDocument
    let reader: DocumentReader

    func makeAsyncIterator() -> Iterator { Iterator(base: reader.makeIterator()) }

    struct Iterator: AsyncIteratorProtocol {
        var base: DocumentReader.Iterator
        mutating func next() async throws -> InputDocument? { base.next() }
    }
}

/// Buffered output to a file or a standard stream.
final class OutputFile {
    private let handle: FileHandle
    private var buffer = Data()

    init(path: String?, fallback: FileHandle) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write to \(path)")
            }
            self.handle = handle
        } else {
            handle = fallback
        }
    }

    func write(_ data: Data) {
        buffer.append(data)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
