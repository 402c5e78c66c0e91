public import Foundation

/// What a ``Pipeline`` is built from.
public struct Configuration: Sendable {
    /// The compiled lexicons (the embedded ones, or with a user's overlay).
    public var lexicons: LexiconSet
    public var limits: Limits
    /// The language to use when a document declares none and detection fails.
    public var fallbackLanguage: Language?
    /// Statements below this confidence are left out of the output (0 keeps all).
    public var minimumConfidence: Double

    public init(lexicons: LexiconSet, limits: Limits = Limits(), fallbackLanguage: Language? = nil, minimumConfidence: Double = 0) {
        self.lexicons = lexicons
        self.limits = limits
        self.fallbackLanguage = fallbackLanguage
        self.minimumConfidence = minimumConfidence
    }

    /// The embedded lexicons, optionally overlaid by the folder at `lexiconOverlay`.
    /// The overlay's languages are compiled (and checked) now; the others when first used.
    public static func standard(lexiconOverlay: URL? = nil) throws -> Configuration {
        var source = LexiconSource.embedded
        var overlaid = Set<Language>()
        if let lexiconOverlay {
            let embedded = source.files
            source = try source.overlaid(with: lexiconOverlay)
            overlaid = Set(source.files.filter { embedded[$0.key] != $0.value }.keys.compactMap { path in
                path.split(separator: "/").first.map { Language(String($0)) }
            })
        }
        return Configuration(lexicons: try LexiconSet(source: source, compileNow: overlaid))
    }

    /// The six stages of the attribution flow, in order.
    public var standardStages: [any Stage] {
        [
            Normalizer(lexicons: lexicons, limits: limits, fallbackLanguage: fallbackLanguage),
            Tokenizer(lexicons: lexicons),
            QuoteDetector(lexicons: lexicons, limits: limits),
            MentionFinder(lexicons: lexicons),
            SpeakerResolver(),
            StanceClassifier(lexicons: lexicons),
        ]
    }
}
