/// Whether a statement is for, against or neutral toward its target.
public enum StanceLabel: String, Sendable, Codable, CaseIterable {
    case support, oppose, neutral
}

/// One word or expression that moved a statement's stance.
public struct StanceEvidence: Sendable, Hashable {
    public var text: String
    public var span: TextSpan
    /// The contribution after negation, shifters and intensifiers.
    public var score: Double
    /// What changed the lexicon score ("negated by 'no'", "reversed by 'stopping'").
    public var modifiers: [String]
    /// The negator that reversed this evidence, when one did (for `explain`'s scopes).
    public var negator: TextSpan? = nil
}

/// The stance classifier's judgement of one statement.
public struct StanceJudgement: Sendable, Hashable {
    public var label: StanceLabel
    /// In [-1, 1].
    public var score: Double
    public var target: String?
    public var targetSpan: TextSpan?
    public var evidence: [StanceEvidence]
    /// How the reporter frames the statement, from the cue.
    public var reportingStance: ReportingStance
}

/// The stance classifier's layer: one judgement per quote, in quote order.
public enum StanceKey: AnnotationKey {
    public typealias Value = [StanceJudgement]
    public static let name = "stance"
}
