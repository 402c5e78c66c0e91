/// How a reporting cue can attach its speaker and content (`cues.tsv`, column 3).
public enum CueFrame: String, Sendable, Codable, CaseIterable {
    /// X said that …
    case that
    /// X said it is … (no complementizer)
    case bare
    /// X said: …
    case colon
    /// X said, … (a comma, then the reported clause: German "Er sagte, die Lage sei ernst")
    case comma
    /// …, X said / …, said X
    case after
    /// according to X, … / …, according to X
    case source
    /// X'e göre, … / Xによると、… (the source stands before the cue, as with a postposition)
    case sourceAfter = "source_after"
    /// nach israelischen Angaben, … (a preposition that is a source only before a noun of
    /// saying from `source-nouns.txt`, or a compound ending in one: "nach UNHCR-Angaben",
    /// "nach Zeugenaussagen"; "nach dem Spiel" is no source)
    case sourceNoun = "source_noun"
    /// X, … söyledi. / Xは…と述べた。 (verb-final: the speaker opens the sentence, the
    /// content follows it, the cue ends it)
    case before
    /// the cue may take an addressee: X told reporters (that) …
    case addressee
    /// what the cue attributes is its object, up to the end of the clause: X called the
    /// deal a disaster, X endorsed Y, X declined to comment
    case object
    /// the cue attributes the clause it stands in, itself included: an impression or
    /// expectation ("Sanders seemed to reap the benefits", "the bill is expected to
    /// pass"). Its source is the clause's subject when that can be a speaker ("Sanders"),
    /// else no one. A statement that the clause is the content of goes first.
    case clause
    /// the cue is a noun of saying or attitude with the word it governs ("criticism of",
    /// "questions about", "the claim that"): its complement, up to the end of its phrase,
    /// is the content, and a possessor right before it ("Trump's criticism of …") is the
    /// source
    case noun
}

/// How the reporter frames what was said (the "stated vs claimed" distinction).
public enum ReportingStance: String, Sendable, Codable, CaseIterable {
    case neutral, assertive, tentative, distancing, denial, accusation
}

/// One reporting cue of a lexicon.
public struct CueEntry: Sendable, Hashable {
    public var lemma: String
    public var frames: Set<CueFrame>
    public var reportingStance: ReportingStance
    /// The cue's own polarity toward the content's target, in [-2, 2].
    public var stance: Double
    /// For a separable verb ("teilte … mit"): the particle found later in the clause,
    /// which belongs to the cue and not to the content.
    var particle: [Int32] = []
}

/// A cue written with a gap in `cues.tsv` ("teilte … mit", "gab … bekannt"): the words
/// before the gap start the cue, and the particle must follow in the same clause.
struct SeparableCue: Sendable, Hashable {
    var particle: [Int32]
    var entry: CueEntry
}

/// Grammatical gender of a pronoun or an entity; `any` agrees with everything.
public enum Gender: String, Sendable, Codable {
    case masculine = "m", feminine = "f", neuter = "n", any = "x"

    func agrees(with other: Gender) -> Bool { self == .any || other == .any || self == other }
}

public enum GrammaticalNumber: String, Sendable, Codable {
    case singular = "sg", plural = "pl"
}

public struct PronounEntry: Sendable, Hashable {
    public var gender: Gender
    public var number: GrammaticalNumber
    public var person: Int
}

public enum PlaceKind: String, Sendable, Codable {
    case country, demonym, city
}

/// A place name or demonym and the country it stands for.
public struct PlaceEntry: Sendable, Hashable {
    public var form: String
    public var country: String
    public var kind: PlaceKind
}

/// Closed-class words that the phrase finders need to know.
public enum WordClass: String, Sendable, CaseIterable {
    case determiner, indefinite, preposition, auxiliary, conjunction, adverb, relative
    /// A conjunction or adverb of contrast ("but"): what follows weighs more for stance.
    case contrast
    /// A particle that closes the subject (Japanese は, が): in verb-final attribution the
    /// speaker phrase ends there.
    case subjectMarker = "subject_marker"
    /// A reflexive possessive ("own", German "eigenen"): a source it opens is the subject
    /// of its clause ("Das Unternehmen hat nach eigenen Angaben …").
    case reflexive
    /// A conjunction of comparison that opens an attribution clause after its content
    /// ("…, wie eine Sprecherin mitteilte"); elsewhere it is a conjunction like any other.
    case comparative
}

/// The order of speaker, cue and content that a language prefers for attribution.
public enum WordOrder: String, Sendable {
    case svo = "SVO", vso = "VSO", sov = "SOV"
}

/// A pair of quotation marks.
public struct QuotePair: Sendable, Hashable, CustomStringConvertible {
    public var open: String
    public var close: String
    public init(open: String, close: String) {
        self.open = open
        self.close = close
    }
    public var description: String { "\(open)…\(close)" }
}
