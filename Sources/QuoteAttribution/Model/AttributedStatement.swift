/// One statement of the output: who said what, to whom, in what role, how, and for or
/// against what. Offsets are Unicode scalar offsets into the caller's text, half-open.
/// Encoded as one JSON object per line (`schema/statement.schema.json`).
public struct AttributedStatement: Sendable, Hashable, Codable {
    /// A piece of the caller's text.
    public struct Excerpt: Sendable, Hashable, Codable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    public struct CueRecord: Sendable, Hashable, Codable {
        public var text: String
        public var lemma: String
        public var start: Int
        public var end: Int
    }

    public struct Speaker: Sendable, Hashable, Codable {
        public var entityID: String
        public var name: String
        public var type: SpeakerType
        public var role: String?
        public var affiliation: String?
        public var anonymous: Bool
        /// The mention the cue attaches to in this statement's sentence (may be "He").
        public var mention: Excerpt?
        public var resolvedBy: ResolvedBy

        enum CodingKeys: String, CodingKey {
            case entityID = "entity_id", name, type, role, affiliation, anonymous, mention
            case resolvedBy = "resolved_by"
        }
    }

    public struct StanceRecord: Sendable, Hashable, Codable {
        public var label: StanceLabel
        public var score: Double
        public var target: String?
        public var evidence: [String]
    }

    public var documentID: String
    public var statementID: String
    public var language: Language
    public var kind: StatementKind
    public var content: Excerpt
    public var cue: CueRecord?
    /// nil when no speaker could be found.
    public var speaker: Speaker?
    public var addressee: String?
    public var stance: StanceRecord
    public var reportingStance: ReportingStance
    public var rule: QuoteRule
    public var confidence: Double
    public var sentenceIndex: Int
    public var paragraphIndex: Int
    /// Problems met on the way (an unclosed quotation mark closed at a paragraph end).
    public var warnings: [String]?
    /// The verbatim words of a mixed statement: its quoted fragments, without their
    /// quotation marks, in text order (nil for other kinds).
    public var quoted: [Excerpt]? = nil

    enum CodingKeys: String, CodingKey {
        case documentID = "doc_id", statementID = "statement_id", language = "lang", kind, content, cue, speaker
        case addressee, stance, reportingStance = "reporting_stance", rule, confidence
        case sentenceIndex = "sentence_index", paragraphIndex = "paragraph_index", warnings, quoted
    }
}
