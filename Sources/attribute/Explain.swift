import ArgumentParser
import Foundation
import QuoteAttribution

struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what each stage of the pipeline added to one document.",
        discussion: """
            For a text file, the file is the document; for a JSONL file, the document with
            --id (default: the first). Spans are shown in their sentence with the rule that
            fired, how each speaker was resolved, and the stance evidence.

            Examples:
              attribute explain fixtures/en/astana-memorandum.txt
              attribute explain fixtures/en/astana-memorandum.txt --stage speakers
              attribute explain corpus.jsonl --id bbc-042 --format json
            """
    )

    @Argument(help: ArgumentHelp("A text or JSONL file.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Show only this stage (normalize, tokenize, quotes, mentions, speakers, stance).", valueName: "id"))
    var stage: String?

    @Option(name: .long, help: ArgumentHelp("The document to explain in a JSONL file.", valueName: "id"))
    var id: String?

    @Option(name: .long, help: "text or json")
    var format: Format = .text

    @OptionGroup var options: PipelineOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() async throws {
        let pipeline = try options.makePipeline()
        if let stage, !pipeline.stages.contains(where: { $0.id.rawValue == stage }) {
            throw ValidationError("no stage '\(stage)'; stages are \(pipeline.stages.map(\.id.rawValue).joined(separator: ", "))")
        }
        var chosen: InputDocument?
        for input in DocumentReader(paths: [file], defaultLanguage: options.language) {
            if let id, case .success(let document) = input, document.id != id { continue }
            chosen = input
            break
        }
        guard let chosen else { throw ValidationError(id.map { "\(file) has no document with id '\($0)'" } ?? "\(file) has no documents") }
        let document: Document
        switch chosen {
        case .success(let value): document = value
        case .failure(let failure): throw ValidationError(failure.message)
        }
        let recorder = SnapshotRecorder()
        let result = pipeline.process(document, observer: recorder)
        var explanation = Explanation(documentID: document.id, snapshots: recorder.snapshots)
        if let stage { explanation.sections.removeAll { $0.stage != stage } }
        switch format {
        case .text:
            print(explanation.text)
            if case .failure(let failure) = result { print("\nfailed: \(failure)") }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(explanation.sections), as: UTF8.self))
        }
        if case .failure(let failure) = result, format == .json {
            FileHandle.standardError.write(Data("failed: \(failure)\n".utf8))
        }
    }
}
