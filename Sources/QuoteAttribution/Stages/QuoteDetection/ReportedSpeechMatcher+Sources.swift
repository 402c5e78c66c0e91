/// Source frames: "according to X, …", "…, according to X", postposed sources ("X'e
/// göre"), and sources inside a clause where nouns are capitalised ("Laut Deutschem
/// Wetterdienst fielen …").
extension ReportedSpeechMatcher {
    /// "Bakanlığa göre, …" / "外務省によると、…": the source stands before the cue at the
    /// start of the sentence, the content follows.
    func postposedSourceFrame(cue: Range<Int>, entry: CueEntry, bounds: Range<Int>, end: Int) -> Match? {
        let first = clauseStart(bounds, before: cue.lowerBound)
        // "Es handele sich ersten Angaben zufolge um …": where nouns are capitalised, the
        // source is the noun phrase just before the cue, and a clause around it is the
        // content.
        if view.lexicon.capitalizesNouns, let phrase = nounPhrase(endingBefore: cue.lowerBound, notBefore: first),
           phrase.lowerBound > first {
            guard end - cue.upperBound >= 1, phrases.isPlausibleSpeaker(phrase) else { return nil }
            return Match(frame: .sourceAfter, cue: cue, entry: entry, content: bounds.lowerBound..<end,
                         source: SpeakerPhraseFinder.Phrase(tokens: phrase, apposition: nil, isNegated: false), addressee: nil)
        }
        let source = first..<cue.lowerBound
        guard !source.isEmpty, source.count <= phrases.maximumLength, phrases.isPlausibleSpeaker(source),
              !source.contains(where: { view.isComma($0) || view.isTerminal($0) }) else { return nil }
        var position = cue.upperBound
        while position < end, view.isComma(position) { position += 1 }
        guard end - position >= 3 else { return nil }
        return Match(frame: .sourceAfter, cue: cue, entry: entry, content: position..<end,
                     source: SpeakerPhraseFinder.Phrase(tokens: source, apposition: nil, isNegated: false), addressee: nil)
    }

    /// "Sanders seemed to reap the benefits", "the bill is expected to pass": the clause
    /// around the cue, from its subject to the next comma or the sentence end. The
    /// subject is the source when it can be a speaker (PolNeAR names "Cruz" in "Cruz
    /// seemed to suggest …"); "the bill" is not one, and the clause has no source. The
    /// cue needs a subject before it and words after it.
    func clauseFrame(cue: Range<Int>, entry: CueEntry, bounds: Range<Int>, end: Int) -> Match? {
        let first = clauseStart(bounds, before: cue.lowerBound)
        guard first < cue.lowerBound, cue.upperBound < end,
              !(first..<cue.lowerBound).contains(where: { view.isTerminal($0) || view.isColon($0) }) else { return nil }
        // A fronted adjunct in commas ("By then, Sanders seemed …") is left out.
        // After an apposition ("Clinton, the nominee, is expected to …") the clause start stays.
        var start = (first..<cue.lowerBound).last(where: { view.isComma($0) }).map { $0 + 1 } ?? first
        if start >= cue.lowerBound { start = first }
        let stop = (cue.upperBound..<end).first { view.isComma($0) || view.isColon($0) || view.tokens[$0].kind == .dash } ?? end
        guard start < cue.lowerBound, stop > cue.upperBound,
              (cue.upperBound..<stop).contains(where: { view.tokens[$0].isWordLike }) else { return nil }
        // Someone, not a thing: a name, a pronoun, a role, an organisation.
        let source = phrases.phrase(before: cue.lowerBound, notBefore: start).flatMap { phrase in
            phrase.tokens.contains { view.isNamePart($0) && view.wordClass($0) == nil || view.pronoun($0) != nil || phrases.namesSomeone($0) } ? phrase : nil
        }
        return Match(frame: .clause, cue: cue, entry: entry, content: start..<stop, source: source, addressee: nil)
    }

    /// The clause frame where the finite verb comes second: the cue attributes its whole
    /// main clause, fronted adjunct, middle field and closing particle included ("Die
    /// Polizei sprach von einer friedlichen Demonstration.", "Zudem regte ein Sprecher
    /// die Einberufung eines Gipfels an."). The subject stands before the cue, with its
    /// apposition or relative clause in commas ("Gutachter, die die Maschine untersuchten,
    /// gehen von einem Totalschaden aus"), or, after a fronted adjunct or a fronted
    /// subordinate clause ("Während …, sprach die Agentur von …"), right after the cue;
    /// the clause then starts at the cue. A subject that can be a speaker is required:
    /// without one the verb says nothing about speech ("Der Preis nennt …"). The clause
    /// runs to the end of the sentence, or to a comma or conjunction that opens another
    /// cue's clause ("…, sagte er", "… und erklärte, …"). A cue inside a subordinate or
    /// relative clause (a comma between the clause start and its subject) is no main
    /// clause's verb.
    func verbSecondClauseFrame(cue: Range<Int>, entry: CueEntry, bounds: Range<Int>, end: Int) -> Match? {
        let first = clauseStart(bounds, before: cue.lowerBound)
        guard bounds.lowerBound < cue.lowerBound, first <= cue.lowerBound, cue.upperBound < end,
              // (A full stop inside the sentence is an ordinal's or an abbreviation's.)
              !(bounds.lowerBound..<cue.lowerBound).contains(where: { view.isColon($0) || view.tokens[$0].kind == .quoteMark }) else { return nil }
        // The clause starts with the sentence, connectives and adjuncts included ("Zudem
        // regte …").
        var start = bounds.lowerBound
        let source: SpeakerPhraseFinder.Phrase
        if !subjectPronounFollows(cue, end: end), let subject = phrases.phrase(before: cue.lowerBound, notBefore: first, acrossBrackets: false),
           !phrases.frontsAdjunct(subject, clauseStart: first) {
            guard !subject.isNegated, !(first..<subject.tokens.lowerBound).contains(where: { view.isComma($0) }) else { return nil }
            source = subject
        } else {
            var subjectStart = cue.upperBound
            while subjectStart < end, case let length = view.adverbLength(startingAt: subjectStart), length > 0 { subjectStart += length }
            guard var subject = phrases.phrase(after: subjectStart, before: end) else { return nil }
            subject.apposition = nil
            source = subject
            if view.isComma(cue.lowerBound - 1) {
                start = cue.lowerBound
            } else if (first..<cue.lowerBound).contains(where: { view.isComma($0) }) {
                return nil
            }
        }
        var stop = end
        var index = max(cue.upperBound, source.tokens.upperBound)
        while index < end {
            if view.isColon(index) || view.isTerminal(index) && view.tokens[index].mark != .fullStop { stop = index; break }
            if view.isComma(index) || view.isClass(index, .conjunction) || view.isClass(index, .contrast) {
                var next = index + 1
                while next < end, view.isComma(next) || view.isClass(next, .conjunction) || view.isClass(next, .contrast) { next += 1 }
                next += next < end ? view.adverbLength(startingAt: next) : 0
                if next < end, view.cue(at: next) != nil { stop = index; break }
            }
            index += 1
        }
        // The subject after the cue may run on into the object (nothing marks case), so
        // only two words after the cue are asked for.
        guard stop > cue.upperBound, (cue.upperBound..<stop).filter({ view.tokens[$0].isWordLike }).count >= 2,
              // "Er bezeichnete die Pläne als „Wortbruch“": a clause that quotes is the
              // quotation's statement where the cue takes a bare object (a mixed statement
              // otherwise: "forderte die Aushändigung der „Krone Montezumas“").
              !entry.frames.contains(.bare) || !(start..<stop).contains(where: { view.tokens[$0].kind == .quoteMark }) else { return nil }
        return Match(frame: .clause, cue: cue, entry: entry, content: start..<stop, source: source, addressee: nil)
    }

    /// The noun phrase that ends right before `end` in a language that capitalises
    /// nouns: capitalised words, with the determiners and lower-case adjectives before
    /// them ("ersten Angaben", "dem Bericht der Polizei").
    private func nounPhrase(endingBefore end: Int, notBefore lowest: Int) -> Range<Int>? {
        var start = end
        while start > lowest, end - start < phrases.maximumLength {
            let index = start - 1
            let token = view.tokens[index]
            guard token.kind == .word else { break }
            if token.isCapitalized || view.isDeterminer(index) || view.isClass(index, .preposition) && start < end {
                start = index
                continue
            }
            // A lower-case adjective stands before a noun ("ersten Angaben").
            if view.wordClass(index) == nil, start < end, view.tokens[start].isCapitalized {
                start = index
                continue
            }
            break
        }
        // The phrase starts with its determiner or first noun, not with a preposition.
        while start < end, view.isClass(start, .preposition) { start += 1 }
        return start < end ? start..<end : nil
    }

    /// "according to X, …" and "…, according to X".
    func sourceFrame(cue: Range<Int>, entry: CueEntry, bounds: Range<Int>, end: Int) -> Match? {
        if clauseStart(bounds, before: cue.lowerBound) == cue.lowerBound {
            if view.lexicon.capitalizesNouns, let source = capitalizedNounSource(after: cue, end: end), end - source.upperBound >= 2 {
                return Match(frame: .source, cue: cue, entry: entry, content: source.upperBound..<end,
                             source: SpeakerPhraseFinder.Phrase(tokens: source, apposition: nil, isNegated: false), addressee: nil)
            }
            // "Nach ersten Angaben sind alle 17 Personen …": a cue that ends in its own
            // source noun, with the verb right after it, is its own source.
            if view.lexicon.capitalizesNouns, cue.count >= 2, view.tokens[cue.upperBound - 1].isCapitalized,
               cue.upperBound < end, !view.tokens[cue.upperBound].isCapitalized, !view.isComma(cue.upperBound),
               view.tokens[cue.upperBound].isWordLike, end - cue.upperBound >= 2 {
                return Match(frame: .source, cue: cue, entry: entry, content: cue.upperBound..<end,
                             source: SpeakerPhraseFinder.Phrase(tokens: (cue.lowerBound + 1)..<cue.upperBound, apposition: nil, isNegated: false),
                             addressee: nil)
            }
            guard var source = phrases.phrase(after: cue.upperBound, before: end, anyNounPhrase: true) else { return nil }
            // "Según la declaración conjunta, los dos países …": what follows the comma is
            // the content, even when it looks like an apposition.
            var position = source.tokens.upperBound
            if !(position < end && view.isComma(position)) { position = source.apposition?.upperBound ?? position }
            // "ووفقا لبيانات الجهاز المركزي للتعبئة العامة، …": the source phrase stopped at an
            // adjunct-looking word; at the start of a sentence it runs to the comma.
            if !(position < end && view.isComma(position)),
               let comma = (position..<min(end, position + 8)).first(where: { view.isComma($0) }),
               // "According to F.A.A. records, …", "According to the officer in charge that
               // night, …": a full stop inside the sentence is an abbreviation's, and a
               // complementizer that is also a determiner may be one.
               !(position..<comma).contains(where: { view.cue(at: $0) != nil || view.isComplementizer($0) && !view.isDeterminer($0)
                   || view.tokens[$0].kind == .quoteMark || view.isTerminal($0) && view.tokens[$0].mark != .fullStop }) {
                source = SpeakerPhraseFinder.Phrase(tokens: cue.upperBound..<comma, apposition: nil, isNegated: false)
                position = comma
            }
            guard position < end, view.isComma(position) else { return nil }
            position += 1
            guard end - position >= 3 else { return nil }
            // "In the poll, 26% say they are conservative": a source known only by its noun
            // ("in") yields to a cue of its own in the clause after it.
            if entry.frames.contains(.sourceNoun), !view.lexicon.capitalizesNouns,
               (position..<end).contains(where: { view.cue(at: $0) != nil }) { return nil }
            return Match(frame: .source, cue: cue, entry: entry, content: position..<end, source: source, addressee: nil)
        }
        // "Ein Tatverdacht bestehe nach Angaben der Bundesanwaltschaft nicht mehr": inside
        // a clause, the source phrase is an adjunct and the whole clause is the content.
        // When the phrase cannot be delimited that way (a comma inside it: "laut einem Test
        // des Magazins „auto, motor und sport“"), it is the phrase after the cue.
        if view.lexicon.capitalizesNouns, !view.isComma(cue.lowerBound - 1) {
            let inside = capitalizedNounSource(after: cue, end: end)
            if let inside, inside.upperBound < end {
                return Match(frame: .source, cue: cue, entry: entry, content: bounds.lowerBound..<end,
                             source: SpeakerPhraseFinder.Phrase(tokens: inside, apposition: nil, isNegated: false), addressee: nil)
            }
            if inside == nil, let source = phrases.phrase(after: cue.upperBound, before: end), source.tokens.upperBound < end {
                return Match(frame: .source, cue: cue, entry: entry, content: bounds.lowerBound..<end, source: source, addressee: nil)
            }
        }
        guard let source = phrases.phrase(after: cue.upperBound, before: end, anyNounPhrase: true) else { return nil }
        let contentEnd = view.isComma(cue.lowerBound - 1) ? cue.lowerBound - 1 : cue.lowerBound
        let sourceEnd = max(source.tokens.upperBound, source.apposition?.upperBound ?? 0)
        // "كما أثبتت التحاليل حسب البلاغ أن …": inside the clause, with no comma before it
        // and the clause going on after it, the source is an aside; the whole sentence is
        // the content.
        if !view.isComma(cue.lowerBound - 1), sourceEnd < end, !view.isComma(sourceEnd), end - sourceEnd >= 3,
           view.tokens[sourceEnd].isWordLike, view.cue(at: sourceEnd) == nil {
            return Match(frame: .source, cue: cue, entry: entry, content: bounds.lowerBound..<end, source: source, addressee: nil)
        }
        // "One of the decisions, according to a person close to it, is to …" / "Now,
        // according to the poll, some are swinging": a source in commas inside the
        // sentence is an aside; the whole sentence is the content.
        if view.isComma(cue.lowerBound - 1), sourceEnd < end, view.isComma(sourceEnd), end - sourceEnd - 1 >= 3,
           view.tokens[sourceEnd + 1].isWordLike, !view.isComplementizer(sourceEnd + 1) {
            return Match(frame: .source, cue: cue, entry: entry, content: bounds.lowerBound..<end, source: source, addressee: nil)
        }
        guard contentEnd - bounds.lowerBound >= 3 else { return nil }
        return Match(frame: .source, cue: cue, entry: entry, content: bounds.lowerBound..<contentEnd, source: source, addressee: nil)
    }

    /// "Laut Deutschem Wetterdienst fielen … / Nach Angaben der Polizei wurde …": where
    /// nouns are capitalised, the source phrase ends at the first lower-case word that is
    /// neither a function word nor an adjective before a noun: the finite verb. A quoted
    /// name is stepped over ("Laut „Reuters“ zeichnet …"); the first word may be lower
    /// case ("laut faz.net"). Nil when a comma comes first: the ordinary frames handle it.
    private func capitalizedNounSource(after cue: Range<Int>, end: Int) -> Range<Int>? {
        var index = cue.upperBound
        while index < end {
            let token = view.tokens[index]
            if view.isComma(index) { return nil }
            if token.kind == .quoteMark, index == cue.upperBound || view.tokens[index].spaceBefore,
               let close = ((index + 1)..<min(end, index + 8)).first(where: { view.tokens[$0].kind == .quoteMark }) {
                guard !((index + 1)..<close).contains(where: view.isComma) else { return nil }
                index = close + 1
                continue
            }
            // "Reuters 900 Menschen": a number after the name starts the clause's own words.
            if token.kind == .number, index > cue.upperBound, view.tokens[index - 1].isCapitalized { break }
            // The first word may be lower case ("laut faz.net"), unless it is an auxiliary:
            // "Nach ersten Angaben sind …" has no source after the cue.
            if index == cue.upperBound, token.kind == .word, !token.isCapitalized, view.wordClass(index) == .auxiliary { break }
            if token.kind == .word, !token.isCapitalized, index > cue.upperBound {
                let wordClass = view.wordClass(index)
                // An adverb ("auch") belongs to the clause, not to the source.
                if wordClass == .auxiliary || wordClass == .adverb { break }
                // A determiner after a noun that cannot open its attribute opens the clause's
                // own words ("laut ai-Bericht eine hohe Dunkelziffer", "nach Zeugenaussagen
                // die Tat"), one that can continues it ("nach Angaben der Polizei").
                if view.tokens[index - 1].isCapitalized, view.opensNewPhraseAfterNoun(index) { break }
                // A conjunction joins two sources ("Polizei und Feuerwehr"), not a noun of
                // saying and what follows it ("laut Berichten als Wunschkandidat").
                if view.isClass(index, .conjunction) {
                    let joinsNouns = index + 1 < end && view.tokens[index + 1].isCapitalized && !view.isNounOfSaying(index - 1)
                    if joinsNouns { index += 1; continue }
                    break
                }
                // After a noun that is no document, a lower-case word starts the clause's
                // own words ("laut BBC britische Staatsbürger"); after a document or noun
                // of saying it may open a genitive ("Angaben französischer Behörden").
                if view.tokens[index - 1].isCapitalized, !view.isNounOfSaying(index - 1), wordClass != .determiner, wordClass != .preposition {
                    break
                }
                // A preposition before a lower-case word starts an adjunct of the clause
                // ("nach Angaben der Polizei zu kleineren Rangeleien"); before a noun it
                // belongs to the source when it follows a document or the cue's own noun
                // ("Angaben von Augenzeugen", "einem Bericht aus Kiew"), not after a name
                // ("laut Schnappauf aus Sicherheitsgründen").
                if wordClass == .preposition, !(index + 1 < end && view.tokens[index + 1].isCapitalized)
                    || index - 1 >= cue.upperBound && !view.lexicon.documents.contains(view.nounIDs[index - 1]) { break }
                let beforeNoun = index + 1 < end && view.tokens[index + 1].isCapitalized
                if wordClass == nil && !beforeNoun { break }
            }
            index += 1
        }
        let source = cue.upperBound..<index
        guard !source.isEmpty, source.count <= phrases.maximumLength, phrases.isPlausibleSpeaker(source) else { return nil }
        return source
    }

    /// The speaker inside a source phrase: "Das Unternehmen hat nach eigenen Angaben …" /
    /// "Nach eigenen Angaben hat das Unternehmen …": a source opened by a reflexive
    /// possessive is the clause's subject. "nach Angaben der Bahn", "nach Berechnungen
    /// von Experten": after a noun of saying, its attribute is the speaker ("nach
    /// israelischen Angaben" has none and stays whole).
    func sourceHolderResolved(_ match: Match, bounds: Range<Int>) -> Match {
        guard let source = match.source else { return match }
        var resolved = match
        if view.isClass(source.tokens.lowerBound, .reflexive) {
            resolved.source = phrases.mainClauseSubject(in: bounds, requiringSpeaker: false)
            return resolved
        }
        guard let noun = source.tokens.first(where: { view.tokens[$0].isCapitalized }),
              view.lexicon.endsInSourceNoun(view.words[noun]), noun + 1 < source.tokens.upperBound else { return match }
        var holder = noun + 1
        if view.isClass(holder, .preposition), holder + 1 < source.tokens.upperBound { holder += 1 }
        // The attribute opens with a determiner ("der Bahn"), a name ("Ibrahims"), or
        // after a preposition with anything ("von Augenzeugen", "von ai").
        guard view.isDeterminer(holder) || view.tokens[holder].isCapitalized || holder > noun + 1 else { return match }
        resolved.source?.tokens = holder..<source.tokens.upperBound
        return resolved
    }

    /// "Die Wahlbeteiligung lag bei 70 Prozent, wie der Verband am Montag bekannt gab.",
    /// "…, as the senator has said.": a clause opened by a comparative after a comma, with
    /// the subject and the cue (in whatever form, verb-final included) and nothing after
    /// them but a short adjunct ("as he said on Monday") and the sentence's end,
    /// attributes what stands before the comma. Fronted ("Wie die Polizei mitteilte,
    /// wurde …", "As the Post reported, Republicans control …"), the clause opens the
    /// sentence (after connectives only) and attributes what follows its comma.
    /// The cue must report a claim (a that-frame: "as the crowd applauded", "as Bush
    /// continued" tell when, not who said what) and stand without its complementizer
    /// (another frame: "As a general rule, …" has a noun, "rule" takes only "that").
    func comparativeClauseFrame(cue: Range<Int>, entry: CueEntry, bounds: Range<Int>, end: Int) -> Match? {
        guard entry.frames.contains(.that), !entry.frames.isDisjoint(with: [.after, .comma, .colon, .object]) else { return nil }
        let reach = max(bounds.lowerBound, cue.lowerBound - phrases.maximumLength - 2)
        // Not the first word of a longer conjunction ("as if", "as though").
        guard let opener = (reach..<cue.lowerBound).last(where: { view.wordClass($0) == .comparative }),
              view.lexicon.functionWords.longestMatch(in: view.ids, at: opener)?.length == 1,
              !((opener + 1)..<cue.lowerBound).contains(where: { view.isComma($0) || view.tokens[$0].kind == .quoteMark }) else { return nil }
        // Only connectives before it ("Indeed, as …"): the clause is fronted.
        let fronted = clauseStart(bounds, before: opener) >= opener
        let trails = !fronted && view.isComma(opener - 1)
        guard trails || fronted else { return nil }
        var after = cue.upperBound
        if let particle = view.particle(of: entry, from: after) { after = particle.upperBound }
        guard let tail = attributionTailEnd(from: after, end: end), trails ? tail >= end : tail < end else { return nil }
        // The subject opens the clause and ends before its adjuncts ("wie die Polizei am
        // Montag mitteilte"); outside verb-second languages it stands right before the cue
        // and its auxiliaries ("as the senator has often said").
        let subject = view.lexicon.isVerbSecond
            ? phrases.middleFieldSubject(from: opener + 1, before: cue.lowerBound) ?? phrases.phrase(before: cue.lowerBound, notBefore: opener + 1)
            : phrases.phrase(before: cue.lowerBound, notBefore: opener + 1)
        guard let subject, !subject.isNegated, !phrases.startsAdjunct(opener + 1),
              !view.isDeterminer(subject.tokens.upperBound - 1), !view.isClass(subject.tokens.upperBound - 1, .preposition) else { return nil }
        let content = trails ? bounds.lowerBound..<(opener - 1) : (tail + 1)..<end
        guard content.count >= 3 else { return nil }
        // Fronted, the clause stands where the comma frame's cue does: before its comma.
        return Match(frame: trails ? .after : .comma, cue: cue, entry: entry, content: content, source: subject, addressee: nil)
    }
}
