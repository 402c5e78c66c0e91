import Logging

/// Stage 1: NFC through ICU with a map back to the caller's offsets; the language from
/// the caller, else from CLD2; the dominant script from ICU.
///
/// Refuses, with a specific error, documents that are empty, too large, or in a language
/// that has no lexicon: running English rules over Turkish text would produce confident
/// nonsense, which is worse than an error record.
public struct Normalizer: Stage {
    public let id = StageID.normalize
    public let requires: Set<AnnotationLayer> = []
    public let provides: Set<AnnotationLayer> = [AnnotationLayer(NormalizedTextKey.self)]

    let lexicons: LexiconSet
    let limits: Limits
    /// Used when the document declares no language and CLD2 cannot tell.
    let fallbackLanguage: Language?

    public init(lexicons: LexiconSet, limits: Limits = Limits(), fallbackLanguage: Language? = nil) {
        self.lexicons = lexicons
        self.limits = limits
        self.fallbackLanguage = fallbackLanguage
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        // A text has at least as many UTF-8 bytes (counted in constant time) as scalars,
        // so only a text near the limit is counted before it is refused, and a huge one
        // is refused before anything is copied.
        if document.text.utf8.count > limits.maximumDocumentScalars {
            let scalarCount = document.text.unicodeScalars.count
            guard scalarCount <= limits.maximumDocumentScalars else {
                throw StageError(.documentTooLarge, "document has \(scalarCount) characters, more than the limit of \(limits.maximumDocumentScalars) (raise it with --max-document-chars)")
            }
        }
        guard document.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw StageError(.emptyDocument, document.text.isEmpty ? "document is empty" : "document contains only whitespace")
        }
        // The encodings are made once: the UTF-16 for the NFC check here and (when the text
        // was already NFC) for the tokenizer's break iterators, the rest for every stage.
        let callerEncoding = EncodedText(document.text)
        let scalarCount = callerEncoding.scalars.count
        let (text, origins) = try NFCNormalizer.normalize(document.text, units: callerEncoding.utf16.units)
        let (language, evidence) = try identifyLanguage(of: document, text: text)
        let normalized = NormalizedText(
            text: text, encoded: origins == nil ? callerEncoding : EncodedText(text), origins: origins,
            callerScalarCount: scalarCount, language: language, languageEvidence: evidence,
            script: Script.dominant(in: text))
        context.logger.debug("normalized", metadata: ["language": "\(language)", "evidence": "\(evidence)"])
        try document.add(normalized, as: NormalizedTextKey.self)
    }

    private func identifyLanguage(of document: Document, text: String) throws -> (Language, LanguageEvidence) {
        var supported: String { lexicons.languages.map(\.rawValue).joined(separator: ", ") }
        if let declared = document.declaredLanguage {
            // Accept regional tags ("en-GB") by their primary subtag.
            let primary = Language(String(declared.rawValue.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? ""))
            guard lexicons[primary] != nil else {
                if let problem = lexicons.problems(in: primary).first {
                    throw StageError(.unsupportedLanguage, "the lexicon of declared language '\(primary)' does not compile: \(problem) (see `attribute lexicons check`)")
                }
                throw StageError(.unsupportedLanguage, "declared language '\(declared)' has no lexicon (supported: \(supported))")
            }
            return (primary, .declared)
        }
        let guess = LanguageIdentifier.identify(text)
        // A mixed-language document: when the whole-text guess is unreliable or has no
        // lexicon, the language of most of its paragraphs decides.
        if !guess.isReliable || lexicons[guess.language] == nil,
           let vote = LanguageIdentifier.identifyByParagraph(text, accepting: lexicons.contains),
           vote.language != guess.language || !guess.isReliable {
            return (vote.language, .paragraphs(vote.paragraphs, of: vote.identifiedParagraphs))
        }
        if guess.language == .undetermined {
            if let fallbackLanguage { return (fallbackLanguage, .declared) }
            throw StageError(.undeterminedLanguage, "CLD2 could not identify the language; declare it with a \"lang\" field or --lang")
        }
        guard lexicons[guess.language] != nil else {
            if let problem = lexicons.problems(in: guess.language).first {
                throw StageError(.unsupportedLanguage, "the lexicon of detected language '\(guess.language)' does not compile: \(problem) (see `attribute lexicons check`)")
            }
            throw StageError(.unsupportedLanguage, "detected language '\(guess.language)' (\(guess.percent)% of the text) has no lexicon (supported: \(supported)); declare the language with --lang if the detection is wrong")
        }
        return (guess.language, .detected(percent: guess.percent, reliable: guess.isReliable))
    }
}
