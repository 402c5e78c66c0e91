import ArgumentParser
import Foundation
import QuoteAttribution

/// Options shared by every command that runs the pipeline.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language of documents that do not declare one (BCP 47 tag, e.g. en); otherwise CLD2 detects it.", valueName: "tag"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("A folder laid out like Lexicons/ (<lang>/<file>) whose files replace or add to the built-in lexicons.", valueName: "dir"))
    var lexicons: String?

    @Option(name: .long, help: ArgumentHelp("Refuse documents longer than this many characters.", valueName: "n"))
    var maxDocumentChars: Int = Limits().maximumDocumentScalars

    @Option(name: .long, help: ArgumentHelp("Close an unclosed quotation after this many paragraphs, with a warning.", valueName: "n"))
    var maxQuoteParagraphs: Int = Limits().maximumQuoteParagraphs

    @Option(name: .long, help: ArgumentHelp("A quotation with no attribution inherits a speaker from at most this many paragraphs back.", valueName: "n"))
    var maxCarryOverParagraphs: Int = Limits().maximumCarryOverParagraphs

    @Option(name: .long, help: ArgumentHelp("Ignore quotation marks nested deeper than this.", valueName: "n"))
    var maxQuoteNesting: Int = Limits().maximumQuoteNesting

    @Option(name: .long, help: ArgumentHelp("Leave out statements whose confidence is below this (0–1).", valueName: "p"))
    var minConfidence: Double = 0

    var language: Language? { lang.map { Language(rawValue: $0) } }

    func makePipeline() throws -> Pipeline {
        var configuration: Configuration
        do {
            configuration = try Configuration.standard(lexiconOverlay: lexicons.map { URL(fileURLWithPath: $0) })
        } catch let errors as LexiconErrors {
            throw ValidationError("invalid lexicons:\n\(errors)")
        }
        configuration.limits.maximumDocumentScalars = maxDocumentChars
        configuration.limits.maximumQuoteParagraphs = maxQuoteParagraphs
        configuration.limits.maximumCarryOverParagraphs = maxCarryOverParagraphs
        configuration.limits.maximumQuoteNesting = maxQuoteNesting
        configuration.minimumConfidence = minConfidence
        if let language {
            guard configuration.lexicons[language] != nil else {
                throw ValidationError("--lang \(language): no lexicon for that language (supported: \(configuration.lexicons.languages.map(\.rawValue).joined(separator: ", ")))")
            }
        }
        return try Pipeline(configuration: configuration)
    }
}
