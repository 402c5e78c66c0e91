/// Sentence brackets of a verb-second language: a finite auxiliary opens the bracket and a
/// participle or infinitive closes it ("Die Universität hatte anlässlich des Entzugs
/// erklärt"), or a subordinator opens a verb-final clause ("nachdem die Partei auf
/// nationaler Ebene entschieden hatte"). A cue that closes the bracket is far from its
/// subject: the words just before it are the middle field (adjuncts, objects), not the
/// speaker.
extension SpeakerPhraseFinder {
    /// The longest middle field searched for the word that opens the bracket.
    static let maximumMiddleField = 20

    /// The subject of a cue that closes a sentence bracket: the phrase before the finite
    /// verb (the prefield), unless that is a fronted adjunct ("Am Montag hatte die Polizei
    /// … mitgeteilt"); then, or after a subordinator, the first phrase of the middle
    /// field. `cue` is where the cue's own words start, after adjacent auxiliaries and
    /// adverbs. Nil when no bracket opens within the clause or no subject is found.
    func bracketedSubject(before cue: Int, notBefore lowest: Int) -> Phrase? {
        guard view.lexicon.isVerbSecond, cue > lowest else { return nil }
        var index = cue - 1
        let floor = max(lowest, cue - Self.maximumMiddleField)
        var opening: Int?
        while index >= floor {
            let token = view.tokens[index]
            // A quoted name belongs to the middle field ("wird von der „Netzeitung“ mit
            // den Worten zitiert").
            if let open = quotedNameStart(closingAt: index, notBefore: floor) { index = open - 1; continue }
            // A comma, colon or quotation mark ends the clause before a bracket opened.
            if token.kind == .punctuation && !(token.mark == .hyphen && !token.spaceBefore) || token.kind == .quoteMark || token.kind == .dash {
                return nil
            }
            if view.isClass(index, .auxiliary) {
                opening = index
                break
            }
            // A subordinator opens its clause: at the start of the sentence or after a
            // comma ("…, nachdem die Partei … entschieden hatte"). Elsewhere a conjunction
            // joins words ("wie üblich", "Beamtinnen und Beamten").
            if view.isComplementizer(index) || view.isClass(index, .conjunction),
               index == lowest || view.isComma(index - 1) || view.isColon(index - 1) {
                opening = index
                break
            }
            index -= 1
        }
        guard let opening, opening + 1 < cue else { return nil }
        if view.isClass(opening, .auxiliary), opening > lowest {
            let clauseStart = (lowest..<opening).last(where: { view.isComma($0) || view.isColon($0) }).map { $0 + 1 } ?? lowest
            // The prefield is the subject unless it is an adjunct. A comma right before the
            // auxiliary closes an apposition of the subject ("Der Fraktionschef der Grünen,
            // Volker Ratzmann, wird … zitiert"), and the clause starts with the sentence.
            if let prefield = phrase(before: opening, notBefore: lowest, acrossBrackets: false),
               opening > clauseStart ? !frontsAdjunct(prefield, clauseStart: clauseStart)
                                     : prefield.apposition != nil && !frontsAdjunct(prefield, clauseStart: lowest) {
                return prefield
            }
        }
        return middleFieldSubject(from: opening + 1, before: cue)
    }

    /// The first phrase of a middle field: a pronoun, or a run of words up to the first
    /// preposition, determiner or lower-case word after its head ("die Partei auf
    /// nationaler Ebene" → "die Partei"; "Österreich mit der Begründung" → "Österreich").
    func middleFieldSubject(from first: Int, before end: Int) -> Phrase? {
        var start = first
        // Adverbs and a reflexive pronoun ("zeigt sich der Bundestrainer") come first.
        while start < end {
            if case let length = view.adverbLength(startingAt: start), length > 0 { start += length; continue }
            if view.isClass(start, .reflexive) { start += 1; continue }
            break
        }
        guard start < end else { return nil }
        if view.pronoun(start) != nil, !view.isDeterminer(start) {
            return Phrase(tokens: start..<(start + 1), apposition: nil, isNegated: false)
        }
        var stop = start
        var hasHead = false
        while stop < end, stop - start < maximumLength {
            if stop > start, isBoundary(stop) { break }
            if hasHead, view.isPreposition(stop) || view.isDeterminer(stop) || view.pronoun(stop) != nil
                || view.tokens[stop].isWordLike && !view.tokens[stop].isCapitalized && !view.lexicon.nameParticles.contains(view.ids[stop]) {
                break
            }
            if view.tokens[stop].isCapitalized { hasHead = true }
            stop += 1
        }
        let range = start..<stop
        guard hasHead, !view.isPreposition(start), isPlausibleSpeaker(range) else { return nil }
        return Phrase(tokens: range, apposition: nil, isNegated: false)
    }

    /// The subject of a verb-second main clause with no cue in it ("Stoiber begründete
    /// seinen Rückzug mit …", "Am 15. Mai hat die Wahlkommission den Termin festgelegt"):
    /// the phrase before the finite verb, or after it when an adjunct stands first. The
    /// finite verb is the first lower-case word that is no function word and no adjective
    /// (an adjective follows a determiner or another adjective and precedes a noun).
    /// With `requiringSpeaker`, a subject must name a speaker (see `namesSpeaker`).
    func mainClauseSubject(in bounds: Range<Int>, requiringSpeaker: Bool = true) -> Phrase? {
        guard view.lexicon.isVerbSecond, view.lexicon.capitalizesNouns else { return nil }
        var index = bounds.lowerBound
        var previousIsModifier = false
        var relativeClause: Range<Int>?
        while index < bounds.upperBound {
            let token = view.tokens[index]
            // "Der Ermittler, der als Zeuge gilt, will …", "Peter Clever, der Vertreter der
            // Arbeitgeber, hatte …": a relative clause or an apposition in commas after the
            // subject is passed over (a determiner after the comma starts either).
            // So is a name in commas after a role phrase ("Die Sprecherin der Fraktion,
            // Anna Berg, äußerte sich …"), which is then the subject.
            if view.isComma(index), relativeClause == nil, index + 1 < bounds.upperBound,
               view.isClass(index + 1, .relative) || view.isDeterminer(index + 1) || view.isNamePart(index + 1) && view.wordClass(index + 1) == nil,
               let close = ((index + 2)..<bounds.upperBound).first(where: { view.isComma($0) }) {
                relativeClause = index..<(close + 1)
                index = close + 1
                previousIsModifier = false
                continue
            }
            // A hyphen inside a compound ("Ein WWF-Sprecher") belongs to its word.
            guard token.kind == .word || token.kind == .number || token.mark == .fullStop && !token.spaceBefore
                    || token.mark == .hyphen && !token.spaceBefore else { return nil }
            if token.kind == .word, !token.isCapitalized {
                let wordClass = view.wordClass(index)
                if wordClass == .auxiliary { break }
                let beforeNoun = index + 1 < bounds.upperBound && view.tokens[index + 1].isCapitalized
                if wordClass == nil, view.pronoun(index) == nil, !(previousIsModifier && beforeNoun), index > bounds.lowerBound { break }
                previousIsModifier = wordClass == .determiner || wordClass == .indefinite || wordClass == .reflexive || wordClass == nil
            } else {
                previousIsModifier = false
            }
            index += 1
        }
        guard index > bounds.lowerBound, index + 1 < bounds.upperBound, index - bounds.lowerBound <= maximumLength else { return nil }
        if let relativeClause, relativeClause.upperBound == index, relativeClause.lowerBound > bounds.lowerBound {
            let inner = (relativeClause.lowerBound + 1)..<(relativeClause.upperBound - 1)
            if inner.allSatisfy({ view.isNamePart($0) }), !inner.isEmpty {
                // A name in commas after a role phrase: the name is the subject, the role
                // phrase its apposition.
                let role = bounds.lowerBound..<relativeClause.lowerBound
                guard role.contains(where: { namesSomeone($0) }) else { return nil }
                return Phrase(tokens: inner, apposition: role, isNegated: false)
            }
            // The subject is what stands before the relative clause.
            let subject = bounds.lowerBound..<relativeClause.lowerBound
            guard subject.count <= maximumLength, isPlausibleSpeaker(subject),
                  !requiringSpeaker || namesSpeaker(subject, standsFirst: true) else { return nil }
            return Phrase(tokens: subject, apposition: (relativeClause.lowerBound + 1)..<(relativeClause.upperBound - 1), isNegated: false)
        }
        // The prefield is the subject unless it is an adjunct or, where a speaker is
        // required, names none ("Passend zu den Gefahren des Eises warnte die
        // Moderatorin"): then the subject follows the finite verb.
        if let prefield = phrase(before: index, notBefore: bounds.lowerBound, acrossBrackets: false),
           prefield.tokens.lowerBound == bounds.lowerBound, !frontsAdjunct(prefield, clauseStart: bounds.lowerBound),
           !requiringSpeaker || namesSpeaker(prefield.tokens, standsFirst: true) {
            return prefield
        }
        return middleFieldSubject(from: index + 1, before: bounds.upperBound).flatMap {
            !requiringSpeaker || namesSpeaker($0.tokens, standsFirst: false) ? $0 : nil
        }
    }

    /// A country the lexicon knows speaks for its government ("Der Iran streitet dies ab").
    private func namesCountry(_ index: Int) -> Bool {
        view.tokens[index].isCapitalized && view.lexicon.places.value(of: view.ids[index])?.kind == .country
    }

    /// Where every noun is capitalised, a capital does not make a speaker ("die
    /// Aktienkurse"): a subject names one with a pronoun, a word the lexicon knows for
    /// people or organisations, a known first name, a country, or as a proper name without a
    /// determiner ("Stoiber" first in the clause, "Peer Steinbrück" anywhere).
    private func namesSpeaker(_ range: Range<Int>, standsFirst: Bool) -> Bool {
        if range.count <= 2, range.contains(where: { view.pronoun($0) != nil }) { return true }
        if range.contains(where: { namesSomeone($0) || view.lexicon.givenNames.contains(view.ids[$0]) || namesCountry($0) }) { return true }
        let words = range.filter { view.tokens[$0].kind == .word }
        // A lone word after the verb is a name only if it follows a first name elsewhere
        // in the document ("Barack Obama … warb Obama für"); else it may be any noun.
        return !words.isEmpty && words.allSatisfy { view.isNamePart($0) && view.wordClass($0) == nil }
            && (standsFirst || words.count >= 2 || words.count == 1 && view.surnames.contains(view.words[words[0]]))
    }
}
