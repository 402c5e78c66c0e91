/// Reported speech from cues and their frames (`cues.tsv`): "X said that …", "X said …",
/// "X said: …", "…, X said", "…, said X", "according to X, …" and "…, according to X".
struct ReportedSpeechMatcher {
    let view: LexicalView
    let phrases: SpeakerPhraseFinder
    /// The longest object an object frame takes ("called the deal …"), in tokens.
    static let maximumObjectLength = 80

    /// A reported statement before it is merged with the direct quotes.
    struct Match: Hashable {
        var frame: CueFrame
        var cue: Range<Int>
        var entry: CueEntry
        var content: Range<Int>
        var source: SpeakerPhraseFinder.Phrase?
        var addressee: Range<Int>?
        /// No subject in a null-subject language: the speaker is the previous one.
        var continuesPreviousSpeaker = false

        /// Whether a cue inside the content belongs to this statement: not for a clause
        /// frame (a cue in it may report the clause) nor a negated cue (no statement).
        var blocksCues: Bool { frame != .clause && source?.isNegated != true }
    }

    /// The statements of one sentence, left to right; a cue inside the content of an
    /// earlier statement of the sentence belongs to that statement, not a new one.
    func matches(in sentence: Sentence) -> [Match] {
        if view.lexicon.hasLabelColon, let label = labelColonMatch(in: sentence) { return [label] }
        var result: [Match] = []
        var reach = sentence.tokens.lowerBound
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            guard let (length, entry) = view.cue(at: index) else { index += 1; continue }
            let cue = index..<(index + length)
            // "Saudi-backed groups": a cue form joined by a hyphen to the word before it is
            // part of a compound, not a verb.
            if index > sentence.tokens.lowerBound, view.tokens[index - 1].mark == .hyphen, !view.tokens[index].spaceBefore {
                index += length
                continue
            }
            // "Secretary of State John Kerry": where only names are capitalised, a capitalised
            // cue form after a word is part of a name.
            // A line in title case ("Chris Christie Says He Would Issue A Quarantine") is the
            // exception: a capitalised word before and after.
            let titleCase = view.tokens[index - 1 < sentence.tokens.lowerBound ? index : index - 1].isCapitalized
                && index + length < sentence.tokens.upperBound && view.tokens[index + length].isCapitalized
            if !view.lexicon.capitalizesNouns, view.tokens[index].isCapitalized, index > sentence.tokens.lowerBound,
               view.tokens[index - 1].isWordLike, !titleCase {
                index += length
                continue
            }
            // A cue inside an earlier statement's content is part of it (checked first: a
            // match costs time in the length of its content).
            // `reach` (where the furthest content ends) spares the search in a long sentence,
            // and the latest statements are searched first.
            // A clause-frame statement takes in its whole clause but leaves the cues in it
            // free: if one of them reports the clause, that statement replaces it.
            // A negated cue ("did not complain when …") makes no statement, so the cues in
            // its content stay free as well ("…, a Chinese official said").
            if cue.lowerBound >= reach || !result.reversed().contains(where: { $0.blocksCues && $0.content.contains(cue.lowerBound) }),
               let match = match(cue: cue, entry: entry, in: sentence).map(endingBeforeNextAttribution) {
                result.append(match)
                if match.blocksCues { reach = max(reach, match.content.upperBound) }
            }
            index += length
        }
        if result.contains(where: { $0.frame == .clause }) {
            let reporting = result.filter { $0.frame != .clause }
            result.removeAll { clause in
                clause.frame == .clause && reporting.contains { $0.content.contains(clause.cue.lowerBound) }
            }
        }
        return result.flatMap(splitAtContinuation)
    }

    /// "X said A and criticized B", "X said A and said that B", "X said A, but he said
    /// B", "X said A, while 22 percent said B": the content of a statement whose content
    /// follows its cue ends where a clause with another cue begins: a cue right after a
    /// conjunction (it shares the subject), or a cue with a short subject of its own after
    /// a conjunction. The later cue then makes a statement of its own. A later cue with a
    /// complementizer of its own may report speech inside the content ("said that the
    /// delegations reaffirmed … and stressed that …"), so it only ends the content when it
    /// repeats the cue. So too the clause of a comma frame ("Er sagte, Europa brauche die
    /// Briten, und kündigte an, …", "Er habe sie aufgefordert, … vorzulegen, sagte X"),
    /// but not at a source inside it.
    private func endingBeforeNextAttribution(_ match: Match) -> Match {
        guard [.that, .bare, .colon, .object, .comma].contains(match.frame) else { return match }
        let content = match.content
        // "said they support charter schools, but they would not …": after a comma, a
        // contrast word and a subject pronoun start a clause the cue does not report.
        // (Looked for within a bounded stretch, so that a sentence of many cues stays
        // linear.)
        if match.frame == .that || match.frame == .bare {
            for index in content.dropFirst(2).prefix(Self.maximumObjectLength) {
                guard view.isComma(index), index + 2 < content.upperBound, view.isClass(index + 1, .contrast),
                      view.pronoun(index + 2) != nil else { continue }
                var trimmed = match
                trimmed.content = content.lowerBound..<index
                return endingBeforeNextAttribution(trimmed)
            }
        }
        for index in content.dropFirst(2) where !view.tokens[index].isCapitalized || view.lexicon.capitalizesNouns {
            guard let (length, entry) = view.cue(at: index) else { continue }
            // "…, sei die Lage laut Polizei ruhig": a source inside a comma frame's clause
            // is part of what it reports.
            if match.frame == .comma, entry.frames.contains(.source) || entry.frames.contains(.sourceAfter) { continue }
            let next = index + length
            if next < content.upperBound, view.isComplementizer(next) || view.isColon(next), entry.lemma != match.entry.lemma { continue }
            var before = index - 1
            while before > content.lowerBound {
                let adverb = view.adverbLength(endingAt: before, notBefore: content.lowerBound)
                if adverb > 0 { before -= adverb; continue }
                if view.isClass(before, .auxiliary) || view.isNegator(before) { before -= 1; continue }
                break
            }
            var joint: Int?
            // "said A, noting B", "said A, echoing B": a cue right after the content's first
            // comma opens a participle clause of its own (after a second comma it may be
            // the verb of the content's subject, past an apposition: "a idade do arguido, de
            // 67 anos, justificavam …").
            if view.isClass(before, .conjunction) || view.isClass(before, .contrast)
                || view.isComma(before) && before == index - 1 && !(content.lowerBound..<before).contains(where: { view.isComma($0) }) {
                joint = before
            } else if let subject = phrases.phrase(before: index, notBefore: content.lowerBound), subject.apposition == nil,
                      subject.tokens.count <= 4, subject.tokens.lowerBound - 1 > content.lowerBound {
                let previous = subject.tokens.lowerBound - 1
                if view.isClass(previous, .contrast) || view.isClass(previous, .conjunction) { joint = previous }
            }
            guard var cut = joint else { continue }
            while cut > content.lowerBound, view.isComma(cut - 1) || view.isClass(cut - 1, .conjunction) || view.isClass(cut - 1, .contrast) { cut -= 1 }
            guard cut - content.lowerBound >= 2 else { continue }
            var trimmed = match
            trimmed.content = content.lowerBound..<cut
            return trimmed
        }
        return match
    }

    /// The longest speaker label before a colon, in tokens ("Senate Majority Leader Mitch
    /// McConnell:").
    static let maximumLabelLength = 6
    /// The colon of a speaker label: no entry of `cues.tsv`, the colon frame.
    static let labelColonEntry = CueEntry(lemma: ":", frames: [.colon], reportingStance: .neutral, stance: 0)

    /// "Obama: Voters will say no to Trump.", "Historians: Clinton, Obama linked no matter
    /// what", "CLINTON: Honestly, I … . It's the toughest job …": with `label_colon`, a
    /// sentence that opens its paragraph with nothing but a speaker label (label words
    /// only, so no verb, and a plausible speaker) and a colon attributes the rest of the
    /// paragraph to the label, quoted or not (a transcript's turn).
    func labelColonMatch(in sentence: Sentence) -> Match? {
        let bounds = sentence.tokens
        let first = bounds.lowerBound
        guard first == 0 || view.tokens[first - 1].paragraph != view.tokens[first].paragraph else { return nil }
        let sentenceEnd = contentEnd(of: bounds)
        guard sentenceEnd - first >= 5,
              let colon = ((first + 1)..<min(sentenceEnd, first + Self.maximumLabelLength + 1)).first(where: { view.isColon($0) }),
              colon + 1 < sentenceEnd, view.tokens[colon + 1].spaceBefore, sentenceEnd - colon - 1 >= 3 else { return nil }
        let label = first..<colon
        // Not "Q:" (an interviewer), "The Latest:" (a rubric), "Iowa:" (a list by place).
        guard view.texts[first].count > 1, !view.isDeterminer(first),
              !label.allSatisfy({ !view.tokens[$0].isWordLike || view.lexicon.places.contains(view.nounIDs[$0]) }),
              label.allSatisfy(phrases.isLabelWord), phrases.isPlausibleSpeaker(label) else { return nil }
        // The turn runs to the end of the paragraph.
        var paragraphEnd = bounds.upperBound
        while paragraphEnd < view.tokens.count, view.tokens[paragraphEnd].paragraph == sentence.paragraph { paragraphEnd += 1 }
        return Match(frame: .colon, cue: colon..<(colon + 1), entry: Self.labelColonEntry, content: (colon + 1)..<contentEnd(of: first..<paragraphEnd),
                     source: SpeakerPhraseFinder.Phrase(tokens: label, apposition: nil, isNegated: false), addressee: nil)
    }

    /// "X said A, adding that B": a second cue after a comma, with its own
    /// complementizer, starts a second statement by the same speaker.
    ///
    /// Also "X said A and added that B" and "X said A, but warned: …": a cue after a
    /// comma or a conjunction (and a connective), with a complementizer or a colon.
    private func splitAtContinuation(_ match: Match) -> [Match] {
        guard match.frame != .source else { return [match] }
        for index in match.content.dropFirst(2) where !view.tokens[index].isCapitalized {
            var joint = index - 1
            while joint > match.content.lowerBound,
                  view.isClass(joint, .conjunction) || view.isClass(joint, .contrast) || view.isComma(joint) { joint -= 1 }
            // The joint must be marked: a comma (", adding that", ", but warned:") or a
            // closing quotation mark ("“salvará vidas” y recordó que"). Without one, "and
            // stressed that" is more often coordinated inside the reported clause.
            let joints = (joint + 1)..<index
            // "… of “working together,” suggesting that …": the comma stands inside the
            // quotation (which must not be all the first statement is: that one would be
            // left to the quotation, without its speaker).
            let quotedComma = joints.isEmpty && view.tokens[joint].kind == .quoteMark && joint - 1 > match.content.lowerBound
                && view.isComma(joint - 1) && view.tokens[match.content.lowerBound].kind != .quoteMark
            guard !joints.isEmpty || quotedComma, joints.contains(where: view.isComma) || view.tokens[joint].kind == .quoteMark,
                  let (length, entry) = view.cue(at: index), index + length < match.content.upperBound else { continue }
            let next = index + length
            let isThat = entry.frames.contains(.that) && view.isComplementizer(next)
            let isColon = entry.frames.contains(.colon) && view.isColon(next)
            guard isThat || isColon, match.content.upperBound - (next + 1) >= 2 else { continue }
            var first = match
            first.content = match.content.lowerBound..<(joint + 1)
            let second = Match(frame: isThat ? .that : .colon, cue: index..<next, entry: entry,
                               content: (next + 1)..<match.content.upperBound, source: match.source, addressee: nil)
            return [first] + splitAtContinuation(second)
        }
        return [match]
    }

    private func match(cue: Range<Int>, entry: CueEntry, in sentence: Sentence) -> Match? {
        let bounds = sentence.tokens
        let end = contentEnd(of: bounds)
        if entry.frames.contains(.source), let match = sourceFrame(cue: cue, entry: entry, bounds: bounds, end: end) {
            return sourceHolderResolved(match, bounds: bounds)
        }
        if let match = comparativeClauseFrame(cue: cue, entry: entry, bounds: bounds, end: end) {
            return match
        }
        if entry.frames.contains(.sourceAfter), let match = postposedSourceFrame(cue: cue, entry: entry, bounds: bounds, end: end) {
            return match
        }
        if entry.frames.contains(.before), let match = verbFinalFrame(cue: cue, entry: entry, bounds: bounds, end: end) {
            return match
        }
        if view.lexicon.wordOrder == .vso, let match = verbInitialFrame(cue: cue, entry: entry, bounds: bounds, end: end) {
            return match
        }
        if entry.frames.contains(.noun) { return nounFrame(cue: cue, entry: entry, bounds: bounds, end: end) }
        // "she won the state that voted first", "the states that vote next week", "his
        // support grew": right after a determiner that never stands before a
        // verb, the cue form is a noun (a cue that is only ever a noun has the noun frame).
        if cue.lowerBound > bounds.lowerBound, view.isNounDeterminer(cue.lowerBound - 1) { return nil }
        // Subject before the cue, content after it.
        // "… their allies of backing terrorists": a preposition right before the cue governs
        // it (a gerund or an infinitive). After a verb ("Progressives tend to support …")
        // the subject is that verb's; after a noun there is none. (A word with an elided
        // preposition, Italian "dell’azienda", is not a preposition.)
        let governed = cue.lowerBound - 1 > bounds.lowerBound && view.isClass(cue.lowerBound - 1, .preposition)
            && view.texts[cue.lowerBound - 1].allSatisfy(\.isLetter)
        let subject: SpeakerPhraseFinder.Phrase?
        if governed {
            let verb = cue.lowerBound - 2
            let token = view.tokens[verb]
            let isVerb = token.kind == .word && !token.isCapitalized && view.wordClass(verb) == nil && !phrases.isDescriptive(verb)
                && view.pronoun(verb) == nil
            subject = isVerb ? phrases.phrase(before: verb, notBefore: bounds.lowerBound) : nil
        } else {
            subject = phrases.phrase(before: cue.lowerBound, notBefore: bounds.lowerBound)
        }
        // In a verb-second language, a prepositional phrase or an adverb before the cue
        // ("In Berlin sagte Merkel", "Gestern erklärte er") is the fronted adjunct, and
        // the subject follows the cue. Failing that, the adjunct stays a candidate: with
        // an impersonal cue it is the source ("Aus Sicherheitskreisen hieß es, …").
        // A pronoun that is only ever a subject right after the cue makes what stands
        // before it a fronted object ("Der Politik schlug er vor, …").
        if view.lexicon.isVerbSecond,
           subjectPronounFollows(cue, end: end) || phrases.frontsAdjunct(subject, clauseStart: clauseStart(bounds, before: cue.lowerBound)),
           let match = invertedFrame(cue: cue, entry: entry, bounds: bounds, end: end) {
            return match
        }
        // "Nun heißt es im Abschlussbericht, …", "Als Begründung heißt es, …": a cue whose
        // form ends in its own impersonal pronoun has its subject. The fronted adjunct, if
        // any, names the source ("Aus Sicherheitskreisen hieß es, …"); else a prepositional
        // phrase after the cue (after adverbs) does; else there is none.
        if view.lexicon.isVerbSecond, cue.count > 1, view.pronoun(cue.upperBound - 1) != nil {
            var position = cue.upperBound
            while position < end, case let length = view.adverbLength(startingAt: position), length > 0 { position += length }
            var source = subject
            if subject == nil, position < end, view.isClass(position, .preposition),
               let close = (position..<min(end, position + phrases.maximumLength)).first(where: { view.isComma($0) || view.isColon($0) || view.isComplementizer($0) }),
               close > position + 1, phrases.isPlausibleSpeaker((position + 1)..<close),
               !((position + 1)..<close).contains(where: { view.tokens[$0].kind == .quoteMark && phrases.quotedNameEnd(openingAt: $0, before: close) == nil }) {
                source = SpeakerPhraseFinder.Phrase(tokens: position..<close, apposition: nil, isNegated: false)
            }
            if let match = contentAfter(cue: cue, entry: entry, end: end, source: source) { return match }
        }
        if subject == nil, view.lexicon.hasNullSubjects, startsSentence(cue.lowerBound, bounds: bounds),
           var match = contentAfter(cue: cue, entry: entry, end: end, source: nil) {
            // "Añadió que …": no subject; the previous statement's speaker goes on.
            match.continuesPreviousSpeaker = true
            return match
        }
        if let subject {
            if let match = relativeGapFrame(cue: cue, entry: entry, subject: subject, bounds: bounds, end: end) { return match }
            if let match = contentAfter(cue: cue, entry: entry, end: end, source: subject) { return match }
            var position = cue.upperBound
            var addressee: Range<Int>?
            if entry.frames.contains(.addressee), position < end, let object = addresseePhrase(from: position, end: end) {
                addressee = object
                position = object.upperBound
            }
            // "…, X said." — the subject follows a comma that ends the content.
            let appositionFirst = subject.apposition.map { $0.lowerBound < subject.tokens.lowerBound } ?? false
            // Where the finite verb comes second, a subject between that comma and a verb
            // cue closes a verb-final clause, a relative one ("…, die den Vorwurf
            // bestätigte"): a report would put the cue first ("…, sagte X"). Only a
            // postposition stands after its source there ("…, dem Bericht zufolge").
            let verbFinalSubordinate = view.lexicon.isVerbSecond && !entry.frames.contains(.sourceAfter)
            if entry.frames.contains(.after), !appositionFirst, !verbFinalSubordinate, subject.tokens.lowerBound - 1 > bounds.lowerBound,
               view.isComma(subject.tokens.lowerBound - 1), let tail = attributionTailEnd(from: position, end: end) {
                let content = bounds.lowerBound..<(subject.tokens.lowerBound - 1)
                if content.count >= 3 || continuesAfterParenthesis(tail, end: end) {
                    return Match(frame: .after, cue: cue, entry: entry,
                                 content: continuesAfterParenthesis(tail, end: end) ? bounds.lowerBound..<end : content,
                                 source: subject, addressee: addressee)
                }
            }
        }
        // "…, said X." (not "…, Rachel Amos, read a statement": a name before the comma
        // is the subject of the cue, not the end of the content). The tail starts after
        // the phrase and its apposition, whichever comes last ("sagte der Sprecher, Tobias
        // Lindner.": the role is the apposition, before the name).
        // A participle after the comma reports what follows it ("…, saying they were busy").
        if entry.frames.contains(.after), cue.lowerBound - 1 > bounds.lowerBound, view.isComma(cue.lowerBound - 1),
           !view.isParticiple(cue.lowerBound),
           view.lexicon.capitalizesNouns || !view.isNamePart(cue.lowerBound - 2),
           let subject = phrases.phrase(after: cue.upperBound, before: end),
           let tail = attributionTailEnd(from: max(subject.tokens.upperBound, subject.apposition?.upperBound ?? 0), end: end),
           tail == end || view.isComma(tail) {
            // A clause after the comma is the rest of the content ("Der Präsident sei, so
            // Gamkrelids, schuld daran, …") only for a cue that cannot introduce a clause
            // after a comma itself: in a verb-second language that clause may be the cue's
            // own ("Während …, erwartet die Vorsitzende, die Lage werde …").
            var content = bounds.lowerBound..<(cue.lowerBound - 1)
            if !entry.frames.contains(.comma), continuesAfterParenthesis(tail, end: end) { content = bounds.lowerBound..<end }
            if content.count >= 3 {
                return Match(frame: .after, cue: cue, entry: entry, content: content, source: subject, addressee: nil)
            }
        }
        // "Wilson praised Rubio and said the senator can win", "Trump attacked Clinton,
        // arguing that she lied", "Ryan Pardo, who said he would not vote": a cue with no
        // subject of its own shares the subject that opens the sentence, or the
        // antecedent of the relative pronoun before it.
        if subject == nil, let shared = sharedSubject(of: cue.lowerBound, bounds: bounds) {
            if let match = contentAfter(cue: cue, entry: entry, end: shared.contentEnd ?? end, source: shared.phrase) { return match }
        }
        // The clause frame comes last: a cue that has other frames attributes its whole
        // clause only when none of them finds content ("Die Polizei forderte, …" is the
        // comma frame's; "Die Polizei forderte mehr Personal." the clause frame's).
        if entry.frames.contains(.clause) {
            return view.lexicon.isVerbSecond
                ? verbSecondClauseFrame(cue: cue, entry: entry, bounds: bounds, end: end)
                : clauseFrame(cue: cue, entry: entry, bounds: bounds, end: end)
        }
        return nil
    }

    /// "the changes, which officials said will go into effect soon", "a finish that he
    /// said defied expectations", "a bill that critics called anti-gay": a relative
    /// pronoun (or a complementizer used as one) before the cue's subject is the gapped
    /// subject or object of what the cue reports. The content is the relative clause, from
    /// the pronoun to the next comma, colon or dash; the cue must take a bare clause or an
    /// object. Not after a cue ("said that officials said …" is no relative clause).
    private func relativeGapFrame(cue: Range<Int>, entry: CueEntry, subject: SpeakerPhraseFinder.Phrase,
                                  bounds: Range<Int>, end: Int) -> Match? {
        guard entry.frames.contains(.bare) || entry.frames.contains(.object), subject.apposition == nil, !subject.isNegated else { return nil }
        let relative = subject.tokens.lowerBound - 1
        guard relative > bounds.lowerBound, cue.upperBound < end,
              view.isClass(relative, .relative) || view.isComplementizer(relative),
              view.tokens[relative - 1].isWordLike || view.isComma(relative - 1),
              !(view.isComplementizer(relative) && view.isComma(relative - 1)),
              view.cue(at: relative - 1) == nil, !view.isComplementizer(cue.upperBound) else { return nil }
        // The cue's own clause must not already have a subject of its own after it
        // ("which he said they would …" is rare; "which he said in a statement" no gap).
        guard view.tokens[cue.upperBound].isWordLike || view.tokens[cue.upperBound].kind == .quoteMark,
              !phrases.startsAdjunct(cue.upperBound) else { return nil }
        let reach = min(end, cue.upperBound + Self.maximumObjectLength)
        let stop = (cue.upperBound..<reach).first { view.isComma($0) || view.isColon($0) || view.tokens[$0].kind == .dash } ?? reach
        guard (cue.upperBound..<stop).contains(where: { view.tokens[$0].isWordLike }) else { return nil }
        // "…的王女士告诉记者，…": only an addressee after the cue is no gapped clause (a
        // relative marker that closes its clause before the noun it modifies).
        if entry.frames.contains(.addressee), addresseePhrase(from: cue.upperBound, end: stop)?.upperBound == stop { return nil }
        return Match(frame: entry.frames.contains(.bare) ? .bare : .object, cue: cue, entry: entry,
                     content: relative..<stop, source: subject, addressee: nil)
    }

    /// The longest complement of a noun cue, in tokens.
    static let maximumNounComplement = 30

    /// "criticism of the plan", "questions about her emails", "the claim that he lied":
    /// the complement of a noun cue (the form ends in the word the noun governs) is the
    /// content, up to the end of its phrase: a comma, colon, dash or final punctuation,
    /// and, unless the form ends in a complementizer, the auxiliary or cue that starts
    /// the sentence's own verb ("criticism of the plan was swift"). A possessor that ends
    /// right before the noun ("Trump's criticism") is the source; without one there is
    /// none.
    private func nounFrame(cue: Range<Int>, entry: CueEntry, bounds: Range<Int>, end: Int) -> Match? {
        let start = cue.upperBound
        guard start < end, view.tokens[start].isWordLike || view.tokens[start].kind == .quoteMark else { return nil }
        let clausal = view.isComplementizer(cue.upperBound - 1)
        let reach = min(end, start + Self.maximumNounComplement)
        let stop = (start..<reach).first { index in
            let token = view.tokens[index]
            if view.isComma(index) || view.isColon(index) || view.isTerminal(index) && token.mark != .fullStop { return true }
            if token.kind == .dash && !(token.mark == .hyphen && !token.spaceBefore) { return true }
            guard !clausal, index > start else { return false }
            return view.isClass(index, .auxiliary) || view.isClass(index, .relative) || view.cue(at: index) != nil
        } ?? reach
        guard stop > start, (start..<stop).contains(where: { view.tokens[$0].isWordLike }) else { return nil }
        let source = phrases.phrase(before: cue.lowerBound, notBefore: bounds.lowerBound).flatMap { phrase in
            phrase.tokens.upperBound == cue.lowerBound && phrase.apposition == nil && !phrase.isNegated ? phrase : nil
        }
        return Match(frame: .noun, cue: cue, entry: entry, content: start..<stop, source: source, addressee: nil)
    }

    /// Whether a pronoun that is only ever a subject (`subject_pronoun`) follows the cue,
    /// after sentence adverbs: "Als Begründung gab er an, …".
    func subjectPronounFollows(_ cue: Range<Int>, end: Int) -> Bool {
        var next = cue.upperBound
        while next < end, case let length = view.adverbLength(startingAt: next), length > 0 { next += length }
        return next < end && view.isSubjectPronoun(next)
    }

    /// The subject a cue without one of its own shares: after a conjunction, a contrast
    /// word or a comma ("… and said", "… but said", "…, arguing that"), the phrase that
    /// opens the sentence; after a
    /// relative pronoun ("X, who said"), its antecedent, and then the content ends at the
    /// next comma, which closes the relative clause.
    private func sharedSubject(of cue: Int, bounds: Range<Int>) -> (phrase: SpeakerPhraseFinder.Phrase, contentEnd: Int?)? {
        var index = cue - 1
        while index > bounds.lowerBound {
            let adverb = view.adverbLength(endingAt: index, notBefore: bounds.lowerBound)
            if adverb > 0 { index -= adverb; continue }
            if view.isClass(index, .auxiliary) { index -= 1; continue }
            break
        }
        guard index > bounds.lowerBound else { return nil }
        if view.isClass(index, .relative) {
            let antecedentEnd = view.isComma(index - 1) ? index - 1 : index
            guard antecedentEnd > bounds.lowerBound,
                  let antecedent = phrases.phrase(before: antecedentEnd, notBefore: bounds.lowerBound) else { return nil }
            let closing = (cue + 1..<bounds.upperBound).first { view.isComma($0) || view.isTerminal($0) }
            return (antecedent, closing)
        }
        // "… the “Golden Week,” saying that …": the comma may stand inside the quotation.
        let joint = view.tokens[index].kind == .quoteMark && index - 1 > bounds.lowerBound && view.isComma(index - 1) ? index - 1 : index
        guard view.isClass(joint, .conjunction) || view.isClass(joint, .contrast) || view.isComma(joint) else { return nil }
        if view.isComma(joint), let phrase = attributionSubject(beforeComma: joint, bounds: bounds) { return (phrase, nil) }
        // The subject is what stands before the first word that can be neither part of a
        // name nor a determiner, role or pronoun: the sentence's verb. A fronted adjunct
        // in commas ("After sweeping victories on Tuesday, Trump mocked …") is passed over.
        // Bounded, so that a long sentence of coordinated cues stays linear.
        let first = clauseStart(bounds, before: joint)
        let starts = [first] + (max(first, joint - 3 * phrases.maximumLength)..<joint).filter { view.isComma($0) }.map { $0 + 1 }
        for start in starts where start < joint && !phrases.startsAdjunct(start) {
            var verb = start
            while verb < joint {
                let token = view.tokens[verb]
                if view.isComma(verb) || view.isComplementizer(verb) { break }
                if token.kind == .word, !token.isCapitalized, !view.isDeterminer(verb), !phrases.isDescriptive(verb),
                   view.pronoun(verb) == nil, !view.isNamePart(verb) { break }
                verb += 1
            }
            guard verb > start, verb < joint else { continue }
            if let phrase = phrases.phrase(before: verb, notBefore: start) {
                return phrase.isNegated ? nil : (phrase, nil)
            }
        }
        return nil
    }

    /// "“…,” Manchin said, referring to …", "…, said Josh Earnest, the press secretary,
    /// echoing …": the subject of an attribution that ends right at `comma` — a cue with
    /// its subject before it and at most a short tail ("said on Monday", "told
    /// reporters"), or a cue after a comma or quotation mark with its subject (and
    /// apposition) after it. A cue after that comma shares it.
    func attributionSubject(beforeComma comma: Int, bounds: Range<Int>) -> SpeakerPhraseFinder.Phrase? {
        let lowest = max(bounds.lowerBound, comma - 3 * phrases.maximumLength)
        guard let (cueStart, length) = (lowest..<comma).reversed().lazy.compactMap({ index in view.cue(at: index).map { (index, $0.length) } }).first,
              cueStart + length <= comma else { return nil }
        let cueEnd = cueStart + length
        if let subject = phrases.phrase(before: cueStart, notBefore: bounds.lowerBound), (subject.apposition?.upperBound ?? cueStart) <= cueStart,
           !subject.isNegated, attributionTailEnd(from: cueEnd, end: comma) == comma {
            return subject
        }
        guard cueStart > bounds.lowerBound, view.isComma(cueStart - 1) || view.tokens[cueStart - 1].kind == .quoteMark,
              let subject = phrases.phrase(after: cueEnd, before: bounds.upperBound),
              max(subject.tokens.upperBound, subject.apposition?.upperBound ?? 0) == comma else { return nil }
        return subject
    }

    /// How far after the cue (and its subject or addressee) the comma of the comma frame
    /// may stand: "sagte vor der versammelten Presse schließlich nur, …".
    static let commaFrameReach = 9
}
