/// Where clauses, contents and attributions start and end: the sentence start after
/// connectives, the end of a content before final punctuation, the tail an attribution
/// may close its sentence with, relative clauses and lists that are no content.
extension ReportedSpeechMatcher {
    /// "…, der im Einsatz war", "…, die sich …", "…, die dem Projekt 5.000 Euro …": where
    /// nouns are capitalised, a determiner after a comma followed by a preposition, a
    /// reflexive or another determiner is a relative pronoun; its clause is not content
    /// ("…, der Minister sei …", "…, das sei falsch" are).
    func opensRelativeClause(_ index: Int, end: Int) -> Bool {
        guard view.lexicon.capitalizesNouns, index + 1 < end, view.isDeterminer(index), view.pronoun(index) == nil,
              !view.tokens[index + 1].isCapitalized else { return false }
        return view.isClass(index + 1, .preposition) || view.isClass(index + 1, .reflexive) || view.isDeterminer(index + 1)
    }

    /// The longest item after a comma that still belongs to an object's list, in tokens.
    static let maximumListItem = 8

    /// "cited slow growth, unemployment and inequality", "his book, The War on Women, and
    /// her campaign": after a comma, an object goes on with another item of its list or an
    /// apposition: a short stretch up to the next comma or the end that opens with a noun
    /// phrase (no pronoun, relative, complementizer, adverb or quotation mark; a conjunction
    /// only before one) and holds no cue ("…, saying that", "…, Smith said") or
    /// complementizer.
    func continuesList(afterComma comma: Int, end: Int) -> Bool {
        var next = comma + 1
        if next < end, view.isClass(next, .conjunction), view.wordClass(next) != .comparative { next += 1 }
        guard next < end, view.tokens[next].isWordLike, view.pronoun(next) == nil, !view.isComplementizer(next),
              !view.isClass(next, .relative), !view.isClass(next, .conjunction), !view.isClass(next, .contrast),
              view.adverbLength(startingAt: next) == 0 else { return false }
        var index = next
        while index < end, !view.isComma(index), !view.isTerminal(index) || view.tokens[index].mark == .fullStop {
            if index - next >= Self.maximumListItem || view.cue(at: index) != nil || view.isComplementizer(index)
                || view.tokens[index].kind == .quoteMark || view.isColon(index) { return false }
            index += 1
        }
        return true
    }

    /// The first token of a clause after leading connectives, conjunctions and commas.
    /// With `skippingAuxiliaries`, auxiliaries are passed over too ("Ha añadido que").
    func clauseStart(_ bounds: Range<Int>, before limit: Int, skippingAuxiliaries: Bool = false) -> Int {
        var first = bounds.lowerBound
        while first < limit {
            let adverb = view.adverbLength(startingAt: first)
            if adverb > 0 { first += adverb; continue }
            if view.isClass(first, .conjunction) || view.isClass(first, .contrast) || view.isComma(first)
                || skippingAuxiliaries && view.isClass(first, .auxiliary) { first += 1; continue }
            break
        }
        return first
    }

    /// Whether only connectives, adverbs and auxiliaries stand between the sentence start
    /// and `index`.
    func startsSentence(_ index: Int, bounds: Range<Int>) -> Bool {
        clauseStart(bounds, before: index, skippingAuxiliaries: true) >= index
    }

    /// The end of a sentence's content: before its final punctuation.
    func contentEnd(of bounds: Range<Int>) -> Int {
        var end = bounds.upperBound
        while end > bounds.lowerBound && (view.isTerminal(end - 1) || view.tokens[end - 1].kind == .punctuation && view.tokens[end - 1].mark != .closeParenthesis) {
            end -= 1
        }
        return end
    }

    /// Whether a bare clause can start here: a word that is not a preposition,
    /// conjunction or complementizer ("said he hopes", not "said on Monday").
    func startsClause(_ index: Int) -> Bool {
        guard view.tokens[index].isWordLike else { return false }
        // "said about 40 percent of voters …": a preposition before a number is part of
        // the quantity that opens the clause.
        if view.isClass(index, .preposition), index + 1 < view.tokens.count, view.tokens[index + 1].kind == .number {
            return true
        }
        switch view.wordClass(index) {
        case .preposition, .conjunction, .comparative, .relative, .auxiliary, .adverb: return false
        default: return !view.isComplementizer(index)
        }
    }

    /// "Beck said if Trump wins, he would …", "says despite …, she plans to …": a bare
    /// clause may open with a fronted subordinate clause (a conjunction, then a comma
    /// within a few words and a clause after it).
    func opensFrontedClause(_ index: Int, end: Int) -> Bool {
        guard view.isClass(index, .conjunction) || view.isClass(index, .contrast) else { return false }
        let limit = min(end, index + 16)
        guard let comma = (index + 2..<max(index + 2, limit)).first(where: { view.isComma($0) }),
              !(index..<comma).contains(where: { view.tokens[$0].kind == .quoteMark || view.isComplementizer($0) }),
              end - comma - 1 >= 2 else { return false }
        return startsClause(comma + 1) || view.tokens[comma + 1].kind == .quoteMark
    }

    /// What may follow "…, X said": nothing, an addressee, or a short adjunct ("told
    /// reporters", "said on Monday", "said in a statement"), up to the end or a comma.
    /// Returns where that tail ends (`end`, or the comma); nil when the rest is a clause of
    /// its own, and the "cue" a noun ("a UN report on adaptation costs").
    /// The longest adjunct that may close a sentence after its attribution, in tokens.
    static let maximumAdjunctTail = 8

    func attributionTailEnd(from index: Int, end: Int) -> Int? {
        guard index < end else { return end }
        if view.isComma(index) { return index }
        // Before a comma, only an adjunct ("said in a statement, …"); at the end of the
        // sentence a longer one made of function words and capitalised nouns ("sagte der
        // CDU-Politiker bei einem Besuch im Krisengebiet"), which holds no verb.
        let isAdjunct = phrases.startsAdjunct(index)
        let comma = isAdjunct ? (index..<min(end, index + 5)).first { view.isComma($0) } : nil
        let tail = index..<(comma ?? end)
        let isNominal = tail.allSatisfy { view.tokens[$0].isCapitalized || view.wordClass($0) != nil || view.tokens[$0].kind == .number }
        guard tail.count <= (isAdjunct && comma == nil && isNominal ? Self.maximumAdjunctTail : 4),
              !tail.contains(where: { view.isComplementizer($0) || view.tokens[$0].kind == .quoteMark }) else {
            return nil
        }
        return comma ?? end
    }

    /// "Many of the closures, he said, have involved public courses": the attribution
    /// stands in commas inside the reported sentence, which goes on after the comma at
    /// `tail` with a clause of its own, or its complementizer (not another cue with a
    /// complementizer or colon, "…, he said, adding that …", which starts a statement of
    /// its own).
    func continuesAfterParenthesis(_ tail: Int, end: Int) -> Bool {
        guard tail < end, view.isComma(tail), end - tail - 1 >= 3 else { return false }
        let next = tail + 1
        // "It is no surprise, Mr. Garin said, that Mrs. Clinton did better": the clause may
        // open with a complementizer.
        guard view.tokens[next].isWordLike else { return false }
        if let (length, entry) = view.cue(at: next), next + length < end,
           entry.frames.contains(.that) && view.isComplementizer(next + length) || entry.frames.contains(.colon) && view.isColon(next + length) {
            return false
        }
        return true
    }
}
