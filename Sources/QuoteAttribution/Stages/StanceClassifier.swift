/// Stage 6: the speaker's stance toward what each statement is about.
///
/// A lexicon method, with its evidence kept: evaluative words and expressions score the
/// content; a negator ("no", "hardly", "did not") flips the words in its scope (up to
/// the next punctuation or conjunction, at most four words); a shifter ("stopping",
/// "de-escalation of") reverses the polarity of the phrase it governs; an intensifier
/// scales the next word; a contrast ("but") makes what follows count double; and the cue
/// verb's own polarity (welcomed, condemned) counts too.
public struct StanceClassifier: Stage {
    public let id = StageID.classifyStance
    public let requires: Set<AnnotationLayer> = [
        AnnotationLayer(NormalizedTextKey.self), AnnotationLayer(TokensKey.self), AnnotationLayer(QuotesKey.self),
        AnnotationLayer(MentionsKey.self),
    ]
    public let provides: Set<AnnotationLayer> = [AnnotationLayer(StanceKey.self)]

    let lexicons: LexiconSet
    /// |score| at or above which a statement is support or oppose rather than neutral.
    let threshold: Double
    /// Tokens after a negator that it negates (punctuation ends the scope earlier).
    let negationScope = 4
    /// Tokens after a shifter whose polarity it reverses ("de-escalation of the
    /// long-standing conflict and bloodshed").
    let shifterScope = 9

    public init(lexicons: LexiconSet, threshold: Double = 0.3) {
        self.lexicons = lexicons
        self.threshold = threshold
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let normalized = try document.require(NormalizedTextKey.self)
        let layer = try document.require(TokensKey.self)
        let quotes = try document.require(QuotesKey.self).quotes
        let mentions = NamedMentionIndex(try document.require(MentionsKey.self).mentions)
        guard let lexicon = lexicons[normalized.language] else {
            throw StageError(.unsupportedLanguage, "no lexicon for '\(normalized.language)'")
        }
        let view = LexicalView(layer: layer, lexicon: lexicon)
        let judgements = quotes.map { quote in
            judge(quote.contentTokens, cue: quote.cue, view: view, normalized: normalized, mentions: mentions)
        }
        try document.add(judgements, as: StanceKey.self)
    }

    /// The stance of the words in `range`, toward the target found in them.
    ///
    /// A given `target` (a mention the caller asks about) becomes the judgement's target.
    /// Weighting evidence by its distance to the target was measured on NewsMTSC
    /// (development split) and made macro-F1 worse (48.7 → 46.5 at half weight after 8
    /// tokens), so every word of the range counts alike.
    func judge(_ range: Range<Int>, cue: Cue?, view: LexicalView, normalized: NormalizedText, mentions: NamedMentionIndex,
               toward target: TextSpan? = nil, ignoring ignored: [TextSpan] = []) -> StanceJudgement {
        let lexicon = view.lexicon
        var evidence: [StanceEvidence] = []
        var negatedUntil = -1, negator = "", negatorSpan: TextSpan?
        var shiftedUntil = -1, shifter = ""
        var intensity = 1.0, intensifier = "", intensifiedUntil = -1
        var contrast = 1.0
        // Where the current clause began (a following negator reaches no further back).
        var clauseStart = range.isEmpty ? 0 : view.tokens[range.lowerBound].span.start
        var index = range.lowerBound
        while index < range.upperBound {
            let token = view.tokens[index]
            if !token.isWordLike {
                let isWordHyphen = token.mark == .hyphen && !token.spaceBefore
                if !isWordHyphen && (token.kind == .punctuation || token.kind == .quoteMark || token.kind == .dash) {
                    negatedUntil = -1
                    shiftedUntil = -1
                    clauseStart = token.span.end
                }
                index += 1
                continue
            }
            if view.isClass(index, .conjunction) { negatedUntil = -1 }
            if lexicon.functionWords.longestMatch(in: view.ids, at: index)?.value == .contrast {
                // What follows "but" is what the speaker means.
                negatedUntil = -1
                contrast = 2
            }
            // An expression that starts with a negator ("no doubt", "not only") is read as
            // the expression, not as a negation.
            let expression = lexicon.stanceWords.longestMatch(in: view.ids, at: index)
            if lexicon.negationFollows, (expression?.length ?? 0) < 2, let negation = lexicon.negators.longestMatch(in: view.ids, at: index) {
                // "iyi değil": the negator reverses the evaluations of its clause before it.
                let span = view.layer.span(of: index..<(index + negation.length))
                let negatorText = normalized.text(of: span)
                let reach = view.layer.span(of: max(range.lowerBound, index - negationScope)..<index).start
                for item in evidence.indices.reversed() where evidence[item].span.start >= max(reach, clauseStart)
                    && !evidence[item].modifiers.contains(where: { $0.hasPrefix("negated") }) {
                    evidence[item].score = -evidence[item].score
                    evidence[item].modifiers.append("negated by '\(negatorText)'")
                    evidence[item].negator = span
                }
                index += negation.length
                continue
            }
            if (expression?.length ?? 0) < 2, let negation = lexicon.negators.longestMatch(in: view.ids, at: index) {
                negatedUntil = index + negation.length + negationScope
                let span = view.layer.span(of: index..<(index + negation.length))
                negatorSpan = span
                negator = normalized.text(of: span)
                index += negation.length
                continue
            }
            if index > intensifiedUntil { intensity = 1 }
            if let match = lexicon.stanceWords.longestMatch(in: view.ids, at: index), index + match.length <= range.upperBound {
                var score = match.value * intensity * contrast
                var modifiers: [String] = []
                if intensity != 1 { modifiers.append("scaled by '\(intensifier)'") }
                if index <= shiftedUntil {
                    score = -score
                    modifiers.append("reversed by '\(shifter)'")
                    // A shifter governs the phrase it heads: its first evaluative word,
                    // and words coordinated with it ("the conflict and bloodshed"), not
                    // what comes after ("stop the bloodshed and open the door").
                    let next = index + match.length
                    let coordinated = next < range.upperBound && view.isClass(next, .conjunction)
                        && next + 1 < range.upperBound && !(lexicon.stanceWords.longestMatch(in: view.ids, at: next + 1) == nil
                            && lexicon.stanceWords.longestMatch(in: view.ids, at: next + 2) == nil)
                    shiftedUntil = coordinated ? next + 3 : -1
                }
                if index <= negatedUntil {
                    score = -score
                    modifiers.append("negated by '\(negator)'")
                }
                if contrast != 1 { modifiers.append("after a contrast") }
                let span = view.layer.span(of: index..<(index + match.length))
                // A zero score marks a compound that is not an evaluation ("safe zones").
                if match.value == 0 { index += match.length; continue }
                evidence.append(StanceEvidence(text: normalized.text(of: span), span: span, score: score, modifiers: modifiers,
                                               negator: index <= negatedUntil ? negatorSpan : nil))
                intensity = 1
                // A shifter that is also evaluative ("combating") governs what follows too.
                if let shift = lexicon.shifters.longestMatch(in: view.ids, at: index) {
                    shiftedUntil = index + shift.length + shifterScope
                    shifter = normalized.text(of: view.layer.span(of: index..<(index + shift.length)))
                }
                index += match.length
                continue
            }
            if let shift = lexicon.shifters.longestMatch(in: view.ids, at: index) {
                shiftedUntil = index + shift.length + shifterScope
                shifter = normalized.text(of: view.layer.span(of: index..<(index + shift.length)))
                index += shift.length
                continue
            }
            if let factor = lexicon.intensifiers.longestMatch(in: view.ids, at: index) {
                intensity = factor.value
                intensifier = view.texts[index]
                index += factor.length
                // "very tough": the intensifier scales the next word or the one after it,
                // not an evaluation further on.
                intensifiedUntil = index + 1
                continue
            }
            index += 1
        }
        // Words the target itself said judge something else, not the target.
        evidence.removeAll { item in ignored.contains { $0.start <= item.span.start && item.span.end <= $0.end } }
        var total = evidence.reduce(0) { $0 + $1.score }
        if let cue, cue.stance != 0 {
            total += cue.stance
            evidence.append(StanceEvidence(text: cue.text, span: cue.span, score: cue.stance, modifiers: ["cue"]))
        }
        // Squash to [-1, 1]: one strong word gives about ±0.6, several agreeing words ±0.9.
        let score = (total / (abs(total) + 1) * 100).rounded() / 100
        let label: StanceLabel = score >= threshold ? .support : score <= -threshold ? .oppose : .neutral
        let target = target ?? self.target(in: range, view: view, normalized: normalized, mentions: mentions, evidence: evidence)
        return StanceJudgement(
            label: label, score: score, target: target.map { normalized.text(of: $0) }, targetSpan: target,
            evidence: evidence, reportingStance: cue?.reportingStance ?? .neutral)
    }

    /// What the statement is about: the noun phrase right after the first evaluative
    /// word ("support [any initiative]"), else the first noun phrase of the content
    /// ("signing [the memorandum] … opens the door"), else its first named mention.
    private func target(in range: Range<Int>, view: LexicalView, normalized: NormalizedText, mentions: NamedMentionIndex,
                        evidence: [StanceEvidence]) -> TextSpan? {
        if let first = evidence.first, first.modifiers != ["cue"] {
            let after = view.layer.firstToken(atOrAfter: first.span.end)
            if after < range.upperBound, let phrase = nounPhrase(at: after, limit: range.upperBound, view: view) {
                return view.layer.span(of: phrase)
            }
        }
        for index in range where view.isDeterminer(index) {
            if let phrase = nounPhrase(at: index, limit: range.upperBound, view: view) {
                return view.layer.span(of: phrase)
            }
        }
        let contentSpan = range.isEmpty ? nil : view.layer.span(of: range)
        if let contentSpan, let mention = mentions.first(inside: contentSpan) {
            return mention
        }
        return nil
    }

    /// A determiner-led or capitalised phrase at `index`, up to a function word.
    private func nounPhrase(at index: Int, limit: Int, view: LexicalView) -> Range<Int>? {
        guard view.isDeterminer(index) || (view.tokens[index].isCapitalized && view.wordClass(index) == nil) else { return nil }
        var end = index + 1
        var hasHead = !view.isDeterminer(index)
        while end < limit && end - index < 8 {
            let token = view.tokens[end]
            // "de-escalation": a hyphenated word is one unit.
            if token.mark == .hyphen && !token.spaceBefore && end + 1 < limit && !view.tokens[end + 1].spaceBefore {
                end += 2
                continue
            }
            guard token.isWordLike, view.wordClass(end) == nil, !view.isComplementizer(end) else { break }
            // Once the phrase has a word, it ends where an evaluation or a reporting verb
            // begins ("[the memorandum] opens the door"; but "[any initiative]").
            if hasHead && (view.lexicon.stanceWords.longestMatch(in: view.ids, at: end) != nil || view.cue(at: end) != nil) { break }
            hasHead = true
            end += 1
        }
        guard end - index >= 2 || !view.isDeterminer(index) else { return nil }
        return index..<end
    }
}

/// The spans of a document's named and nominal mentions (pronouns left out), sorted, so
/// that the first one inside a statement is a binary search away: a linear scan per
/// statement made documents with thousands of statements quadratic.
struct NamedMentionIndex {
    private let spans: [TextSpan]

    init(_ mentions: [Mention]) {
        spans = mentions.filter { $0.form != .pronoun }.map(\.span).sorted()
    }

    /// The first mention (in text order) that lies inside `span`.
    func first(inside span: TextSpan) -> TextSpan? {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].start < span.start { low = middle + 1 } else { high = middle }
        }
        // Mentions may nest, so the first with a late enough start may end too late;
        // the next ones starting inside the span are still candidates.
        var index = low
        while index < spans.count, spans[index].start < span.end {
            if spans[index].end <= span.end { return spans[index] }
            index += 1
        }
        return nil
    }
}
