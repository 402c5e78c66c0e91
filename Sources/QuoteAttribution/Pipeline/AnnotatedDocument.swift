/// A document that went through the pipeline: every layer, and the statements they add
/// up to.
public struct AnnotatedDocument: Sendable {
    public let document: Document
    /// The attributed statements, in text order, with offsets into the caller's text.
    /// Empty when the pipeline lacks the layers statements are made of.
    public let statements: [AttributedStatement]

    public var id: String { document.id }

    init(document: Document, minimumConfidence: Double) {
        self.document = document
        self.statements = StatementAssembler(document: document)?.statements(minimumConfidence: minimumConfidence) ?? []
    }
}

/// Turns the layers of an annotated document into output records: the one place where
/// internal (normalised) offsets become the caller's offsets.
struct StatementAssembler {
    let document: Document
    let normalized: NormalizedText
    let layer: TokenLayer
    let quotes: [Quote]
    let mentions: [Mention]
    let speakers: SpeakerLayer?
    let stances: [StanceJudgement]?
    /// The caller's scalars, for O(1) excerpts.
    let callerScalars: [Unicode.Scalar]

    init?(document: Document) {
        guard let normalized = document[NormalizedTextKey.self], let layer = document[TokensKey.self],
              let quotes = document[QuotesKey.self] else { return nil }
        self.document = document
        self.normalized = normalized
        self.layer = layer
        self.quotes = quotes.quotes
        self.mentions = document[MentionsKey.self]?.mentions ?? []
        self.speakers = document[SpeakersKey.self]
        self.stances = document[StanceKey.self]
        // Text that was NFC already is sliced through the normalised text's UTF-8 map;
        // only a text NFC changed needs its own scalars.
        self.callerScalars = normalized.origins == nil ? [] : Array(document.text.unicodeScalars)
    }

    func statements(minimumConfidence: Double) -> [AttributedStatement] {
        var result: [AttributedStatement] = []
        for (index, quote) in quotes.enumerated() {
            let attribution = speakers?.attributions[index]
            let confidence = attribution?.confidence ?? 0.3
            guard confidence >= minimumConfidence else { continue }
            let stance = stances?[index]
            result.append(AttributedStatement(
                documentID: document.id, statementID: "\(document.id)#\(result.count + 1)", language: normalized.language,
                kind: quote.kind, content: excerpt(quote.content),
                cue: quote.cue.map { cue in
                    let span = normalized.callerSpan(cue.span)
                    return .init(text: callerText(span), lemma: cue.lemma, start: span.start, end: span.end)
                },
                speaker: attribution.flatMap { speaker(for: $0) },
                addressee: quote.addresseeTokens.map { normalized.text(of: layer.span(of: $0)) },
                stance: .init(label: stance?.label ?? .neutral, score: stance?.score ?? 0, target: stance?.target,
                              evidence: stance?.evidence.map(\.text) ?? []),
                reportingStance: stance?.reportingStance ?? quote.cue?.reportingStance ?? .neutral,
                rule: quote.rule, confidence: confidence, sentenceIndex: quote.sentence, paragraphIndex: quote.paragraph,
                warnings: quote.warnings.isEmpty ? nil : quote.warnings,
                quoted: quote.kind == .mixed ? quotedExcerpts(of: quote) : nil))
        }
        return result
    }

    /// A mixed statement's quoted fragments as excerpts, each cut to the statement's
    /// content (a quotation may run on past where the content was ended); nil when none.
    private func quotedExcerpts(of quote: Quote) -> [AttributedStatement.Excerpt]? {
        let excerpts: [AttributedStatement.Excerpt] = quote.quotedFragments.compactMap { fragment in
            let start = max(fragment.start, quote.content.start), end = min(fragment.end, quote.content.end)
            guard start < end else { return nil }
            let span = normalized.callerSpan(TextSpan(start: start, end: end))
            return .init(text: callerText(span), start: span.start, end: span.end)
        }
        return excerpts.isEmpty ? nil : excerpts
    }

    private func speaker(for attribution: Attribution) -> AttributedStatement.Speaker? {
        guard let entityIndex = attribution.entity, let entity = speakers?.entities[entityIndex] else { return nil }
        return AttributedStatement.Speaker(
            entityID: entity.id, name: entity.name, type: entity.type, role: entity.role, affiliation: entity.affiliation,
            anonymous: entity.anonymous, mention: attribution.mention.map { mentionExcerpt(mentions[$0]) },
            resolvedBy: attribution.resolvedBy)
    }

    /// The name part of a mention when it has one ("Alexander Lavrentyev" rather than
    /// the whole role phrase), else the whole mention.
    private func mentionExcerpt(_ mention: Mention) -> AttributedStatement.Excerpt {
        excerpt(mention.nameSpan ?? mention.span)
    }

    private func excerpt(_ span: TextSpan) -> AttributedStatement.Excerpt {
        let caller = normalized.callerSpan(span)
        return .init(text: callerText(caller), start: caller.start, end: caller.end)
    }

    /// Text of a span of the caller's text (what the offsets point at, byte for byte).
    private func callerText(_ span: TextSpan) -> String {
        guard normalized.origins != nil else { return normalized.text(of: span) }
        return String(String.UnicodeScalarView(callerScalars[span.start..<span.end]))
    }
}
