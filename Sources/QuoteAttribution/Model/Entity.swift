/// How a statement's speaker was found.
public enum ResolvedBy: String, Sendable, Codable, CaseIterable {
    /// A full name in the attribution ("Alexander Lavrentyev told …").
    case name
    /// A name with a role phrase before it or in apposition ("head of the delegation X").
    case apposition
    /// A surname or short form matched to an entity named in full earlier ("Lavrentyev").
    case surname
    /// A pronoun resolved to the last compatible speaker ("He added …").
    case pronoun
    /// A role noun matched to an entity with that role ("the minister said").
    case roleNoun = "role_noun"
    /// A common-noun source that stands for itself ("the document", "officials").
    case nominal
    /// A quote with no attribution of its own, continuing the speaker before it.
    case carryOver = "carry_over"
    /// No speaker could be found.
    case unresolved
}

/// A speaker across the whole article: every mention that refers to it.
public struct Entity: Sendable, Hashable {
    /// "E1", "E2", … in order of first mention.
    public var id: String
    /// The canonical (longest) name.
    public var name: String
    public var type: SpeakerType
    public var role: String?
    var roleHead: String?
    /// Whether the role comes from a name met in passing ("the minister for X, Y,"): a
    /// role said where the entity speaks replaces it.
    var roleIsFromPassingMention = false
    public var affiliation: String?
    public var anonymous: Bool
    public var gender: Gender
    public var number: GrammaticalNumber
    public var mentions: [Int]
    /// Folded words of the canonical name.
    var nameWords: [String]
}

/// The speaker of one quote.
public struct Attribution: Sendable, Hashable {
    public var quote: Int
    public var entity: Int?
    /// The mention the cue attaches to in the quote's own sentence.
    public var mention: Int?
    public var resolvedBy: ResolvedBy
    public var confidence: Double
}

/// The speaker resolver's layer.
public struct SpeakerLayer: Sendable {
    public var entities: [Entity]
    /// One per quote, in quote order.
    public var attributions: [Attribution]
}

public enum SpeakersKey: AnnotationKey {
    public typealias Value = SpeakerLayer
    public static let name = "speakers"
}
