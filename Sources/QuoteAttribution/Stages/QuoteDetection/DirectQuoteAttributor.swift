/// Finds the attribution of text in quotation marks: after it ("…," she said / "…,"
/// said X), after a dash ("…" — Jane Doe), before it (X said: "…"), or in a colon
/// lead-in that ends the previous paragraph.
struct DirectQuoteAttributor {
    let view: LexicalView
    let phrases: SpeakerPhraseFinder
    let layer: TokenLayer

    struct Attribution: Hashable {
        var rule: QuoteRule
        var cue: Range<Int>
        var entry: CueEntry?
        var source: SpeakerPhraseFinder.Phrase?
        var addressee: Range<Int>?
        /// "«…», declaró a esta agencia": no subject in a null-subject language.
        var continuesPreviousSpeaker = false
    }

    func attribution(of quote: QuotedSpan) -> Attribution? {
        verbFinal(quote) ?? after(quote) ?? dash(quote) ?? before(quote) ?? speakerColon(quote) ?? colonLeadIn(quote)
            ?? subjectColon(quote)
    }

    /// "Thaksin begründete seinen Schritt mit den Worten: „…“", "lehnt er jedoch ab: „…“":
    /// a colon right before the quotation ends a clause with no cue the lexicon knows and
    /// no other quotation; the clause's subject, if it names a speaker, is the speaker.
    private func subjectColon(_ quote: QuotedSpan) -> Attribution? {
        let colon = quote.open - 1
        guard colon > 0, view.isColon(colon) else { return nil }
        let sentence = layer.sentences[layer.tokens[colon].sentence]
        let clause = sentence.tokens.lowerBound..<colon
        guard !clause.isEmpty, !clause.contains(where: { layer.tokens[$0].kind == .quoteMark || view.isColon($0) }),
              let subject = phrases.mainClauseSubject(in: clause) ?? subjectBeforeVerb(endingAt: colon, clause: clause),
              !subject.isNegated else { return nil }
        return Attribution(rule: .subjectColon, cue: colon..<(colon + 1), entry: nil, source: subject, addressee: nil)
    }

    /// "Hannity interjected: “…”", "17-year-old Jared Potts echoed: “…”": where the
    /// subject comes before the verb, a clause of a speaker phrase and one verb the
    /// lexicon does not know (a lower-case word of no class) before the colon.
    private func subjectBeforeVerb(endingAt colon: Int, clause: Range<Int>) -> SpeakerPhraseFinder.Phrase? {
        guard view.lexicon.wordOrder == .svo, view.lexicon.isCased, !view.lexicon.capitalizesNouns else { return nil }
        let verb = colon - 1
        let token = layer.tokens[verb]
        guard verb > clause.lowerBound, token.kind == .word, !token.isCapitalized, view.wordClass(verb) == nil,
              view.pronoun(verb) == nil, !phrases.isDescriptive(verb),
              let subject = phrases.phrase(before: verb, notBefore: clause.lowerBound),
              subject.tokens.lowerBound == clause.lowerBound, subject.tokens.upperBound == verb, subject.apposition == nil,
              subject.tokens.contains(where: { view.isNamePart($0) || view.pronoun($0) != nil || phrases.namesSomeone($0) })
        else { return nil }
        return subject
    }

    /// "BKA-Präsident Ziercke: „…“" / "Ein Beamter der Nationalpolizei: „…“": a colon, and
    /// before it, from the start of the sentence, nothing but a speaker phrase. Without a
    /// cue the phrase must hold no verb: only capitalised words, numbers, hyphens and
    /// words the lexicon knows as function words, roles, titles, organisations or places,
    /// and something that names someone. Not in the first paragraph: a headline's
    /// "La madre di una studentessa: “Giustizia a metà”" sums an article up.
    private func speakerColon(_ quote: QuotedSpan) -> Attribution? {
        let colon = quote.open - 1
        guard colon > 0, view.isColon(colon), layer.tokens[colon].paragraph > 0 else { return nil }
        let sentence = layer.sentences[layer.tokens[colon].sentence]
        let phrase = sentence.tokens.lowerBound..<colon
        guard !phrase.isEmpty, phrase.count <= phrases.maximumLength else { return nil }
        // "Erkki Tuomioja, Präsident des Rats der Europäischen Union: „…“": one comma
        // between a name and its role; the name is the speaker, the role its apposition.
        let commas = phrase.filter { view.isComma($0) }
        if commas.count == 1, let comma = commas.first, comma > phrase.lowerBound, comma + 1 < colon {
            let first = phrase.lowerBound..<comma, second = (comma + 1)..<colon
            guard first.allSatisfy(phrases.isLabelWord), second.allSatisfy(phrases.isLabelWord) else { return nil }
            let secondIsName = second.allSatisfy { view.isNamePart($0) && !phrases.isDescriptive($0) }
                && first.contains { view.lexicon.roles.contains(view.nounIDs[$0]) }
            let (name, role) = secondIsName ? (second, first) : (first, second)
            guard phrases.isPlausibleSpeaker(name) else { return nil }
            return Attribution(rule: .speakerColon, cue: colon..<(colon + 1), entry: nil,
                               source: SpeakerPhraseFinder.Phrase(tokens: name, apposition: role, isNegated: false), addressee: nil)
        }
        guard phrase.allSatisfy(phrases.isLabelWord), phrases.isPlausibleSpeaker(phrase) else { return nil }
        return Attribution(rule: .speakerColon, cue: colon..<(colon + 1), entry: nil,
                           source: SpeakerPhraseFinder.Phrase(tokens: phrase, apposition: nil, isNegated: false), addressee: nil)
    }

    /// Erdoğan, “…” dedi. / 林長官は「…」と述べた。: the speaker opens the sentence, the
    /// quotation follows, and a cue with the verb-final frame ends the clause.
    private func verbFinal(_ quote: QuotedSpan) -> Attribution? {
        guard let close = quote.close else { return nil }
        var index = close + 1
        guard index < layer.tokens.count, layer.tokens[index].paragraph == layer.tokens[close].paragraph else { return nil }
        if view.isComma(index) { index += 1 }
        let end = windowEnd(from: index)
        // A complementizer (と, diye) may stand between the quotation and the cue.
        if index < end, view.isComplementizer(index) { index += 1 }
        guard index < end, let (length, entry) = view.cue(at: index), entry.frames.contains(.before) else { return nil }
        let cue = index..<(index + length)
        // Only the end of the clause may follow the cue.
        guard cue.upperBound == end || cue.upperBound < layer.tokens.count && view.isTerminal(cue.upperBound) else { return nil }
        let sentence = layer.sentences[layer.tokens[quote.open].sentence]
        let previousMark = (sentence.tokens.lowerBound..<quote.open).last { layer.tokens[$0].kind == .quoteMark }
        let first = previousMark.map { $0 + 1 } ?? sentence.tokens.lowerBound
        var limit = quote.open
        while limit > first, view.isComma(limit - 1) || view.isColon(limit - 1) { limit -= 1 }
        guard first < limit, let subject = phrases.verbFinalSubject(from: first, before: limit) else {
            guard view.lexicon.hasNullSubjects, first == limit || previousMark != nil else { return nil }
            return Attribution(rule: .speakerQuoteCue, cue: cue, entry: entry, source: nil, addressee: nil,
                               continuesPreviousSpeaker: true)
        }
        return Attribution(rule: .speakerQuoteCue, cue: cue, entry: entry,
                           source: SpeakerPhraseFinder.Phrase(tokens: subject, apposition: nil, isNegated: false), addressee: nil)
    }

    /// The end of the attribution window after a position: the paragraph's end, the next
    /// quotation mark that does not enclose a short name, or sentence-final punctuation.
    private func windowEnd(from start: Int) -> Int {
        guard start < layer.tokens.count else { return start }
        let paragraphEnd = layer.paragraphs[layer.tokens[start].paragraph].tokens.upperBound
        var index = start
        while index < paragraphEnd && !endsSentence(index, before: paragraphEnd) {
            if layer.tokens[index].kind == .quoteMark {
                // A short quoted name is part of the attribution ("…“, schrieb „Die Zeit“.").
                guard let nameEnd = phrases.quotedNameEnd(openingAt: index, before: paragraphEnd) else { break }
                index = nameEnd
                continue
            }
            index += 1
        }
        return index
    }

    /// A terminal mark, unless it is a full stop the sentence goes on after (an
    /// abbreviation: "Rep. Earl Blumenauer (D-Ore.) said").
    private func endsSentence(_ index: Int, before paragraphEnd: Int) -> Bool {
        guard view.isTerminal(index) else { return false }
        return layer.tokens[index].mark != .fullStop || index + 1 >= paragraphEnd
            || layer.tokens[index + 1].sentence != layer.tokens[index].sentence
    }

    /// "…," said X. / "…," X said. / "…," X told reporters.
    private func after(_ quote: QuotedSpan) -> Attribution? {
        guard let close = quote.close else { return nil }
        // "Trump said the South has “treated me so well.” He touted …": a quotation that
        // opens inside running text and closes its sentence with a full stop is part of
        // that sentence; the cue after it starts another sentence and is not its own.
        let sentenceStart = layer.sentences[layer.tokens[quote.open].sentence].tokens.lowerBound
        if let last = quote.contentTokens.last, layer.tokens[last].mark == .fullStop,
           (sentenceStart..<quote.open).contains(where: { layer.tokens[$0].isWordLike }) { return nil }
        var start = close + 1
        guard start < layer.tokens.count, layer.tokens[start].paragraph == layer.tokens[close].paragraph else { return nil }
        if view.isComma(start) { start += 1 }
        // «…», — сказал он: a dash may stand between the quotation and its cue.
        if start + 1 < layer.tokens.count, layer.tokens[start].kind == .dash, view.cue(at: start + 1) != nil { start += 1 }
        let end = windowEnd(from: start)
        guard start < end else { return nil }
        if let (length, entry) = view.cue(at: start), entry.frames.contains(.after) || entry.frames.contains(.that) {
            let cue = start..<(start + length)
            // "«…»، مؤكدا أن …" / "…," adding that …: a cue followed by its own
            // complementizer or colon opens a statement of its own.
            if cue.upperBound < end, view.isComplementizer(cue.upperBound) || view.isColon(cue.upperBound) { return nil }
            guard let source = phrases.phrase(after: cue.upperBound, before: end) else {
                guard view.lexicon.hasNullSubjects else { return nil }
                return Attribution(rule: .quoteThenCue, cue: cue, entry: entry, source: nil, addressee: nil, continuesPreviousSpeaker: true)
            }
            // "“…,” said the candidate could win": a verb after the phrase makes it the
            // subject of a clause of its own, not the speaker of the quotation.
            let rest = max(source.tokens.upperBound, source.apposition?.upperBound ?? 0)
            // The cue's own particle is no such verb ("„…“, fügte Brown hinzu").
            if rest < end, view.isClass(rest, .auxiliary), view.particle(of: entry, from: cue.upperBound)?.lowerBound != rest { return nil }
            return Attribution(rule: .quoteThenCue, cue: cue, entry: entry, source: source, addressee: nil)
        }
        var index = start + 1
        while index < end && index - start <= phrases.maximumLength + 4 {
            if let (length, entry) = view.cue(at: index), !layer.tokens[index].isCapitalized || index > start {
                let cue = index..<(index + length)
                // The phrase fills the gap from the quote to the cue, or follows an
                // auxiliary joined to it by hyphens ("», a-t-il ajouté").
                // An auxiliary may open the gap ("„…“, wird Panetta zitiert").
                guard let source = phrases.phrase(before: index, notBefore: start), !source.isNegated,
                      source.tokens.lowerBound == start
                        || (start + 1...source.tokens.lowerBound).allSatisfy({ !layer.tokens[$0].spaceBefore })
                        || (start..<source.tokens.lowerBound).allSatisfy({ view.isClass($0, .auxiliary) })
                else { return nil }
                var addressee: Range<Int>?
                if entry.frames.contains(.addressee), cue.upperBound < end, layer.tokens[cue.upperBound].isWordLike,
                   view.wordClass(cue.upperBound) != .preposition {
                    var objectEnd = cue.upperBound
                    // "“…,” the spokeswoman told POLITICO that Gore …": the addressee ends
                    // before a complementizer, which opens the cue's own content.
                    while objectEnd < end && layer.tokens[objectEnd].isWordLike && view.wordClass(objectEnd) != .preposition
                        && !view.isComplementizer(objectEnd) && objectEnd - cue.upperBound < 6 { objectEnd += 1 }
                    addressee = cue.upperBound..<objectEnd
                }
                if opensOwnContent(at: addressee?.upperBound ?? cue.upperBound, end: end, entry: entry) { return nil }
                return Attribution(rule: .quoteThenCue, cue: cue, entry: entry, source: source, addressee: addressee)
            }
            index += 1
        }
        return nil
    }

    /// "“Hannity,” Newt Gingrich said the party would win": a clause after the cue, with
    /// a complementizer or opening with a pronoun, a determiner or a name ("On “Sunday
    /// Morning Futures,” Rep. Issa said Democratic candidate Clinton …"), is what the cue
    /// introduces; the quotation before it is not.
    private func opensOwnContent(at position: Int, end: Int, entry: CueEntry) -> Bool {
        guard position < end else { return false }
        if entry.frames.contains(.that), view.isComplementizer(position) { return true }
        // "»…« Er forderte eine Schlichtung.": a cue that attributes its own clause, with
        // an object after it, makes a statement of its own.
        if entry.frames.contains(.clause), layer.tokens[position].isWordLike, !phrases.startsAdjunct(position) { return true }
        guard entry.frames.contains(.bare), end - position >= 3 else { return false }
        return view.pronoun(position) != nil || view.isDeterminer(position)
            || view.isNamePart(position) && !phrases.startsAdjunct(position)
                && !(position..<min(end, position + 3)).contains { view.isComma($0) || view.isTerminal($0) }
    }

    /// "…" — Commissioner Jane Doe. The quotation stands on its own: one that opens
    /// inside running text ("the ad shows the mayor “walking the dog at dawn” — a grey
    /// coat, old boots") is a fragment the dash goes on to explain, not a signed quotation.
    private func dash(_ quote: QuotedSpan) -> Attribution? {
        guard let close = quote.close else { return nil }
        let sentenceStart = layer.sentences[layer.tokens[quote.open].sentence].tokens.lowerBound
        guard !(sentenceStart..<quote.open).contains(where: { layer.tokens[$0].isWordLike }) else { return nil }
        var index = close + 1
        if index < layer.tokens.count, view.isComma(index) { index += 1 }
        guard index < layer.tokens.count, layer.tokens[index].kind == .dash || layer.tokens[index].mark == .hyphen,
              layer.tokens[index].paragraph == layer.tokens[close].paragraph else { return nil }
        let paragraphEnd = layer.paragraphs[layer.tokens[index].paragraph].tokens.upperBound
        var end = index + 1
        while end < paragraphEnd && !view.isTerminal(end) && layer.tokens[end].kind != .quoteMark { end += 1 }
        guard end - index - 1 >= 1, end - index - 1 <= 12 else { return nil }
        let phrase = (index + 1)..<end
        guard phrases.isPlausibleSpeaker(phrase) else { return nil }
        // "— Commissioner Jane Doe, head of …": keep the name and put the rest in apposition.
        let comma = phrase.first { view.isComma($0) }
        let source = SpeakerPhraseFinder.Phrase(
            tokens: phrase.lowerBound..<(comma ?? phrase.upperBound),
            apposition: comma.map { ($0 + 1)..<phrase.upperBound }, isNegated: false)
        return Attribution(rule: .quoteThenDash, cue: index..<(index + 1), entry: nil, source: source, addressee: nil)
    }

    /// X said: "…" / X said, "…" / X told reporters: "…" (also the second half of a
    /// split quote: "…," X said, "…").
    private func before(_ quote: QuotedSpan) -> Attribution? {
        let open = quote.open
        // "said “most people in politics” can't be trusted", "vowed to “take our fight” to
        // the states": a clause that goes on after the quotation is the cue's content, and
        // the quotation a fragment of it (a mixed statement of the reported clause).
        // (A conjunction after it joins another clause: "ha detto di “…” e ha assicurato".)
        if let close = quote.close, close + 1 < layer.tokens.count, layer.tokens[close + 1].kind == .word, !layer.tokens[close + 1].isCapitalized,
           layer.tokens[close + 1].sentence == layer.tokens[close].sentence,
           !view.isClass(close + 1, .conjunction), !view.isClass(close + 1, .contrast) { return nil }
        let paragraphStart = layer.paragraphs[layer.tokens[open].paragraph].tokens.lowerBound
        var index = open - 1
        guard index >= paragraphStart else { return nil }
        if view.isColon(index) || view.isComma(index) { index -= 1 }
        // The cue right before the quote, or with only an addressee between ("told
        // reporters: …"); "X said it was “disappointed”" is a mixed quote, not this.
        // Verb-initial languages put the speaker between the cue and the colon ("وقال
        // وزير الخارجية الروسي سيرغي لافروف: «…»"), so the cue may stand further back.
        // Verb-second languages do after a fronted adjunct ("Zum Rücktritt sagte der
        // Kardinal Angelo Sodano: „…“").
        let isVerbInitial = view.lexicon.wordOrder == .vso
        let lowest = max(paragraphStart, index - (isVerbInitial || view.lexicon.isVerbSecond ? phrases.maximumLength : 4))
        while index >= lowest {
            if layer.tokens[index].kind == .quoteMark || view.isTerminal(index) { return nil }
            if let (length, entry) = view.cue(at: index), index + length <= open,
               entry.frames.contains(.colon) || entry.frames.contains(.bare) || entry.frames.contains(.after) {
                let cue = index..<(index + length)
                var between = Array(cue.upperBound..<open)
                if let last = between.last, view.isColon(last) || view.isComma(last) { between.removeLast() }
                // "teilte mit: „…“": a separable verb's particle is part of the cue.
                if let particle = view.particle(of: entry, from: cue.upperBound), particle.upperBound == (between.last.map { $0 + 1 } ?? -1) {
                    between.removeLast(particle.count)
                }
                // "meldete sich mit den Worten: „…“": a reflexive and adverbs after the cue
                // are no addressee.
                while let first = between.first {
                    let adverb = view.adverbLength(startingAt: first)
                    if adverb > 0, adverb <= between.count { between.removeFirst(adverb); continue }
                    if view.isClass(first, .reflexive) { between.removeFirst(); continue }
                    break
                }
                // The phrase may leave an adjunct before the colon ("… نبيل الشابي عقب المباراة:").
                // A colon or comma must introduce the quotation ("… في بنك «إتش سي» رنا فؤاد
                // إن" quotes a name inside the speaker phrase).
                let introduced = view.isColon(open - 1) || view.isComma(open - 1)
                if isVerbInitial, introduced, !between.isEmpty, let first = between.first, let last = between.last,
                   let source = phrases.phrase(after: first, before: last + 1),
                   isAdjunct((source.apposition?.upperBound ?? source.tokens.upperBound)..<(last + 1)) {
                    return Attribution(rule: .cueThenQuote, cue: cue, entry: entry, source: source, addressee: nil)
                }
                // The phrase may start after an earlier closing quote ("…," X said, "…"),
                // not after a quoted name ("wird von der „Netzeitung“ zitiert").
                let previousMark = previousQuotationMark(before: index, notBefore: paragraphStart)
                // The cue's sentence bounds the phrase too: a fronted adjunct is told by
                // where its clause starts ("… Verbot. Im Deutschlandfunk sagte sie: „…“").
                let floor = max(previousMark.map { $0 + 1 } ?? paragraphStart, layer.sentences[layer.tokens[index].sentence].tokens.lowerBound)
                // A pronoun that is only ever a subject right after the cue makes what
                // stands before it fronted ("Die Arbeit lobte er mit den Worten: „…“").
                if view.lexicon.isVerbSecond, introduced, let first = between.first, let last = between.last,
                   view.isSubjectPronoun(first) || phrases.frontsAdjunct(phrases.phrase(before: index, notBefore: floor), clauseStart: floor),
                   let source = phrases.phrase(after: first, before: last + 1),
                   isAdjunct((source.apposition?.upperBound ?? source.tokens.upperBound)..<(last + 1)) {
                    return Attribution(rule: .cueThenQuote, cue: cue, entry: entry, source: source, addressee: nil)
                }
                // "subrayó que Marruecos «…»" is reported speech with a quoted fragment.
                guard between.isEmpty || (entry.frames.contains(.addressee)
                    && between.allSatisfy({ layer.tokens[$0].isWordLike && !view.isComplementizer($0) })) else { return nil }
                let source = phrases.phrase(before: index, notBefore: floor) ?? phrases.phrase(after: cue.upperBound, before: open)
                let addressee = between.isEmpty ? nil : between[0]..<(between[between.count - 1] + 1)
                guard let source else {
                    // "…, pero advirtió: «…»" in a language that drops subjects.
                    guard view.lexicon.hasNullSubjects else { return nil }
                    return Attribution(rule: .cueThenQuote, cue: cue, entry: entry, source: nil, addressee: addressee,
                                       continuesPreviousSpeaker: true)
                }
                guard !source.isNegated else { return nil }
                return Attribution(rule: .cueThenQuote, cue: cue, entry: entry, source: source, addressee: addressee)
            }
            index -= 1
        }
        return nil
    }

    /// The last quotation mark before `index` that does not belong to a short quoted name.
    private func previousQuotationMark(before index: Int, notBefore lowest: Int) -> Int? {
        var position = index - 1
        while position >= lowest {
            if let open = phrases.quotedNameStart(closingAt: position, notBefore: lowest) { position = open - 1; continue }
            if layer.tokens[position].kind == .quoteMark { return position }
            position -= 1
        }
        return nil
    }

    /// Nothing, or an adjunct that starts with a preposition or a sentence adverb and
    /// holds no complementizer ("عقب المباراة", not "إن معدلات التضخم").
    private func isAdjunct(_ range: Range<Int>) -> Bool {
        guard let first = range.first else { return true }
        return phrases.startsAdjunct(first) && !range.contains { view.isComplementizer($0) }
    }

    /// A quote that is a whole paragraph after a paragraph ending "…, X said:".
    private func colonLeadIn(_ quote: QuotedSpan) -> Attribution? {
        let paragraph = layer.tokens[quote.open].paragraph
        guard paragraph > 0, layer.paragraphs[paragraph].tokens.lowerBound == quote.open else { return nil }
        let previous = layer.paragraphs[paragraph - 1]
        guard let last = previous.tokens.last, view.isColon(last) else { return nil }
        let sentence = layer.sentences[layer.tokens[last].sentence]
        var index = last - 1
        while index >= sentence.tokens.lowerBound && last - index <= 8 {
            if let (length, entry) = view.cue(at: index), entry.frames.contains(.colon) || entry.frames.contains(.after) {
                let cue = index..<(index + length)
                let source = phrases.phrase(before: index, notBefore: sentence.tokens.lowerBound)
                    ?? phrases.phrase(after: cue.upperBound, before: last)
                guard let source, !source.isNegated else { return nil }
                return Attribution(rule: .colonLeadIn, cue: cue, entry: entry, source: source, addressee: nil)
            }
            index -= 1
        }
        return nil
    }
}
