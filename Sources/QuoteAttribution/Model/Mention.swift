/// What kind of thing a speaker is.
public enum SpeakerType: String, Sendable, Codable, CaseIterable {
    case person, organisation, state, document
    /// An anonymous or collective source ("officials", "a senior diplomat").
    case source
}

/// A phrase that refers to a possible speaker.
public struct Mention: Sendable, Hashable {
    public enum Form: String, Sendable, Codable {
        /// A proper name ("Alexander Lavrentyev", "al-Jaafari", "Iran").
        case name
        /// A pronoun ("He").
        case pronoun
        /// A common-noun phrase ("an Iranian Foreign Ministry official", "the document").
        case nominal
    }

    public var span: TextSpan
    public var tokens: Range<Int>
    public var text: String
    public var form: Form
    public var type: SpeakerType
    /// The proper name inside the mention, without titles and role words.
    public var name: String?
    /// Where the proper name is inside the mention.
    public var nameSpan: TextSpan?
    /// Folded words of ``name``, for matching surnames.
    var nameWords: [String]
    public var role: String?
    /// Folded head noun of the role ("minister"), for role-noun anaphora.
    var roleHead: String?
    public var affiliation: String?
    public var anonymous: Bool
    public var gender: Gender
    public var number: GrammaticalNumber
    /// Whether the mention has a definite determiner ("the minister").
    var isDefinite: Bool
    /// The quote whose source phrase this mention is, if any.
    public var quote: Int?
    /// How the role was found ("apposition", "role-pattern", "premodifier").
    public var roleSource: String?
    /// Whether the mention opens its sentence, maybe after determiners, titles and role
    /// words ("Le président Emmanuel Macron a …"): the likely subject, which a pronoun in
    /// the next sentences refers back to.
    var opensSentence = false
    /// Whether the mention is an adverb that stands for a source named before it
    /// ("Demnach", `source_anaphor`): the statement's local mention, whose speaker is
    /// the one it points back at.
    var isSourceAnaphor = false
    /// For a source anaphor: the mention it points back at, when it is known here (the
    /// speaker phrase the detector found, or the subject of the sentence before).
    var standsFor: Int?
}

/// The mention finder's layer.
public struct MentionLayer: Sendable {
    public var mentions: [Mention]
    /// For each quote, the index of its source mention, if the frame had a speaker phrase.
    public var sourceMention: [Int?]
    /// Whether capitals say little about names (the lexicon's `capitalized_nouns`): a lone
    /// capitalised word may be any noun ("Konflikts"), so a pronoun looks for a name that
    /// is clearly a person's before it settles for one.
    public var capitalizedNouns = false
}

public enum MentionsKey: AnnotationKey {
    public typealias Value = MentionLayer
    public static let name = "mentions"
}
