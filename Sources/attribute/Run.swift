import ArgumentParser
import Foundation
import QuoteAttribution

struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Attribute every document of text files, JSONL corpora or directories; write JSON Lines statements.",
        discussion: """
            Inputs: .txt files (one document each, id = file name), .jsonl files (one
            {"id", "text", "lang"?} object a line), directories (searched recursively for
            both; also .jsonl.gz), or - for standard input. Output: one JSON object per statement, and one
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

    @Option(name: .long, help: ArgumentHelp("Write one result file per input file into this directory (a.jsonl for a.jsonl or a.txt).", valueName: "dir"))
    var outputDir: String?

    @Option(name: .long, help: ArgumentHelp("Write error records here instead of with the statements.", valueName: "file"))
    var errors: String?

    @Flag(name: .long, help: "Write a {\"doc_id\", \"lang\", \"statements\": 0} record for each document without statements, so every input document has an output line.")
    var emptyDocuments = false

    @Flag(name: .long, help: "Exit with status 1 if any document failed.")
    var strict = false

    @Flag(name: .shortAndLong, help: "No summary on standard error.")
    var quiet = false

    @Flag(name: .long, help: "Print the total time spent in each stage after the summary.")
    var timings = false

    @Flag(name: .long, help: "Continue an interrupted run whose --output file has a checkpoint: output is then identical to an uninterrupted run.")
    var resume = false

    /// Consecutive documents one worker takes at a time with --jobs 2 or more: enough to
    /// spread the cost of handing work between threads, few enough that the window of
    /// documents read ahead stays small.
    static let batch = 8

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if resume && output == nil { throw ValidationError("--resume needs --output FILE (the checkpoint lives next to it)") }
        if output != nil && outputDir != nil { throw ValidationError("use --output or --output-dir, not both") }
        if resume && paths.contains("-") { throw ValidationError("--resume cannot re-read standard input; name the input files") }
    }

    /// What a resumed run must share with the interrupted one.
    private var fingerprint: String {
        (paths + [options.lang ?? "-", options.lexicons ?? "-", String(options.minConfidence), String(options.maxDocumentChars),
                  errors ?? "-", String(emptyDocuments)]).joined(separator: " | ").replacingOccurrences(of: "\n", with: " ")
    }

    func run() async throws {
        let pipeline = try options.makePipeline()
        let reader = DocumentReader(paths: paths, defaultLanguage: options.language)
        let checkpointPath = output.map(Checkpoint.path(for:))
        var checkpoint = Checkpoint(documents: 0, outputBytes: 0, errorBytes: 0, fingerprint: fingerprint, isComplete: false)
        if resume, let checkpointPath, let saved = try Checkpoint.load(from: checkpointPath) {
            guard saved.fingerprint == fingerprint else {
                throw ValidationError("\(checkpointPath) belongs to a run with other inputs or options; run without --resume to start over")
            }
            checkpoint = saved
            if !quiet {
                FileHandle.standardError.write(Data("attribute: resuming after \(saved.documents) documents\n".utf8))
            }
        }
        let keep = resume ? (checkpoint.outputBytes, checkpoint.errorBytes) : nil
        let out = try OutputFile(path: output, fallback: .standardOutput, keepingBytes: keep?.0)
        let directory = try outputDir.map(OutputDirectory.init(path:))
        let errorOut = try errors.map { try OutputFile(path: $0, fallback: .standardError, keepingBytes: keep?.1) }
        let encoder = RecordEncoder(recordsEmptyDocuments: emptyDocuments)
        var summary = RunSummary()
        let inputs = SynchronousInputs(reader: reader, skip: checkpoint.isComplete ? Int.max : checkpoint.documents)
        /// Records that every document so far is written out, once the files are flushed.
        func saveCheckpoint(complete: Bool) throws {
            out.flush()
            directory?.flush()
            errorOut?.flush()
            guard let checkpointPath else { return }
            checkpoint.outputBytes = out.flushedBytes
            checkpoint.errorBytes = errorOut?.flushedBytes ?? 0
            checkpoint.isComplete = complete
            try checkpoint.save(to: checkpointPath)
        }
        try saveCheckpoint(complete: checkpoint.isComplete)
        let stageTimings = timings ? StageTimings() : nil
        var progress = quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressLine(totalBytes: reader.totalBytes)
        for try await result in pipeline.results(for: inputs, window: jobs, batch: Self.batch, observer: stageTimings) {
            summary.count(result)
            progress?.update(summary)
            let flushed: Bool
            if case .failure(let failure) = result, let errorOut {
                flushed = errorOut.write(encoder.errorLine(failure))
            } else if let directory {
                let source: String? = switch result {
                case .success(let annotated): annotated.document.source
                case .failure(let failure): failure.source
                }
                flushed = try directory.file(for: source).write(encoder.lines(for: result))
            } else {
                flushed = out.write(encoder.lines(for: result))
            }
            checkpoint.documents += 1
            if flushed { try saveCheckpoint(complete: false) }
        }
        try saveCheckpoint(complete: true)
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
