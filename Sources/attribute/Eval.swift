import ArgumentParser
import Foundation
import QuoteAttribution

struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the pipeline against gold annotations: precision, recall, F1, speaker accuracy, per language.",
        discussion: """
            GOLD is a shared-format JSONL file (../shared/gold/*.jsonl), a fixtures folder
            (fixtures/en: <slug>.txt + <slug>.gold.json), or a stance file (one sentence a
            line with a target and positive/negative/neutral), for which the stance
            classifier's accuracy and macro-F1 are reported.

            Lenient: predicted and gold content each cover at least half of the other.
            Exact: the same span after trimming quotation marks, spaces and final punctuation.
            Speaker: the local mention overlaps the gold speaker span, or the resolved name
            shares a content word with the gold speaker.

            Examples:
              attribute eval fixtures
              attribute eval ../shared/gold/en-polnear-dev.jsonl --errors 20
              attribute eval ../shared/gold/en-newsmtsc-stance-train.jsonl --split heldout
            """
    )

    @Argument(help: ArgumentHelp("Gold JSONL file or fixtures folder.", valueName: "gold"))
    var gold: String

    @OptionGroup var options: PipelineOptions

    @Option(name: .long, help: "Break results down by 'lang' or 'kind'.")
    var by: Breakdown = .lang

    @Option(name: .long, help: ArgumentHelp("Print the first N misses, false alarms and wrong speakers, in context.", valueName: "n"))
    var errors: Int = 0

    @Option(name: .long, help: "For stance files: all, heldout (a fixed fifth) or development (the rest).")
    var split: String = "all"

    @Flag(name: .long, help: "Print the results as JSON.")
    var json = false

    enum Breakdown: String, ExpressibleByArgument, CaseIterable { case lang, kind }

    func run() async throws {
        let pipeline = try options.makePipeline()
        let contents: GoldReader.Contents
        do { contents = try GoldReader.read(gold) } catch { throw ValidationError("\(error)") }
        guard let lexicons = pipeline.configuration?.lexicons else { return }
        switch contents {
        case .stance(let sentences):
            guard let split = StanceEvaluation.Split(rawValue: split) else {
                throw ValidationError("--split must be one of \(StanceEvaluation.Split.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let result = StanceEvaluation(pipeline: pipeline, lexicons: lexicons).evaluate(sentences, split: split)
            print(json ? EvalReport.json(result) : EvalReport.table(result, split: split))
        case .statements(let documents):
            let scorer = Scorer(stopWords: { language, word in lexicons.isStopWord(word, in: language) },
                                relativePronouns: { language, word in lexicons.isRelativePronoun(word, in: language) })
            var tallies: [String: Scorer.Tally] = [:]
            var total = Scorer.Tally()
            var findings: [(Scorer.Finding, String)] = []
            var failures = 0
            for document in documents {
                let input = Document(id: document.id, text: document.text, language: document.language == .undetermined ? nil : document.language)
                let predicted: [AttributedStatement]
                switch pipeline.process(input) {
                case .success(let annotated): predicted = annotated.statements
                case .failure(let failure):
                    failures += 1
                    FileHandle.standardError.write(Data("eval: \(failure)\n".utf8))
                    predicted = []
                }
                let (tally, found) = scorer.score(gold: document, predicted: predicted)
                total = total + tally
                tallies[document.language.rawValue, default: Scorer.Tally()] = tallies[document.language.rawValue, default: Scorer.Tally()] + tally
                if findings.count < errors { findings += found.prefix(errors - findings.count).map { ($0, document.text) } }
            }
            if json {
                print(EvalReport.json(total: total, byLanguage: tallies))
            } else {
                print(by == .lang ? EvalReport.table(total: total, byLanguage: tallies) : EvalReport.kindTable(total))
                if failures > 0 { print("\(failures) documents failed (see standard error)") }
                for (finding, text) in findings { print(EvalReport.describe(finding, in: text)) }
            }
        }
    }
}
