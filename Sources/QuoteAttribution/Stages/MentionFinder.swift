/// Stage 4: mentions of possible speakers. The phrase each quote's frame points at
/// (names, role phrases, anonymous sources, organisations, documents, pronouns), and
/// every proper name in the article, so that "Lavrentyev" can later be matched to
/// "Alexander Lavrentyev" and "al-Jaafari" to the "Bashar al-Jaafari" who was only
/// mentioned in passing. Roles come from pre-modifiers, appositions and role patterns
/// ("the delegation of Syria headed by Bashar al-Jaafari").
public struct MentionFinder: Stage {
    public let id = StageID.findMentions
    public let requires: Set<AnnotationLayer> = [
        AnnotationLayer(NormalizedTextKey.self), AnnotationLayer(TokensKey.self), AnnotationLayer(QuotesKey.self),
    ]
    public let provides: Set<AnnotationLayer> = [AnnotationLayer(MentionsKey.self)]

    let lexicons: LexiconSet

    public init(lexicons: LexiconSet) { self.lexicons = lexicons }

    public func process(_ document: inout Document, context: StageContext) throws {
        let normalized = try document.require(NormalizedTextKey.self)
        let layer = try document.require(TokensKey.self)
        let quotes = try document.require(QuotesKey.self)
        guard let lexicon = lexicons[normalized.language] else {
            throw StageError(.unsupportedLanguage, "no lexicon for '\(normalized.language)'")
        }
        let analyzer = MentionAnalyzer(view: LexicalView(layer: layer, lexicon: lexicon), normalized: normalized)
        try document.add(find(quotes: quotes.quotes, analyzer: analyzer), as: MentionsKey.self)
    }

    func find(quotes: [Quote], analyzer: MentionAnalyzer) -> MentionLayer {
        var mentions: [Mention] = []
        var sourceMention: [Int?] = []
        var covered = Set<Int>()
        var bySource: [Range<Int>: Int] = [:]
        for (index, quote) in quotes.enumerated() {
            guard let source = quote.sourceTokens else { sourceMention.append(nil); continue }
            if let existing = bySource[source] {
                // Both halves of a split quote share one attribution and one mention.
                sourceMention.append(existing)
                continue
            }
            var mention = analyzer.analyze(source, apposition: quote.appositionTokens)
            mention.quote = index
            bySource[source] = mentions.count
            covered.formUnion(source)
            sourceMention.append(mentions.count)
            mentions.append(mention)
        }
        for run in nameRuns(analyzer.view) where !run.contains(where: covered.contains) {
            var mention = analyzer.analyze(run, apposition: nil)
            guard mention.form == .name else { continue }
            applyRolePattern(before: run, to: &mention, analyzer: analyzer)
            if mention.role == nil { applyRolePhrase(before: run, to: &mention, analyzer: analyzer) }
            mention.opensSentence = opensSentence(run, analyzer.view)
            mentions.append(mention)
        }
        addSourceAnaphors(quotes: quotes, analyzer: analyzer, mentions: &mentions, sourceMention: &sourceMention)
        // Keep quote mentions' indices stable: sort the rest after them by position.
        var layer = MentionLayer(mentions: mentions, sourceMention: sourceMention)
        layer.capitalizedNouns = analyzer.lexicon.capitalizesNouns
        return layer
    }

    /// Local mentions that only point back at a source, resolved to what they point at:
    /// - "Die Polizei legte ihren Bericht vor. Demnach seien …": in a statement with no cue
    ///   in its own sentence, an adverb that stands for a source (`source_anaphor`) before
    ///   the content's end. It points back at the speaker phrase the detector found;
    ///   failing that, at the speaker of the statement it continues when that is in the
    ///   sentence just before (left to the resolver), else at the subject of the sentence
    ///   just before in the same paragraph.
    /// - "Die Feuerwehr hat nach eigenen Angaben …": a reflexive possessive right after a
    ///   source cue, with the noun after it, pointing at the clause's subject that the
    ///   detector took as the source.
    private func addSourceAnaphors(quotes: [Quote], analyzer: MentionAnalyzer, mentions: inout [Mention], sourceMention: inout [Int?]) {
        let view = analyzer.view
        let anaphors = view.lexicon.sourceAnaphors
        let phrases = SpeakerPhraseFinder(view: view)
        for (index, quote) in quotes.enumerated() {
            let tokens: Range<Int>
            if let cue = quote.cue, view.tokens[cue.tokens.lowerBound].sentence == quote.sentence {
                let reflexive = cue.tokens.upperBound
                guard quote.rule.rawValue.hasSuffix(".source"), sourceMention[index] != nil, reflexive + 1 < view.tokens.count, view.isClass(reflexive, .reflexive),
                      view.tokens[reflexive + 1].kind == .word else { continue }
                tokens = reflexive..<(reflexive + 2)
            } else {
                guard !anaphors.isEmpty, quote.sentence < view.layer.sentences.count else { continue }
                let sentence = view.layer.sentences[quote.sentence]
                guard let anaphor = (sentence.tokens.lowerBound..<min(quote.contentTokens.upperBound, sentence.tokens.upperBound))
                    .first(where: { view.tokens[$0].kind == .word && anaphors.contains(view.words[$0]) }) else { continue }
                tokens = anaphor..<(anaphor + 1)
            }
            let sentence = view.layer.sentences[quote.sentence]
            var mention = analyzer.analyze(tokens, apposition: nil)
            mention.form = .pronoun
            mention.type = .source
            mention.name = nil
            mention.nameSpan = nil
            mention.nameWords = []
            mention.quote = index
            mention.isSourceAnaphor = true
            mention.standsFor = sourceMention[index]
            let continuesSentenceBefore = quote.continues.map { quotes[$0].sentence >= quote.sentence - 1 } ?? false
            if mention.standsFor == nil, !continuesSentenceBefore, quote.sentence > 0,
               view.layer.sentences[quote.sentence - 1].paragraph == sentence.paragraph,
               let subject = phrases.mainClauseSubject(in: view.layer.sentences[quote.sentence - 1].tokens, requiringSpeaker: false) {
                var antecedent = analyzer.analyze(subject.tokens, apposition: subject.apposition)
                antecedent.opensSentence = true
                mentions.append(antecedent)
                mention.standsFor = mentions.count - 1
            }
            sourceMention[index] = mentions.count
            mentions.append(mention)
        }
    }

    /// Maximal runs of name words anywhere in the text.
    private func nameRuns(_ view: LexicalView) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = 0
        let tokens = view.tokens
        while index < tokens.count {
            guard view.isNamePart(index), tokens[index].kind == .word else { index += 1; continue }
            var end = index + 1
            while end < tokens.count && view.isNamePart(end) && tokens[end].paragraph == tokens[index].paragraph { end += 1 }
            // A lone capitalised word at the start of a sentence is usually just the
            // first word ("Checkpoints", "Addressing"), unless the lexicon knows it as a
            // place or a first name.
            let sentenceStart = view.layer.sentences[tokens[index].sentence].tokens.lowerBound
            let isLoneOpener = end - index == 1 && index == sentenceStart
                && view.lexicon.places.value(of: view.ids[index]) == nil && view.lexicon.givenNames.value(of: view.ids[index]) == nil
            // Capitalised function words are not names ("Tuesday", an adverb in the lexicon).
            let isFunctionWords = (index..<end).allSatisfy { view.wordClass($0) != nil }
            if !isLoneOpener && !isFunctionWords { runs.append(index..<end) }
            index = end
        }
        return runs
    }

    /// Whether only determiners, titles, role words, connectives and capitalised words
    /// stand between the start of the run's sentence and the run.
    private func opensSentence(_ run: Range<Int>, _ view: LexicalView) -> Bool {
        let start = view.layer.sentences[view.tokens[run.lowerBound].sentence].tokens.lowerBound
        return (start..<run.lowerBound).allSatisfy { index in
            guard view.tokens[index].kind == .word else { return false }
            if view.tokens[index].isCapitalized || view.lexicon.isTitle(view.ids[index]) || view.lexicon.roles.contains(view.nounIDs[index]) { return true }
            switch view.wordClass(index) {
            case .determiner, .conjunction, .comparative, .adverb, .contrast: return true
            default: return false
            }
        }
    }

    /// A lower-case role phrase right before a name met in passing, or before it in
    /// commas, gives the name its role, so that a later "il ministro" finds the person:
    /// role words right before the name ("le maire Paul Roux", "general secretary Rachel
    /// Amos"), or, before the comma of an apposition, role words with one attribute of
    /// names ("il ministro delle Imprese, Alberto Marchetti,", "la ministre de la Santé,
    /// Claire Dubois,"). (A capitalised role word is part of the name run and read by
    /// the analyzer: "President Trump".)
    private func applyRolePhrase(before run: Range<Int>, to mention: inout Mention, analyzer: MentionAnalyzer) {
        let view = analyzer.view
        let sentenceStart = view.layer.sentences[view.tokens[run.lowerBound].sentence].tokens.lowerBound
        func isRoleWord(_ index: Int) -> Bool {
            index >= sentenceStart && view.tokens[index].kind == .word && view.lexicon.roles.contains(view.nounIDs[index])
        }
        var end = run.lowerBound
        if end > sentenceStart, view.isComma(end - 1) {
            // An apposition closes with a comma or the sentence.
            guard run.upperBound >= view.tokens.count || view.isComma(run.upperBound) || view.isTerminal(run.upperBound) else { return }
            end -= 1
            // One attribute of names after the role words: preposition, determiners, names.
            var index = end
            while index > sentenceStart, view.isNamePart(index - 1), !isRoleWord(index - 1) { index -= 1 }
            if index < end {
                while index > sentenceStart, view.isDeterminer(index - 1) { index -= 1 }
                guard index > sentenceStart, view.isPreposition(index - 1) else { return }
                index -= 1
            }
            guard isRoleWord(index - 1) else { return }
            setRole(firstRoleWord(endingAt: index)..<end)
        } else {
            guard isRoleWord(end - 1) else { return }
            setRole(firstRoleWord(endingAt: end)..<end)
        }
        /// The start of the role words that end at `end`, taking in a role of several
        /// words whose last one ends them ("premier ministre").
        func firstRoleWord(endingAt end: Int) -> Int {
            var head = end - 1
            while isRoleWord(head - 1) { head -= 1 }
            for start in max(sentenceStart, head - 3)..<head {
                if let match = view.lexicon.roles.longestMatch(in: view.ids, at: start), start + match.length > head {
                    return start
                }
            }
            return head
        }
        func setRole(_ phrase: Range<Int>) {
            mention.role = analyzer.text(phrase)
            // The first single role word, as the analyzer takes it ("ministre" in
            // "premier ministre"), so that "le premier ministre" finds the same head.
            let head = view.words[phrase.first(where: isRoleWord) ?? phrase.lowerBound]
            mention.roleHead = view.lexicon.withoutElidedDeterminer(head) ?? head
            mention.roleSource = "role phrase"
            mention.affiliation = mention.affiliation ?? analyzer.affiliation(in: phrase)
        }
    }

    /// "headed by" → head of <the phrase before it>.
    private func applyRolePattern(before run: Range<Int>, to mention: inout Mention, analyzer: MentionAnalyzer) {
        let view = analyzer.view
        for length in 1...3 {
            let start = run.lowerBound - length
            guard start > 0, let match = view.lexicon.rolePatterns.longestMatch(in: view.ids, at: start),
                  match.length == length else { continue }
            // The phrase the pattern qualifies starts at the last determiner before it.
            let lowest = max(view.tokens[start].paragraph == view.tokens[start - 1].paragraph ? 0 : start, start - 8)
            guard let determiner = (lowest..<start).last(where: { view.isDeterminer($0) }) else { return }
            // "The delegation of Syria was headed by": the phrase ends at the auxiliary.
            let phraseEnd = (determiner..<start).first { view.isClass($0, .auxiliary) } ?? start
            guard determiner < phraseEnd else { return }
            let phrase = determiner..<phraseEnd
            var text = analyzer.text(phrase)
            if view.tokens[determiner].isCapitalized, let first = text.first {
                text = first.lowercased() + text.dropFirst()
            }
            // The lexicon's template says how the language builds the role: "head of {}".
            mention.role = match.value.split(separator: "{}", omittingEmptySubsequences: false).joined(separator: text)
            mention.roleHead = CaseFolding.fold(match.value.split(separator: " ").first.map(String.init) ?? match.value)
            mention.roleSource = "role pattern"
            mention.affiliation = mention.affiliation ?? analyzer.affiliation(in: phrase)
            return
        }
    }
}
