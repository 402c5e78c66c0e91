/// Stage 5: the speaker of each statement, as an entity of the whole article.
///
/// Names are clustered (a surname joins the entity named in full: "Lavrentyev" →
/// "Alexander Lavrentyev"); pronouns go to the last compatible speaker (gender and
/// number from the pronoun lexicon, and from pronouns already resolved to an entity);
/// "the minister" goes to the entity whose role is minister; anonymous sources,
/// organisations and documents stand for themselves; a quote with no attribution
/// continues the speaker before it (and, in the same paragraph, shares its mention: the
/// second half of "“A,” he said. “B.”").
/// Every decision is recorded in `resolved_by`.
public struct SpeakerResolver: Stage {
    public let id = StageID.resolveSpeakers
    public let requires: Set<AnnotationLayer> = [AnnotationLayer(QuotesKey.self), AnnotationLayer(MentionsKey.self)]
    public let provides: Set<AnnotationLayer> = [AnnotationLayer(SpeakersKey.self)]

    public init() {}

    public func process(_ document: inout Document, context: StageContext) throws {
        let quotes = try document.require(QuotesKey.self).quotes
        let mentions = try document.require(MentionsKey.self)
        try document.add(resolve(quotes: quotes, mentions: mentions), as: SpeakersKey.self)
    }

    func resolve(quotes: [Quote], mentions layer: MentionLayer) -> SpeakerLayer {
        var state = ResolutionState(mentions: layer.mentions, capitalizedNouns: layer.capitalizedNouns)
        // Names first, in text order, so that a surname can find the full name that
        // appeared before it anywhere in the article.
        let order = layer.mentions.indices.sorted { layer.mentions[$0].span < layer.mentions[$1].span }
        var entityOfMention: [Int: (entity: Int, how: ResolvedBy)] = [:]
        for index in order where layer.mentions[index].form == .name {
            entityOfMention[index] = state.clusterName(index)
        }

        /// The entity of a speaker mention and how it was found.
        func entity(of mentionIndex: Int) -> (entity: Int?, how: ResolvedBy) {
            let mention = layer.mentions[mentionIndex]
            switch mention.form {
            case .name:
                return entityOfMention[mentionIndex].map { ($0.entity, $0.how) } ?? (nil, .unresolved)
            case .pronoun:
                guard let entity = state.antecedent(of: mention, before: mention.span.start) else { return (nil, .unresolved) }
                state.learnGender(mention.gender, for: entity)
                return (entity, .pronoun)
            case .nominal:
                let (entity, how) = state.nominalEntity(mentionIndex)
                return (entity, how)
            }
        }

        var attributions: [Attribution] = []
        for (quoteIndex, quote) in quotes.enumerated() {
            var attribution = Attribution(quote: quoteIndex, entity: nil, mention: nil, resolvedBy: .unresolved, confidence: 0.3)
            if let mentionIndex = layer.sourceMention[quoteIndex], layer.mentions[mentionIndex].isSourceAnaphor {
                // "Demnach …": the anaphor is the local mention; the speaker is the one it
                // points back at, or that of the statement it continues.
                attribution.mention = mentionIndex
                if let antecedent = layer.mentions[mentionIndex].standsFor {
                    (attribution.entity, attribution.resolvedBy) = entity(of: antecedent)
                } else if let earlier = quote.continues, earlier < attributions.count, let entity = attributions[earlier].entity {
                    attribution.entity = entity
                    attribution.resolvedBy = .carryOver
                }
            } else if let mentionIndex = layer.sourceMention[quoteIndex] {
                attribution.mention = mentionIndex
                (attribution.entity, attribution.resolvedBy) = entity(of: mentionIndex)
            } else if let earlier = quote.continues, earlier < attributions.count, let entity = attributions[earlier].entity {
                attribution.entity = entity
                attribution.resolvedBy = .carryOver
                // A statement with no cue carried over within one paragraph (a quotation,
                // "“A,” he said. “B.”", or a sentence in the reported mood, "Er sagte, … .
                // Dazu gebe es …") has the attribution of the statement before it, and so
                // its mention.
                if quote.cue == nil, quotes[earlier].paragraph == quote.paragraph {
                    attribution.mention = attributions[earlier].mention
                }
            }
            if let entity = attribution.entity { state.noteSpeaker(entity, at: quote.content.start) }
            attribution.confidence = Self.confidence(quote: quote, resolvedBy: attribution.resolvedBy)
            attributions.append(attribution)
        }
        return SpeakerLayer(entities: state.entities, attributions: attributions)
    }

    /// How sure the statement and its speaker are: the rule that found it times how the
    /// speaker was resolved.
    static func confidence(quote: Quote, resolvedBy: ResolvedBy) -> Double {
        let speaker: Double = switch resolvedBy {
        case .name, .apposition: 0.95
        case .surname: 0.9
        case .nominal: 0.85
        case .pronoun: 0.8
        case .roleNoun: 0.75
        case .carryOver: 0.65
        case .unresolved: 0.3
        }
        let rule: Double = switch quote.rule {
        case .quoteThenCue, .cueThenQuote, .quoteThenDash: 0.95
        case .colonLeadIn, .speakerColon: 0.9
        case .subjectColon: 0.8
        case .subjectBefore: 0.7
        case .carryOver: 0.8
        case .unattributed: 0.5
        // An object frame ("called the deal a disaster") attributes a characterisation or an
        // intention rather than words.
        default: quote.rule.rawValue.hasSuffix(".that") || quote.rule.rawValue.hasSuffix(".source") ? 0.9
            : quote.rule.rawValue.hasSuffix(".object") ? 0.7 : 0.8
        }
        let warned = quote.warnings.isEmpty ? 1.0 : 0.8
        return (speaker * rule * warned * 100).rounded() / 100
    }
}

/// The entities built so far and the speakers seen so far, while one article is
/// resolved. Lives only inside one `resolve` call.
struct ResolutionState {
    let mentions: [Mention]
    private(set) var entities: [Entity] = []
    /// Entities that have spoken, with the offset where they last did.
    private var speakers: [(entity: Int, offset: Int)] = []
    /// Entities with a name, by the last word of the name (which a longer or shorter
    /// form keeps), in entity order.
    private var entitiesByLastNameWord: [String: [Int]] = [:]

    /// Whether a lone capitalised word may be any noun (`MentionLayer.capitalizedNouns`).
    let capitalizedNouns: Bool

    init(mentions: [Mention], capitalizedNouns: Bool = false) {
        self.mentions = mentions
        self.capitalizedNouns = capitalizedNouns
    }

    /// The entity of a name mention, merging surnames and short forms with full names.
    mutating func clusterName(_ index: Int) -> (Int, ResolvedBy) {
        let mention = mentions[index]
        let words = mention.nameWords
        let how: ResolvedBy = mention.role != nil && mention.quote != nil ? .apposition : .name
        guard let lastWord = words.last else {
            if let same = entities.firstIndex(where: { $0.nameWords.isEmpty && $0.type == mention.type }) {
                absorb(index, into: same)
                return (same, how)
            }
            return (newEntity(from: index), how)
        }
        // Every rule below needs the last words to agree, so only those entities are
        // compared (in entity order, as a scan over all would).
        let candidates = entitiesByLastNameWord[lastWord] ?? []
        if let same = candidates.first(where: { entities[$0].nameWords == words && entities[$0].type == mention.type }) {
            absorb(index, into: same)
            return (same, how)
        }
        // "Lavrentyev" after "Alexander Lavrentyev": the mention's words end the entity's.
        if let longer = candidates.last(where: { entities[$0].nameWords.count > words.count && entities[$0].nameWords.suffix(words.count).elementsEqual(words) }) {
            absorb(index, into: longer)
            return (longer, .surname)
        }
        // "Alexander Lavrentyev" after "Lavrentyev": the full name becomes canonical.
        if let shorter = candidates.last(where: { entities[$0].nameWords.count < words.count && entities[$0].type == mention.type && words.suffix(entities[$0].nameWords.count).elementsEqual(entities[$0].nameWords) }) {
            entities[shorter].name = mention.name ?? entities[shorter].name
            entities[shorter].nameWords = words
            absorb(index, into: shorter)
            return (shorter, how)
        }
        return (newEntity(from: index), how)
    }

    /// The entity of a common-noun source: a role noun with a definite article
    /// ("the minister") is the entity with that role; otherwise the phrase is its own
    /// entity, shared by identical phrases ("the union" … "the union").
    mutating func nominalEntity(_ index: Int) -> (Int, ResolvedBy) {
        let mention = mentions[index]
        if mention.isDefinite, mention.type == .person, let head = mention.roleHead,
           let entity = entities.lastIndex(where: { $0.roleHead == head && $0.type == .person && !$0.anonymous }) {
            absorb(index, into: entity)
            return (entity, .roleNoun)
        }
        let key = CaseFolding.fold(mention.text)
        if let same = entities.firstIndex(where: { $0.type == mention.type && CaseFolding.fold($0.name) == key }) {
            absorb(index, into: same)
            return (same, .nominal)
        }
        return (newEntity(from: index), .nominal)
    }

    /// The last speaker before `offset` that agrees with the pronoun; failing that, the
    /// last named entity mentioned before it that agrees.
    func antecedent(of pronoun: Mention, before offset: Int) -> Int? {
        func agrees(_ entity: Entity) -> Bool {
            guard entity.gender.agrees(with: pronoun.gender) else { return false }
            if pronoun.number == .plural { return entity.number == .plural || entity.type == .organisation || entity.type == .state || entity.type == .source }
            if pronoun.gender == .neuter { return entity.type != .person }
            return entity.type == .person && entity.number == .singular
        }
        // Where every noun is capitalised, a speaker known only by one capitalised word
        // ("Prozent") may be any noun: a speaker that is clearly a person comes first.
        let speaker = (capitalizedNouns ? speakers.last(where: { $0.offset < offset && agrees(entities[$0.entity]) && !isDoubtfulName(entities[$0.entity]) }) : nil)
            ?? speakers.last(where: { $0.offset < offset && agrees(entities[$0.entity]) })
        // A named subject since that speaker spoke is nearer ("Macron a tenté d'affirmer
        // … « … », a-t-il dit"), within the last few sentences, if it is clearly a person:
        // a full name or a known first name (German "Die Pegel der Mulde" is not).
        if let subject = mentions.indices.last(where: { index in
               let mention = mentions[index]
               return mention.opensSentence && mention.form == .name && mention.span.end <= offset
                   && mention.span.start > (speaker?.offset ?? -1) && offset - mention.span.start <= Self.subjectReach
           }),
           let entity = entities.firstIndex(where: { $0.mentions.contains(subject) }), agrees(entities[entity]),
           entities[entity].nameWords.count >= 2 || entities[entity].gender != .any {
            return entity
        }
        if let speaker { return speaker.entity }
        let earlier = mentions.indices.filter { mentions[$0].span.end <= offset && mentions[$0].form == .name }
            .sorted { mentions[$0].span.start > mentions[$1].span.start }
        // Where every noun is capitalised, the nearest capitalised word is as often a noun
        // ("… des Konflikts. Er sagte, …"): a name that is clearly a person's comes first.
        if capitalizedNouns {
            for mentionIndex in earlier {
                if let entity = entities.firstIndex(where: { $0.mentions.contains(mentionIndex) }), agrees(entities[entity]),
                   !isDoubtfulName(entities[entity]) {
                    return entity
                }
            }
        }
        for mentionIndex in earlier {
            if let entity = entities.firstIndex(where: { $0.mentions.contains(mentionIndex) }), agrees(entities[entity]) {
                return entity
            }
        }
        return nil
    }

    /// A name of one word with no role, which where nouns are capitalised may be any noun
    /// (its gender says nothing: a one-word name has none but what pronouns taught it).
    private func isDoubtfulName(_ entity: Entity) -> Bool {
        entity.nameWords.count == 1 && entity.role == nil
    }

    /// How far back (in characters) a sentence subject is taken for a pronoun.
    static let subjectReach = 400

    mutating func learnGender(_ gender: Gender, for entity: Int) {
        if entities[entity].gender == .any, gender == .masculine || gender == .feminine {
            entities[entity].gender = gender
        }
    }

    mutating func noteSpeaker(_ entity: Int, at offset: Int) {
        speakers.append((entity, offset))
    }

    private mutating func newEntity(from index: Int) -> Int {
        let mention = mentions[index]
        entities.append(Entity(
            id: "E\(entities.count + 1)", name: mention.name ?? mention.text, type: mention.type, role: mention.role,
            roleHead: mention.roleHead, affiliation: mention.affiliation, anonymous: mention.anonymous,
            gender: mention.form == .name ? mention.gender : .any, number: mention.number, mentions: [index],
            nameWords: mention.nameWords))
        entities[entities.count - 1].roleIsFromPassingMention = mention.role != nil && mention.quote == nil
        if let lastWord = mention.nameWords.last { entitiesByLastNameWord[lastWord, default: []].append(entities.count - 1) }
        return entities.count - 1
    }

    private mutating func absorb(_ index: Int, into entity: Int) {
        let mention = mentions[index]
        entities[entity].mentions.append(index)
        // A role said with the name where the entity speaks replaces one from a name
        // met in passing; a bare role noun ("the minister") replaces nothing.
        if let role = mention.role,
           entities[entity].role == nil || entities[entity].roleIsFromPassingMention && mention.quote != nil && mention.form == .name {
            entities[entity].role = role
            entities[entity].roleHead = mention.roleHead
            entities[entity].roleIsFromPassingMention = mention.quote == nil
        }
        if entities[entity].affiliation == nil { entities[entity].affiliation = mention.affiliation }
        if entities[entity].gender == .any, mention.form == .name { entities[entity].gender = mention.gender }
    }
}
