/// The phrase a cue points at as its speaker, found by walking outward from the cue over
/// tokens, with boundaries taken from the lexicon (complementizers, conjunctions,
/// relative pronouns) and punctuation. There is no parser: these walks are the
/// mechanism, and the lexicon says which words stop them.
struct SpeakerPhraseFinder {
    let view: LexicalView
    /// The longest speaker phrase considered ("head of the Russian delegation to Astana
    /// meeting Alexander Lavrentyev" has 10 tokens).
    let maximumLength = 14

    /// A speaker phrase and what was skipped to reach it.
    struct Phrase: Hashable {
        var tokens: Range<Int>
        /// An apposition or relative clause between the phrase and the cue
        /// ("X, a doctor, said"), to be read for a role.
        var apposition: Range<Int>?
        /// A negator between speaker and cue ("did not say").
        var isNegated: Bool
    }

    /// The phrase before a cue (subject-verb order): "the minister said", "X, a doctor,
    /// said", "Iran also stated". `lowest` is the first token it may use. With
    /// `acrossBrackets`, a cue that closes a sentence bracket looks for its subject
    /// before the bracket ("Die Universität hatte anlässlich des Entzugs erklärt").
    func phrase(before cue: Int, notBefore lowest: Int, acrossBrackets: Bool = true) -> Phrase? {
        var index = cue - 1
        var isNegated = false
        // Adverbs, auxiliaries and negators between subject and cue: "has also said", "did
        // not say". Where the finite verb comes second, only the subject stands before it,
        // so a contrast word there is a particle ("Die Kanadier hingegen sagen"); elsewhere
        // it joins two clauses ("refused to answer but said").
        while index >= lowest {
            let adverb = view.adverbLength(endingAt: index, notBefore: lowest)
            if adverb > 0 { index -= adverb; continue }
            if view.isClass(index, .auxiliary) { index -= 1; continue }
            if view.lexicon.isVerbSecond, view.isClass(index, .contrast), index > lowest, !view.isComma(index - 1) { index -= 1; continue }
            if view.isNegator(index) { isNegated = true; index -= 1; continue }
            break
        }
        guard index >= lowest else { return nil }
        if acrossBrackets, var bracketed = bracketedSubject(before: index + 1, notBefore: lowest) {
            bracketed.isNegated = bracketed.isNegated || isNegated
            return bracketed
        }
        // "کاظمی، معاون استاندار، پس از جلسه … گفت": without capitals, an adjunct that
        // starts with a preposition after the last comma is not the subject; the phrase
        // before the comma is.
        if !view.lexicon.isCased, let comma = (lowest..<index).last(where: { view.isComma($0) }), comma > lowest,
           startsAdjunct(comma + 1) {
            // "X، role، adjunct گفت" goes through the apposition logic below; "X، adjunct
            // گفت" is the phrase before the comma.
            if (lowest..<comma).contains(where: { view.isComma($0) }) {
                index = comma
            } else {
                return phrase(before: comma, notBefore: lowest).map {
                    Phrase(tokens: $0.tokens, apposition: $0.apposition, isNegated: $0.isNegated || isNegated)
                }
            }
        }
        // "Sen. Jack Reed (D-R.I.), said": a comma after the parenthesis, with no other
        // comma before it, closes the name.
        if view.isComma(index), index - 1 > lowest, view.tokens[index - 1].mark == .closeParenthesis,
           let open = (lowest..<(index - 1)).last(where: { view.tokens[$0].mark == .openParenthesis }),
           !(lowest..<open).contains(where: { view.isComma($0) }) {
            index -= 1
        }
        // "Rep. Gwen Moore (D-Wis.) said": a parenthesis after the name is skipped.
        if view.tokens[index].mark == .closeParenthesis, let open = (lowest..<index).last(where: { view.tokens[$0].mark == .openParenthesis }),
           index - open <= 8, open > lowest {
            index = open - 1
        }
        var apposition: Range<Int>?
        if view.isComma(index) {
            // "X, a doctor, said" / "X, who replaced Y as leader, said" / "the club's
            // coach, Anke Brandt, said".
            guard let previousComma = (lowest..<index).last(where: { view.isComma($0) }),
                  previousComma > lowest, previousComma + 1 < index else { return nil }
            let segment = (previousComma + 1)..<index
            if isConnective(segment) {
                // "Benali, por su parte, subrayó": a connective between commas is skipped.
                return phrase(before: previousComma, notBefore: lowest).map {
                    Phrase(tokens: $0.tokens, apposition: $0.apposition, isNegated: $0.isNegated || isNegated)
                }
            } else if isApposition(segment) || isPartyTag(segment) || isAge(segment) {
                apposition = apposition ?? segment
                index = previousComma - 1
                // "Derek Moss, 71, whose …": an age in commas before the apposition.
                if index - 1 > lowest, view.tokens[index].kind == .number, view.isComma(index - 1) { index -= 2 }
            } else if segment.allSatisfy({ view.isNamePart($0) })
                        || !view.lexicon.isCased && segment.allSatisfy({ view.tokens[$0].isWordLike && !isDescriptive($0) && view.wordClass($0) == nil }) {
                // The name is between the commas; the role phrase stands before it,
                // maybe ending in an acronym in parentheses ("Comisiones Obreras (CCOO)").
                var start = previousComma - 1
                if start > lowest, view.tokens[start].mark == .closeParenthesis,
                   let open = (max(lowest, start - 6)..<start).last(where: { view.tokens[$0].mark == .openParenthesis }) {
                    start = open - 1
                }
                while start >= lowest && previousComma - start <= maximumLength && !isBoundary(start) { start -= 1 }
                let role = (start + 1)..<previousComma
                guard !role.isEmpty, role.contains(where: { view.lexicon.roles.contains(view.nounIDs[$0]) }) else { return nil }
                return Phrase(tokens: segment, apposition: role, isNegated: isNegated)
            } else if isParticiplePhrase(segment) {
                // "X, speaking on condition of anonymity, said": a participle phrase in
                // commas is skipped.
                return phrase(before: previousComma, notBefore: lowest).map {
                    Phrase(tokens: $0.tokens, apposition: $0.apposition, isNegated: $0.isNegated || isNegated)
                }
            } else {
                return nil
            }
        }
        let end = index + 1
        while index >= lowest && end - index <= maximumLength {
            // A quoted name is part of the phrase: "Die „Süddeutsche Zeitung“ hatte …".
            if let open = quotedNameStart(closingAt: index, notBefore: lowest) { index = open - 1; continue }
            if isBoundary(index) { break }
            index -= 1
        }
        var start = index + 1
        // An inverted clitic written with hyphens ("a-t-il ajouté"): the pronoun is the
        // phrase, the verb pieces before it are not.
        if let pronoun = (start..<end).first(where: { view.pronoun($0) != nil }), pronoun > start,
           view.tokens[pronoun - 1].mark == .hyphen, ((start + 1)...pronoun).allSatisfy({ !view.tokens[$0].spaceBefore }) {
            start = pronoun
        }
        // Leading connectives and adverbs are not part of the phrase: "Meanwhile Lavrentyev".
        while start < end {
            let adverb = view.adverbLength(startingAt: start)
            if adverb > 0 && start + adverb < end { start += adverb; continue }
            if view.isClass(start, .conjunction) && start + 1 < end { start += 1; continue }
            break
        }
        // "After the meeting the minister said": a leading prepositional phrase is cut
        // at the last determiner or name that starts a new phrase.
        if start + 1 < end, view.isClass(start, .preposition), let restart = ((start + 1)..<end).last(where: { view.isDeterminer($0) }) {
            start = restart
            // "Одновременно с этим он отметил": a pronoun right before the cue is the
            // subject; the determiner belonged to the adjunct.
            if end - start >= 2, view.pronoun(end - 1) != nil, !view.isDeterminer(end - 1) { start = end - 1 }
        }
        // "On Tuesday night he said": a pronoun right before the cue is the subject; the
        // words before it belong to an adjunct ("all of them said" keeps its preposition).
        if end - start >= 2, view.pronoun(end - 1) != nil, !view.isDeterminer(end - 1),
           !view.isClass(end - 2, .preposition), !view.isDeterminer(end - 2), view.pronoun(end - 2) == nil {
            start = end - 1
        }
        // Without capitals to end a name, an adjunct between subject and cue stays in the
        // phrase ("有关负责人在接受记者采访时表示"): it is cut at its preposition.
        var phraseEnd = end
        if !view.lexicon.isCased, start + 1 < end, let adjunct = ((start + 1)..<end).first(where: { view.isPreposition($0) }) {
            phraseEnd = adjunct
        }
        guard start < phraseEnd, isPlausibleSpeaker(start..<phraseEnd) else { return nil }
        return Phrase(tokens: start..<phraseEnd, apposition: apposition, isNegated: isNegated)
    }

    /// The phrase after a cue (inverted order): "…, said Jan Verhoeven, who leads …",
    /// "according to the document". It ends at punctuation or a relative pronoun.
    /// With `anyNounPhrase` (after a source cue, "according to her plan"), the phrase need
    /// not name anyone the lexicon knows.
    func phrase(after cueEnd: Int, before limit: Int, anyNounPhrase: Bool = false) -> Phrase? {
        // "declaró a esta agencia": a phrase that starts with a preposition is an
        // addressee or an adjunct, not the speaker.
        if cueEnd < limit, view.isClass(cueEnd, .preposition) { return nil }
        // "Außerdem forderte er ein Lösegeld": a pronoun that is only ever a subject is the
        // whole phrase; what follows it is an object or an adjunct.
        if cueEnd < limit, view.isSubjectPronoun(cueEnd) {
            return Phrase(tokens: cueEnd..<(cueEnd + 1), apposition: nil, isNegated: false)
        }
        var end = cueEnd
        // A quoted name may open the phrase: "schrieb „Die Zeit“ in einem Nachruf".
        let quotedNameEnd = self.quotedNameEnd(openingAt: cueEnd, before: limit)
        if let quotedNameEnd { end = quotedNameEnd }
        var hasHead = quotedNameEnd != nil
        while end < limit && end - cueEnd < maximumLength && !isBoundary(end, cueWordsEndPhrase: false) {
            // "escribió Pazos en la red social X": a preposition after a name ends it,
            // unless a name part follows ("the Alliance of Small Island States").
            // Where every noun is capitalised, a capital after the preposition says nothing
            // ("sagte Ralf Becker in Frankfurt").
            if end > cueEnd, view.isClass(end, .preposition), view.isNamePart(end - 1) || view.pronoun(end - 1) != nil || end == quotedNameEnd,
               view.lexicon.capitalizesNouns || !(end + 1 < limit && view.tokens[end + 1].isCapitalized) { break }
            // Without capitals, an adjunct after the phrase ("نبيل الشابي عقب المباراة")
            // starts at a preposition or a sentence adverb.
            if end > cueEnd, !view.lexicon.isCased, view.isPreposition(end) || view.adverbLength(startingAt: end) > 0 { break }
            // Where every noun is capitalised, a lower-case word after the head noun that is
            // no function word ends the phrase: it opens the object ("fordert Zapatero
            // finanzielle Entschädigungen", "kündigten die Hacker weitere Aktionen an").
            if hasHead, view.lexicon.capitalizesNouns, view.tokens[end].kind == .word, !view.tokens[end].isCapitalized,
               view.wordClass(end) == nil, !view.isNamePart(end) { break }
            // A determiner after the head opens an attribute, whose adjectives come before its
            // own head ("nach Angaben des künstlerischen Leiters").
            if view.isDeterminer(end) { hasHead = false }
            if view.tokens[end].kind == .word, view.tokens[end].isCapitalized, view.wordClass(end) == nil { hasHead = true }
            end += 1
        }
        guard cueEnd < end, isPlausibleSpeaker(cueEnd..<end) || quotedNameEnd != nil
                || anyNounPhrase && (cueEnd..<end).contains(where: { view.tokens[$0].isWordLike && view.wordClass($0) == nil }) else { return nil }
        // "a réagi la présidente de l'AEEQ, Josée Bélanger": a role phrase followed by a
        // name in commas; the name is the speaker and the role its apposition.
        if end + 1 < limit, view.isComma(end), (cueEnd..<end).contains(where: { view.lexicon.roles.contains(view.nounIDs[$0]) }) {
            var nameEnd = end + 1
            while nameEnd < limit, view.isNamePart(nameEnd), !isDescriptive(nameEnd) { nameEnd += 1 }
            if nameEnd > end + 1, nameEnd == limit || view.isComma(nameEnd) || view.isTerminal(nameEnd) {
                return Phrase(tokens: (end + 1)..<nameEnd, apposition: cueEnd..<end, isNegated: false)
            }
        }
        var apposition: Range<Int>?
        if end < limit, view.isComma(end), end + 1 < limit {
            var appositionEnd = end + 1
            while appositionEnd < limit && !view.isComma(appositionEnd) && !view.isTerminal(appositionEnd) { appositionEnd += 1 }
            if isApposition((end + 1)..<appositionEnd) { apposition = (end + 1)..<appositionEnd }
        }
        return Phrase(tokens: cueEnd..<end, apposition: apposition, isNegated: false)
    }

    /// The speaker phrase that opens a verb-final clause: up to the first comma or subject
    /// marker, or, in a cased script without either, the run of names and role words.
    func verbFinalSubject(from first: Int, before limit: Int) -> Range<Int>? {
        // A subject marker is the surest boundary: "これに対し、立憲民主党の中川政調会長は…"
        // has a comma first, and the subject is what stands between it and は. When what
        // precedes the first comma already names someone ("Özdemir, … siparişlerin ise …
        // belirtti"), a later marker belongs to the content.
        let markerReach = min(limit, first + 3 * maximumLength)
        if let marker = (first..<markerReach).first(where: { view.isClass($0, .subjectMarker) }),
           !((first..<marker).first(where: { view.isComma($0) }).map { comma in
               (first..<comma).contains { view.isNamePart($0) || view.pronoun($0) != nil || namesSomeone($0) }
           } ?? false) {
            let start = (first..<marker).last(where: { view.isComma($0) }).map { $0 + 1 } ?? first
            let subject = start..<marker
            if !subject.isEmpty, subject.count <= maximumLength, isPlausibleSpeaker(subject) { return subject }
        }
        let reach = min(limit, first + maximumLength + 1)
        if let boundary = (first..<reach).first(where: { view.isComma($0) }) {
            let subject = first..<boundary
            return !subject.isEmpty && isPlausibleSpeaker(subject) ? subject : nil
        }
        guard view.lexicon.isCased else { return nil }
        var end = first
        while end < reach, view.isNamePart(end) || isDescriptive(end) { end += 1 }
        let subject = first..<end
        return subject.contains(where: view.isNamePart) && isPlausibleSpeaker(subject) ? subject : nil
    }

    /// Tokens that end a speaker phrase. Walking left from a cue, another cue word ends
    /// the phrase ("… said Y told"); walking right ("according to the report") it does not.
    func isBoundary(_ index: Int, cueWordsEndPhrase: Bool = true) -> Bool {
        let token = view.tokens[index]
        switch token.kind {
        case .punctuation, .quoteMark:
            // A hyphen inside a name ("al-Jaafari") or a full stop of an initial
            // ("George W. Bush") is not a boundary.
            if token.mark == .hyphen && !token.spaceBefore && index + 1 < view.tokens.count && !view.tokens[index + 1].spaceBefore {
                return false
            }
            // Nor is the full stop of an initial or a title ("G. Bush", "Rep. Moore").
            if token.mark == .fullStop && index > 0 && !token.spaceBefore && view.tokens[index - 1].isCapitalized
                && (view.texts[index - 1].count == 1 || view.lexicon.isTitle(view.ids[index - 1])) {
                return false
            }
            // Nor is a percent sign after its number ("26% say").
            if (view.texts[index] == "%" || view.texts[index] == "٪"), !token.spaceBefore, index > 0, view.tokens[index - 1].kind == .number {
                return false
            }
            return token.mark != .apostrophe && token.mark != .ampersand
        case .dash:
            return !(token.mark == .hyphen && !token.spaceBefore)
        default:
            break
        }
        if view.isComplementizer(index) { return true }
        switch view.wordClass(index) {
        case .conjunction, .comparative:
            // "Iran and Russia said": a conjunction between two names joins them.
            let joinsNames = index > 0 && index + 1 < view.tokens.count && view.isNamePart(index - 1) && view.isNamePart(index + 1)
            return !joinsNames
        case .relative, .auxiliary, .contrast, .subjectMarker:
            return true
        default:
            // A cue form after a determiner is a noun of the phrase ("the report showed",
            // "a statement from the campaign said"), and so is a document noun right before
            // another cue ("the congressional report said").
            return cueWordsEndPhrase && view.cue(at: index) != nil && !view.tokens[index].isCapitalized
                && !(index > 0 && view.isDeterminer(index - 1))
                && !(index + 1 < view.tokens.count && view.lexicon.documents.contains(view.nounIDs[index]) && view.cue(at: index + 1) != nil)
        }
    }

    /// The opening mark of a short quoted name that closes at `close` ("„Süddeutsche
    /// Zeitung“", "»Spiegel«"): up to five capitalised words, numbers or hyphens.
    func quotedNameStart(closingAt close: Int, notBefore lowest: Int) -> Int? {
        guard view.tokens[close].kind == .quoteMark, close - 1 > lowest else { return nil }
        var index = close - 1
        while index > lowest, close - index <= 6, view.tokens[index].kind != .quoteMark {
            guard isQuotedNameWord(index, first: view.tokens[index - 1].kind == .quoteMark) else { return nil }
            index -= 1
        }
        guard view.tokens[index].kind == .quoteMark, close - index >= 2, close - index <= 6 else { return nil }
        return index
    }

    /// The end (after the closing mark) of a short quoted name that opens at `open`, the
    /// forward counterpart of `quotedNameStart`.
    func quotedNameEnd(openingAt open: Int, before limit: Int) -> Int? {
        guard open < limit, view.tokens[open].kind == .quoteMark else { return nil }
        var index = open + 1
        while index < limit, index - open <= 6, view.tokens[index].kind != .quoteMark {
            guard isQuotedNameWord(index, first: index == open + 1) else { return nil }
            index += 1
        }
        guard index < limit, view.tokens[index].kind == .quoteMark, index - open >= 2 else { return nil }
        return index + 1
    }

    /// A word of a quoted name: capitalised, a number or a hyphen, or after the first word
    /// a function word ("„Reporter ohne Grenzen“", "„Brot für die Welt“").
    private func isQuotedNameWord(_ index: Int, first: Bool) -> Bool {
        let token = view.tokens[index]
        return token.isCapitalized || token.kind == .number || token.mark == .hyphen
            || !first && token.kind == .word && view.wordClass(index) != nil
    }

    /// A sentence adverb or connective filling the whole range ("por su parte", "however").
    func isConnective(_ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        if let match = view.lexicon.functionWords.longestMatch(in: view.ids, at: first), match.length == range.count {
            return match.value == .adverb || match.value == .contrast
        }
        return false
    }

    /// A phrase in commas that opens with a lower-case participle (`participle_ending`) and
    /// holds no other cue: "speaking on condition of anonymity". (One that opens with a
    /// preposition is as often an attribute of the noun before it: "a idade do arguido, de
    /// 67 anos, justificavam".)
    private func isParticiplePhrase(_ range: Range<Int>) -> Bool {
        guard let first = range.first, !view.tokens[first].isCapitalized || !view.lexicon.isCased else { return false }
        guard view.isParticiple(first) else { return false }
        return !range.dropFirst().contains { view.cue(at: $0) != nil }
    }

    /// An age in commas after a name: "Jim Bennett, 57, told a voter".
    private func isAge(_ range: Range<Int>) -> Bool {
        range.count == 1 && view.tokens[range.lowerBound].kind == .number && view.texts[range.lowerBound].count <= 3
    }

    /// "R-Fla.", "D-Md.": a short tag of capitalised abbreviations joined by a hyphen,
    /// in commas after a name.
    private func isPartyTag(_ range: Range<Int>) -> Bool {
        guard range.count <= 6, range.contains(where: { view.tokens[$0].mark == .hyphen }) else { return false }
        return range.allSatisfy { index in
            let token = view.tokens[index]
            return token.isWordLike ? token.isCapitalized && view.texts[index].count <= 4 : token.mark == .hyphen || token.mark == .fullStop
        }
    }

    /// An apposition starts with a determiner or a relative pronoun ("a doctor", "who
    /// leads the group"), or holds a role noun ("Swiftbasket's chief executive").
    private func isApposition(_ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        return view.isDeterminer(first) || view.isClass(first, .relative)
            || range.contains { view.lexicon.roles.contains(view.nounIDs[$0]) }
    }

    /// Whether an adjunct starts here: a preposition or a sentence adverb, one word or
    /// several ("پس از", "روز سه‌شنبه").
    /// Whether what stands before a cue in a verb-second clause that starts at
    /// `clauseStart` is a fronted adjunct rather than the cue's subject: nothing, adverbs
    /// ("Dazu", "Am Montag"), or a phrase that starts with a preposition ("Zum Rücktritt"),
    /// also when the phrase finder cut the preposition off ("Vor dem Konklave 2005").
    func frontsAdjunct(_ subject: Phrase?, clauseStart: Int) -> Bool {
        guard let range = subject?.tokens else { return true }
        if view.isClass(range.lowerBound, .preposition) || view.adverbLength(startingAt: range.lowerBound) >= range.count { return true }
        return clauseStart < range.lowerBound && view.isClass(clauseStart, .preposition)
    }

    func startsAdjunct(_ index: Int) -> Bool {
        guard index < view.tokens.count, let match = view.lexicon.functionWords.longestMatch(in: view.ids, at: index) else { return false }
        return match.value == .preposition || match.value == .adverb
    }

    /// A role, an anonymous source or an organisation: a word that stands for someone
    /// (unlike a document or a place, "判決後、" is an adjunct, not a speaker).
    /// A word a speaker label before a colon may hold ("BKA-Präsident Ziercke: …", "Sen.
    /// Marco Rubio: …"): a number, hyphen or bracket, a capitalised word that is no cue, a
    /// determiner, preposition or conjunction, or a role, title, organisation, place or
    /// anonymous source; never a verb.
    func isLabelWord(_ index: Int) -> Bool {
        let token = view.tokens[index]
        if token.kind == .number || token.mark == .hyphen || token.mark == .openParenthesis || token.mark == .closeParenthesis { return true }
        guard token.kind == .word else { return false }
        if token.isCapitalized && view.cue(at: index) == nil { return true }
        switch view.wordClass(index) {
        case .determiner, .indefinite, .preposition, .conjunction, .comparative: return true
        default: break
        }
        let word = view.nounIDs[index]
        let lexicon = view.lexicon
        return lexicon.roles.contains(word) || lexicon.isTitle(word) || lexicon.organisations.contains(word) || lexicon.places.contains(word)
            || lexicon.anonymousSources.contains(word)
    }

    func namesSomeone(_ index: Int) -> Bool {
        guard view.tokens[index].isWordLike else { return false }
        let word = view.nounIDs[index]
        return view.lexicon.roles.contains(word) || view.lexicon.anonymousSources.contains(word) || view.lexicon.organisations.contains(word)
    }

    /// A word that describes a speaker rather than names one: a role, an organisation, an
    /// anonymous source, a document, a place or demonym, or a title.
    func isDescriptive(_ index: Int) -> Bool {
        guard view.tokens[index].isWordLike else { return false }
        let word = view.nounIDs[index]
        let lexicon = view.lexicon
        return lexicon.roles.contains(word) || lexicon.organisations.contains(word) || lexicon.anonymousSources.contains(word)
            || lexicon.documents.contains(word) || lexicon.places.contains(word) || lexicon.isTitle(word)
    }

    /// A speaker phrase has a name, a pronoun, or a noun the lexicon knows as a speaker
    /// (role, anonymous source, organisation, document, place).
    func isPlausibleSpeaker(_ range: Range<Int>) -> Bool {
        // A count of people, as polls give them: "26%", "six in 10".
        if range.count >= 2, let last = range.last,
           view.tokens[last].kind == .number || view.texts[last] == "%" || view.texts[last] == "٪" {
            return true
        }
        for index in range {
            let word = view.nounIDs[index]
            if view.pronoun(index) != nil && range.count <= 2 { return true }
            if view.isNamePart(index) && !(index == range.lowerBound && view.wordClass(index) != nil) { return true }
            let lexicon = view.lexicon
            if lexicon.roles.contains(word) || lexicon.anonymousSources.contains(word) || lexicon.organisations.contains(word)
                || lexicon.documents.contains(word) || lexicon.places.contains(word) {
                return true
            }
            if !lexicon.isCased && view.tokens[index].isWordLike && view.wordClass(index) == nil { return true }
        }
        return false
    }
}
