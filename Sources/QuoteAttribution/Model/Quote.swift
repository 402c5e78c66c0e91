/// Whether a statement is quoted word for word, reported, or both.
public enum StatementKind: String, Sendable, Codable, CaseIterable {
    /// Words inside quotation marks.
    case direct
    /// Reported speech without quotation marks ("X said that …").
    case indirect
    /// Reported speech that contains a quoted fragment.
    case mixed
}

/// Which rule found a statement. Stable identifiers such as `en.cue.that` (a cue frame
/// of the English lexicon) or `quote.after-cue` (quotation marks, attributed by the
/// cue that follows them).
public struct QuoteRule: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// Reported speech matched by a frame of a cue in a language's lexicon.
    static func cueFrame(_ language: Language, _ frame: CueFrame) -> QuoteRule {
        QuoteRule(rawValue: "\(language.rawValue).cue.\(frame.rawValue)")
    }

    /// Quotation marks followed by their attribution ("…," she said).
    public static let quoteThenCue = QuoteRule(rawValue: "quote.after-cue")
    /// Quotation marks preceded by their attribution (She said: "…").
    public static let cueThenQuote = QuoteRule(rawValue: "quote.before-cue")
    /// Speaker, quotation marks, then the cue that ends the sentence (Erdoğan, “…” dedi.).
    public static let speakerQuoteCue = QuoteRule(rawValue: "quote.verb-final")
    /// Quotation marks followed by a dash and a name ("…" — Jane Doe).
    public static let quoteThenDash = QuoteRule(rawValue: "quote.dash")
    /// Quotation marks after a speaker and a colon, with no cue (BKA-Präsident Ziercke:
    /// „…“ / Ein Beamter der Nationalpolizei: „…“).
    public static let speakerColon = QuoteRule(rawValue: "quote.speaker-colon")
    /// Quotation marks after a colon that ends a clause whose verb is no cue the lexicon
    /// knows; its subject is the speaker (Thaksin begründete seinen Schritt mit den
    /// Worten: „…“).
    public static let subjectColon = QuoteRule(rawValue: "quote.subject-colon")
    /// A quotation with no attribution that opens its sentence right after a sentence that
    /// is no statement but names its subject (Modder kritisierte das Vorgehen. „Das ist
    /// ein Vertrauensbruch.“).
    public static let subjectBefore = QuoteRule(rawValue: "quote.subject-before")
    /// A quote that is a whole paragraph after a paragraph ending in "X said:".
    public static let colonLeadIn = QuoteRule(rawValue: "quote.colon-lead-in")
    /// A quote with no attribution of its own, continuing the previous speaker.
    public static let carryOver = QuoteRule(rawValue: "quote.carry-over")
    /// A quote with no attribution that is clearly speech (a full sentence).
    public static let unattributed = QuoteRule(rawValue: "quote.unattributed")
}

/// The word or phrase that introduced a statement.
public struct Cue: Sendable, Hashable {
    /// Tokens of the cue ("according", "to").
    public var tokens: Range<Int>
    public var span: TextSpan
    public var text: String
    public var lemma: String
    public var reportingStance: ReportingStance
    /// The cue's own polarity, from the lexicon.
    public var stance: Double
}

/// A statement found by the quote detector, before anyone has said who the speaker is.
public struct Quote: Sendable, Hashable {
    public var kind: StatementKind
    public var content: TextSpan
    public var contentTokens: Range<Int>
    public var cue: Cue?
    public var rule: QuoteRule
    /// The phrase the frame points at as the speaker ("the Kazakh Minister of Foreign
    /// Affairs Kairat Abdrakhmanov", "He"); nil when the frame has none.
    public var sourceTokens: Range<Int>?
    /// Whom it was said to ("reporters").
    public var addresseeTokens: Range<Int>?
    /// For a quote without an attribution of its own: the earlier quote whose speaker it
    /// continues.
    public var continues: Int?
    /// Quoted fragments inside a mixed statement.
    public var quotedFragments: [TextSpan]
    /// The cue is negated ("did not say that"); such statements are flagged.
    public var isNegated: Bool
    public var sentence: Int
    public var paragraph: Int
    /// Problems met while finding it (an unclosed quotation mark, say).
    public var warnings: [String]
    /// An apposition or relative clause attached to the speaker phrase ("a doctor").
    public var appositionTokens: Range<Int>?
}

/// Quoted text that the detector decided is not a statement, and why (for `explain`).
public struct IgnoredQuotation: Sendable, Hashable {
    public var span: TextSpan
    public var reason: String
}

/// The quote detector's layer.
public struct QuoteLayer: Sendable {
    public var quotes: [Quote]
    public var ignored: [IgnoredQuotation]
}

public enum QuotesKey: AnnotationKey {
    public typealias Value = QuoteLayer
    public static let name = "quotes"
}
