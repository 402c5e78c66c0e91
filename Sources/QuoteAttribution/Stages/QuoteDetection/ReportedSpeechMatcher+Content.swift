/// What a cue reports once its frame is known: the content after it ("that …", ": …",
/// a bare clause), the addressee or adjunct that may stand between ("told reporters
/// that", "said in a statement that"), and the complementizer that opens it.
extension ReportedSpeechMatcher {
    /// The content after a cue: "that …", ": …" or a bare clause, with an addressee or
    /// adjunct before it ("told reporters that", "said in a statement that"). `from` is
    /// where to look, when a subject stands between the cue and its content.
    func contentAfter(cue: Range<Int>, entry: CueEntry, from start: Int? = nil, end: Int, source: SpeakerPhraseFinder.Phrase?) -> Match? {
        var position = start ?? cue.upperBound
        var addressee: Range<Int>?
        // A form that ends in the function word it governs ("promised to", "asked
        // whether") takes no addressee.
        if entry.frames.contains(.addressee), cue.count == 1 || view.wordClass(cue.upperBound - 1) == nil, position < end,
           let object = addresseePhrase(from: position, end: end) {
            addressee = object
            position = object.upperBound
        }
        // "teilte dem Sender CNN mit, dass …": the particle closes the cue's part.
        if let particle = view.particle(of: entry, from: position) { position = particle.upperBound }
        if entry.frames.contains(.that), let complementizer = complementizer(from: position, end: end) {
            let content = (complementizer + 1)..<end
            if content.count >= 2 {
                return Match(frame: .that, cue: cue, entry: entry, content: content, source: source, addressee: addressee)
            }
        }
        if position < end, entry.frames.contains(.colon), view.isColon(position), position + 2 < end {
            return Match(frame: .colon, cue: cue, entry: entry, content: (position + 1)..<end, source: source, addressee: addressee)
        }
        // A cue that also attributes its whole clause ("sprach von einer Katastrophe") takes
        // a bare object only when it quotes ("sprach von einer „Katastrophe“"): the
        // quotation is then the statement.
        let bareQuotes = !entry.frames.contains(.clause) || (position..<end).contains { view.tokens[$0].kind == .quoteMark }
        if entry.frames.contains(.bare), bareQuotes, position < end, end - position >= 3,
           startsClause(position) || opensFrontedClause(position, end: end) || opensClauseWithQuotation(position, end: end) {
            return Match(frame: .bare, cue: cue, entry: entry, content: position..<end, source: source, addressee: addressee)
        }
        // "said on Monday the plan …", "said Tuesday it would …": a time adjunct or
        // sentence adverb between the cue and a bare clause is not part of the content.
        if entry.frames.contains(.bare), bareQuotes, position < end, case let skip = view.adverbLength(startingAt: position), skip > 0,
           position + skip < end, end - position - skip >= 3, !view.isComma(position + skip),
           startsClause(position + skip) {
            return Match(frame: .bare, cue: cue, entry: entry, content: (position + skip)..<end, source: source, addressee: addressee)
        }
        if entry.frames.contains(.bare), let subject = pronounSubject(afterAdjunct: position, end: end) {
            return Match(frame: .bare, cue: cue, entry: entry, content: subject..<end, source: source, addressee: addressee)
        }
        // "endorsed Ted Cruz", "called the deal a disaster", "declined to comment": the
        // object of a characterising or intending cue is what it attributes, up to the end
        // of its clause. It opens with a word or a quotation, not with an adjunct
        // ("rejected in January") or a conjunction; a preposition the cue governs is part
        // of its form ("called for", "declined to"). An addressee opens it ("asked the
        // network to donate …").
        let objectStart = addressee?.lowerBound ?? position
        if entry.frames.contains(.object), objectStart < end,
           view.tokens[objectStart].isWordLike || view.tokens[objectStart].kind == .quoteMark,
           !view.isComplementizer(objectStart), !phrases.startsAdjunct(objectStart),
           !view.isClass(objectStart, .conjunction), !view.isClass(objectStart, .relative) {
            // The object also ends before a conjunction that joins another cue ("praised the
            // plan and said …").
            let reach = min(end, objectStart + Self.maximumObjectLength)
            let stop = (objectStart..<reach).first { index in
                let token = view.tokens[index]
                // A full stop inside the sentence belongs to an abbreviation ("U.S.
                // Attorney General", "Sept. 11"): the sentence goes on.
                return view.isComma(index) && !continuesList(afterComma: index, end: reach) || view.isColon(index)
                    || view.isTerminal(index) && token.mark != .fullStop
                    || token.kind == .dash && !(token.mark == .hyphen && !token.spaceBefore)
                    || (view.isClass(index, .conjunction) || view.isClass(index, .contrast)) && index + 1 < end
                        && view.cue(at: index + 1 + view.adverbLength(startingAt: index + 1)) != nil
            } ?? reach
            if stop > objectStart, (objectStart..<stop).contains(where: { view.tokens[$0].isWordLike }) {
                return Match(frame: .object, cue: cue, entry: entry, content: objectStart..<stop, source: source, addressee: nil)
            }
        }
        // "Er sagte, die Lage sei ernst" / "sagte am Montag vor der versammelten Presse, …" /
        // "sagte der „Berliner Zeitung“, …": the cue's own frame allows a comma before
        // the clause, after a short adjunct or addressee (which may be a quoted name).
        if entry.frames.contains(.comma),
           let comma = (position..<min(end, position + Self.commaFrameReach)).first(where: { view.isComma($0) }),
           !(position..<comma).contains(where: { view.tokens[$0].kind == .punctuation || view.isComplementizer($0) }),
           // "forderte mehr Geld und erklärte, …": the comma of another cue is that cue's.
           !(position..<comma).contains(where: { view.cue(at: $0) != nil }),
           (position..<comma).filter({ view.tokens[$0].kind == .quoteMark }).count % 2 == 0,
           comma + 1 < end, view.tokens[comma + 1].isWordLike, end - comma - 1 >= 3,
           // "…, которую мэрия запустила": a relative clause after the comma is not content
           // (Ukrainian "що" is both a relative and a complementizer).
           view.wordClass(comma + 1) != .relative || view.isComplementizer(comma + 1),
           !opensRelativeClause(comma + 1, end: end),
           // "…, teilte das Unternehmen mit": a cue that takes what came before attributes
           // it; it does not start content ("…, nach neuesten Erkenntnissen habe …" does).
           !(view.cue(at: comma + 1)?.entry.frames.contains(.after) ?? false) {
            let content = view.isComplementizer(comma + 1) ? (comma + 2)..<end : (comma + 1)..<end
            return Match(frame: .comma, cue: cue, entry: entry, content: content, source: source, addressee: addressee)
        }
        return nil
    }

    /// "said “most people” cannot be trusted": a quotation opens the clause, which goes on
    /// after it with a lower-case word (a quotation that is all of the clause is a direct
    /// quote's, attributed before this).
    func opensClauseWithQuotation(_ position: Int, end: Int) -> Bool {
        guard view.tokens[position].kind == .quoteMark,
              let close = ((position + 1)..<end).first(where: { view.tokens[$0].kind == .quoteMark }), close + 1 < end else { return false }
        let next = view.tokens[close + 1]
        return next.kind == .word && !next.isCapitalized && !view.isClass(close + 1, .conjunction) && !view.isClass(close + 1, .contrast)
    }

    /// "reporters", "RIA Novosti", "the BBC": an object right after the cue.
    func addresseePhrase(from start: Int, end: Int) -> Range<Int>? {
        guard view.tokens[start].isWordLike, !view.isComplementizer(start), view.wordClass(start) != .preposition,
              view.pronoun(start) == nil || view.wordClass(start) == nil else { return nil }
        var index = start
        while index < end && index - start < 6 && view.tokens[index].isWordLike && !view.isComplementizer(index)
            && view.wordClass(index) != .preposition && !view.isClass(index, .conjunction) && view.wordClass(index) != .adverb {
            // "told POLITICO he planned …", "told me she was …": a pronoun after the
            // addressee is the subject of the reported clause; where names are capitalised,
            // so is a word in lower case after a name ("told the AP her group never …").
            if index > start, view.pronoun(index) != nil { break }
            if index > start, view.lexicon.isCased, !view.lexicon.capitalizesNouns, view.isNamePart(index - 1),
               !view.tokens[index].isCapitalized, !view.isNamePart(index) { break }
            index += 1
        }
        return start < index ? start..<index : nil
    }

    /// A complementizer at `start`, or after a short adjunct that starts with a
    /// preposition or an adverb ("said in a statement that", "said on Monday that").
    func complementizer(from start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        if view.isComplementizer(start) { return start }
        // "reconoció, no obstante, que": a connective between commas.
        if view.isComma(start), let close = (start + 1..<min(end, start + 6)).first(where: { view.isComma($0) }),
           phrases.isConnective((start + 1)..<close), close + 1 < end {
            // "insistió, sin embargo, en que": a preposition may precede the complementizer.
            if view.isComplementizer(close + 1) { return close + 1 }
            if close + 2 < end, view.isClass(close + 1, .preposition), view.isComplementizer(close + 2) { return close + 2 }
        }
        guard view.isClass(start, .preposition) || view.isClass(start, .adverb) else { return nil }
        var index = start
        var quoteMarks = 0
        while index < end && index - start <= Self.maximumAdjunctBeforeContent {
            // "said on ABC's “This Week” that …": a quoted title inside the adjunct is
            // closed before the complementizer.
            if view.isComplementizer(index) { return quoteMarks % 2 == 0 ? index : nil }
            if view.tokens[index].kind == .punctuation { return nil }
            if view.tokens[index].kind == .quoteMark { quoteMarks += 1 }
            index += 1
        }
        return nil
    }

    /// The longest adjunct between a cue and its content, in tokens: "said in an
    /// interview with The Associated Press last week that …".
    static let maximumAdjunctBeforeContent = 12

    /// "said in a statement Thursday night they pulled …": after an adjunct that opens
    /// with a preposition, a bare clause may start with a subject pronoun. Returns where.
    func pronounSubject(afterAdjunct start: Int, end: Int) -> Int? {
        guard start < end, view.isClass(start, .preposition), !view.isComplementizer(start) else { return nil }
        var index = start + 1
        while index < end && index - start <= Self.maximumAdjunctBeforeContent {
            let token = view.tokens[index]
            if token.kind == .punctuation || token.kind == .quoteMark || view.isComplementizer(index) || view.cue(at: index) != nil { return nil }
            if view.pronoun(index) != nil { return index - start >= 2 && end - index >= 3 ? index : nil }
            index += 1
        }
        return nil
    }
}
