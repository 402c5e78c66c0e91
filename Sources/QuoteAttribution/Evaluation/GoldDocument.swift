/// A document with gold annotations, from either gold format: the shared JSONL format
/// (`../shared/gold/*.jsonl`) or a fixture (`fixtures/<lang>/<slug>.txt` + `.gold.json`).
public struct GoldDocument: Sendable {
    public var id: String
    public var language: Language
    public var text: String
    public var statements: [GoldStatement]
    /// Quoted text that is not a statement (fixtures only).
    public var notStatements: [TextSpan]

    public init(id: String, language: Language, text: String, statements: [GoldStatement], notStatements: [TextSpan] = []) {
        self.id = id
        self.language = language
        self.text = text
        self.statements = statements
        self.notStatements = notStatements
    }
}

/// One gold statement. Fields other than the content may be missing, depending on what
/// the source annotates.
public struct GoldStatement: Sendable, Hashable {
    public var kind: StatementKind
    public var content: TextSpan
    public var cue: TextSpan?
    public var speakerSpan: TextSpan?
    /// The speaker as written in the gold (mention text, or the canonical name).
    public var speakerText: String?
    public var speakerName: String?
    public var role: String?
    public var affiliation: String?
    public var stance: StanceLabel?

    public init(kind: StatementKind, content: TextSpan, cue: TextSpan? = nil, speakerSpan: TextSpan? = nil,
                speakerText: String? = nil, speakerName: String? = nil, role: String? = nil,
                affiliation: String? = nil, stance: StanceLabel? = nil) {
        self.kind = kind
        self.content = content
        self.cue = cue
        self.speakerSpan = speakerSpan
        self.speakerText = speakerText
        self.speakerName = speakerName
        self.role = role
        self.affiliation = affiliation
        self.stance = stance
    }
}

/// A sentence labelled with the sentiment toward one target mention (NewsMTSC).
public struct GoldStanceSentence: Sendable, Hashable {
    public var id: String
    public var language: Language
    public var text: String
    public var target: TextSpan
    public var stance: StanceLabel
}
