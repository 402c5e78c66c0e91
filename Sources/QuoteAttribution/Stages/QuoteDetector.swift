/// Stage 3: statements. Direct quotes from quotation marks (every pair CLDR and the
/// lexicon know), reported speech from cue frames, and mixed quotes (reported speech
/// containing a quoted fragment). Quoted text that is not speech (titles, scare quotes)
/// is recorded as ignored, with the reason, for `explain`.
public struct QuoteDetector: Stage {
    public let id = StageID.detectQuotes
    public let requires: Set<AnnotationLayer> = [AnnotationLayer(NormalizedTextKey.self), AnnotationLayer(TokensKey.self)]
    public let provides: Set<AnnotationLayer> = [AnnotationLayer(QuotesKey.self)]

    let lexicons: LexiconSet
    let limits: Limits

    public init(lexicons: LexiconSet, limits: Limits = Limits()) {
        self.lexicons = lexicons
        self.limits = limits
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let normalized = try document.require(NormalizedTextKey.self)
        let layer = try document.require(TokensKey.self)
        guard let lexicon = lexicons[normalized.language] else {
            throw StageError(.unsupportedLanguage, "no lexicon for '\(normalized.language)'")
        }
        try document.add(detect(in: layer, lexicon: lexicon), as: QuotesKey.self)
    }

    func detect(in layer: TokenLayer, lexicon: Lexicon) -> QuoteLayer {
        let view = LexicalView(layer: layer, lexicon: lexicon)
        let phrases = SpeakerPhraseFinder(view: view)
        let reported = ReportedSpeechMatcher(view: view, phrases: phrases)
        let attributor = DirectQuoteAttributor(view: view, phrases: phrases, layer: layer)
        let allQuoted = QuotationScanner(layer: layer, pairs: lexicon.quotePairs, limits: limits, dashSpeech: lexicon.hasDashSpeech).scan()
        let quoted = allQuoted.filter { $0.depth == 0 }
        // Cues inside quotation marks are part of what was quoted, not new statements.
        // Flags by token index, not sets: every quoted token would be hashed.
        var quotedTokens = [Bool](repeating: false, count: layer.tokens.count)
        for quote in quoted { for index in quote.contentTokens { quotedTokens[index] = true } }

        var ignored: [IgnoredQuotation] = []
        var quotes: [Quote] = []
        var claimed = Set<Int>()  // quoted spans that became part of a statement

        // Direct quotes with an attribution of their own come first: their cues must not
        // also be read as reported speech.
        var directCues = [Bool](repeating: false, count: layer.tokens.count)
        for (index, quote) in quoted.enumerated() where !quote.contentTokens.isEmpty {
            guard !layer.paragraphs[layer.tokens[quote.open].paragraph].isHeading, !looksLikeTitle(quote, view: view),
                  let found = attributor.attribution(of: quote) else { continue }
            claimed.insert(index)
            for index in found.cue { directCues[index] = true }
            var made = makeQuote(direct: quote, found, layer: layer, lexicon: lexicon)
            if let leadIn = unquotedLeadIn(of: quote, found, layer: layer, view: view) {
                // "Ms. Brainard is ''not a backslapper,'' Mr. Sperling said": the words
                // before the quotation belong to what was said, a mixed statement.
                let content = leadIn.lowerBound..<(quote.close.map { $0 + 1 } ?? quote.contentTokens.upperBound)
                made.kind = .mixed
                made.quotedFragments = [made.content]
                made.content = layer.span(of: content)
                made.contentTokens = content
            }
            quotes.append(made)
        }

        // Reported speech, per body sentence. A statement whose content runs past its
        // sentence (a speaker label's turn) takes in the sentences it covers.
        var reach = 0
        for sentence in layer.sentences where !layer.paragraphs[sentence.paragraph].isHeading && sentence.tokens.lowerBound >= reach {
            for match in reported.matches(in: sentence)
            where !match.cue.contains(where: { directCues[$0] }) && !quotedTokens[match.cue.lowerBound] {
                let inside = quoted.indices.filter { !claimed.contains($0) && match.content.contains(quoted[$0].open) }
                // Reported content that is one quotation is that quotation's attribution. A
                // clause after the cue ("He says that “…”", "She added: “…”") attributes it
                // here; an object that is only a quotation ("called “a disaster”") is a
                // title or scare quotes more often than a statement, but with a word of its
                // own before it ("called it “a disaster”") it says what the speaker called it.
                if let only = inside.first, inside.count == 1, quoted[only].contentTokens.count + 2 >= match.content.count,
                   match.frame != .object || quoted[only].open <= match.content.lowerBound,
                   ![.that, .bare, .colon, .comma].contains(match.frame) {
                    continue
                }
                if match.source?.isNegated == true {
                    ignored.append(IgnoredQuotation(span: layer.span(of: match.content), reason: "negated cue '\(layer.texts[match.cue.lowerBound])'"))
                    continue
                }
                claimed.formUnion(inside)
                // "says the candidate has “always run a lean campaign and will continue to do
                // so.”", "said that “… to the station. I don't want …”": content that ends
                // inside a quotation (at a conjunction before a cue, or at the end of the
                // quotation's first sentence) takes in the rest of it.
                var match = match
                if let close = inside.compactMap({ quoted[$0].close }).max(), close >= match.content.upperBound {
                    match.content = match.content.lowerBound..<(close + 1)
                }
                reach = max(reach, match.content.upperBound)
                var made = makeQuote(reported: match, fragments: inside.map { quoted[$0] }, sentence: sentence, layer: layer, lexicon: lexicon)
                // Content that is one quotation and nothing else is a direct quote.
                if let only = inside.first, inside.count == 1, !quoted[only].contentTokens.isEmpty,
                   quoted[only].contentTokens.count + 2 >= match.content.count {
                    made.kind = .direct
                    made.content = layer.span(of: quoted[only].contentTokens)
                    made.contentTokens = quoted[only].contentTokens
                    made.quotedFragments = []
                }
                quotes.append(made)
            }
        }
        quotes.sort { $0.content.start < $1.content.start }
        quotes = addingMoodContinuations(to: quotes, layer: layer, view: view, reported: reported, phrases: phrases)

        // Quotations with no attribution: speech that continues the speaker before it, a
        // full sentence by an unnamed speaker, or not a statement at all.
        for (index, quote) in quoted.enumerated() where !claimed.contains(index) {
            let span = quote.contentTokens.isEmpty ? layer.tokens[quote.open].span : layer.span(of: quote.contentTokens)
            if quote.contentTokens.isEmpty || quotes.contains(where: { $0.content.overlaps(span) }) { continue }
            let paragraph = layer.tokens[quote.open].paragraph
            if layer.paragraphs[paragraph].isHeading {
                ignored.append(IgnoredQuotation(span: span, reason: "quotation in a heading"))
                continue
            }
            if looksLikeTitle(quote, view: view) {
                ignored.append(IgnoredQuotation(span: span, reason: "a title or name in title case"))
                continue
            }
            let words = quote.contentTokens.filter { layer.tokens[$0].isWordLike }.count
            let isSentence = words >= 6 && quote.contentTokens.contains { view.isTerminal($0) || view.isComma($0) }
            // "“They sue,” he said. “Everybody sues.”": a quotation right after the
            // attribution of the quotation before it goes on with the same speaker, however
            // short it is.
            if let previous = quotes.lastIndex(where: { $0.content.end <= span.start }),
               continuesSplitQuote(quote, after: quotes[previous], layer: layer, view: view) {
                var continuation = makeQuote(direct: quote, nil, layer: layer, lexicon: lexicon)
                continuation.rule = .carryOver
                continuation.continues = previous
                quotes.insert(continuation, at: quotes.firstIndex { $0.content.start > span.start } ?? quotes.endIndex)
                continue
            }
            guard words >= 4, isSentence || words >= 8 else {
                ignored.append(IgnoredQuotation(span: span, reason: "short quotation without attribution: a title, a name or scare quotes"))
                continue
            }
            let previous = quotes.lastIndex { $0.content.end <= span.start }
            let sentence = layer.tokens[quote.open].sentence
            let opensSentence = layer.sentences[sentence].tokens.lowerBound == quote.open
            var quote = makeQuote(direct: quote, nil, layer: layer, lexicon: lexicon)
            // "Modder kritisierte das Vorgehen. „Das ist ein Vertrauensbruch.“": a quotation
            // that opens its sentence after a sentence of the same paragraph that is no
            // statement but names its subject is that subject's.
            if opensSentence, let subject = subjectOfSentence(before: sentence, noStatementIn: quotes, layer: layer, phrases: phrases) {
                quote.rule = .subjectBefore
                quote.sourceTokens = subject.tokens
                quote.appositionTokens = subject.apposition
            // A sentence in the reported mood that continues a speaker ("X sagte: „…“ Die
            // Gefahr sei real. „…“") passes that speaker on, as a quotation would.
            } else if let previous, quotes[previous].kind != .indirect || quotes[previous].sourceTokens != nil
                        || quotes[previous].cue == nil && quotes[previous].continues != nil,
               paragraph - quotes[previous].paragraph <= limits.maximumCarryOverParagraphs {
                quote.rule = .carryOver
                quote.continues = previous
            } else if !isSentence {
                ignored.append(IgnoredQuotation(span: span, reason: "quotation without attribution that is not a full sentence"))
                continue
            }
            quotes.insert(quote, at: quotes.firstIndex { $0.content.start > span.start } ?? quotes.endIndex)
        }
        // `continues` indices were taken before later insertions; re-point them by span.
        return QuoteLayer(quotes: repointContinuations(quotes), ignored: ignored.sorted { $0.span < $1.span })
    }

    /// The unquoted words that open the sentence of a quotation attributed by the cue after
    /// it ("Teachers who connect online are “very, very pro-Bernie,” Kilfoyle said"): at
    /// least three words, no other quotation mark, cue or colon among them, and nothing
    /// before the quotation ends a clause (not "He smiled. “…,” she said", where the
    /// sentence splitter left them together).
    private func unquotedLeadIn(of quote: QuotedSpan, _ found: DirectQuoteAttributor.Attribution, layer: TokenLayer,
                                view: LexicalView) -> Range<Int>? {
        guard found.rule == .quoteThenCue, quote.close != nil, quote.firstParagraph == quote.lastParagraph else { return nil }
        let sentence = layer.sentences[layer.tokens[quote.open].sentence]
        // A lead-in is a clause, not a page: bounded, which keeps a huge sentence linear.
        guard quote.open - sentence.tokens.lowerBound <= 40 else { return nil }
        var start = sentence.tokens.lowerBound
        while start < quote.open, layer.tokens[start].kind == .punctuation || layer.tokens[start].kind == .dash { start += 1 }
        let leadIn = start..<quote.open
        guard leadIn.filter({ layer.tokens[$0].isWordLike }).count >= 3,
              !leadIn.contains(where: { layer.tokens[$0].kind == .quoteMark || view.isColon($0) || view.isTerminal($0) || view.cue(at: $0) != nil })
        else { return nil }
        return leadIn
    }

    /// Whether `quote` is the second half of a split quotation: the statement before it is
    /// a quotation attributed by the cue after it ("“…,” she said."), in the same
    /// paragraph, and only that attribution sentence stands between the two.
    private func continuesSplitQuote(_ quote: QuotedSpan, after previous: Quote, layer: TokenLayer, view: LexicalView) -> Bool {
        guard previous.kind == .direct, previous.rule == .quoteThenCue, let cue = previous.cue,
              layer.tokens[quote.open].paragraph == previous.paragraph, cue.tokens.upperBound <= quote.open else { return false }
        // The attribution's sentence ends right where the quotation opens, and holds no
        // other quotation.
        let sentence = layer.tokens[cue.tokens.lowerBound].sentence
        guard layer.tokens[quote.open].sentence == sentence + 1,
              layer.sentences[sentence].tokens.upperBound == quote.open,
              !(cue.tokens.upperBound..<quote.open).contains(where: { layer.tokens[$0].kind == .quoteMark }) else { return false }
        return true
    }

    /// Sentences with no cue whose verb is in the reported mood (German "Darunter seien
    /// Namen …") continue the statement of the sentence just before them; with no
    /// statement there, a cue with a subject in the sentence before introduces them
    /// ("Lammert würdigte die Bundeswehr. Sie sei eine Armee des Friedens."). Failing
    /// both, the reported mood alone still marks speech (hearsay words such as "soll" do
    /// not): the statement continues the last one of the paragraphs before, or has no
    /// known speaker.
    private func addingMoodContinuations(to quotes: [Quote], layer: TokenLayer, view: LexicalView,
                                         reported: ReportedSpeechMatcher, phrases: SpeakerPhraseFinder) -> [Quote] {
        let lexicon = view.lexicon
        guard lexicon.reportedMood.count + lexicon.hearsay.count > 0 else { return quotes }
        var result = quotes
        for (index, sentence) in layer.sentences.enumerated() where !layer.paragraphs[sentence.paragraph].isHeading {
            let span = layer.span(of: sentence.tokens)
            guard !result.contains(where: { $0.content.overlaps(span) || $0.sentence == index }) else { continue }
            func moodWord(in tokens: Range<Int>) -> Bool {
                tokens.contains { view.tokens[$0].kind == .word && lexicon.reportedMood.contains(view.ids[$0]) }
            }
            let hasMood = moodWord(in: sentence.tokens)
            // Hearsay counts in the main clause, where the finite verb stands second: before
            // any comma, or right after a fronted clause ("Nachdem …, soll er …"). In "…, die
            // aufgestockt werden sollen" it belongs to a relative clause.
            let firstComma = sentence.tokens.first { view.isComma($0) } ?? sentence.tokens.upperBound
            guard hasMood || sentence.tokens.contains(where: { index in
                view.tokens[index].kind == .word && lexicon.hearsay.contains(view.ids[index])
                    && (index < firstComma || view.isComma(index - 1))
            }) else { continue }
            let end = reported.contentEnd(of: sentence.tokens)
            guard end - sentence.tokens.lowerBound >= 3 else { continue }
            let content = sentence.tokens.lowerBound..<end
            var quote = Quote(
                kind: .indirect, content: layer.span(of: content), contentTokens: content, cue: nil,
                rule: QuoteRule(rawValue: "\(lexicon.language.rawValue).mood.continuation"), sourceTokens: nil,
                addresseeTokens: nil, continues: Int.max, quotedFragments: [], isNegated: false, sentence: index,
                paragraph: sentence.paragraph, warnings: [], appositionTokens: nil)
            // The statement it continues is in one of the two sentences before it, in the
            // same or the previous paragraph.
            let previous = result.last(where: { $0.content.end <= span.start })
            // Hearsay alone ("sollen", also the modal of plans) reaches one sentence back.
            let reach = hasMood ? 2 : 1
            let continuesPrevious = previous.map { index - $0.sentence <= reach && sentence.paragraph - $0.paragraph <= 1 } ?? false
            // "Mamadou hatte die Änderung damit begründet, dass er mehr Zeit brauche": the
            // reported mood only after the first comma, and a main clause before it whose
            // subject names a speaker: its verb is a cue the lexicon does not know. So too
            // after a colon ("Meng kritisierte den Kurs: Es sei bedauerlich, …").
            if hasMood, let comma = sentence.tokens.first(where: { view.isComma($0) || view.isColon($0) }), end - comma > 3,
               !moodWord(in: sentence.tokens.lowerBound..<comma),
               let subject = phrases.mainClauseSubject(in: sentence.tokens.lowerBound..<comma) {
                quote.rule = QuoteRule(rawValue: "\(lexicon.language.rawValue).mood.subject")
                quote.sourceTokens = subject.tokens
                quote.appositionTokens = subject.apposition
                quote.continues = nil
                quote.contentTokens = (comma + 1)..<end
                quote.content = layer.span(of: quote.contentTokens)
            // A sentence in between that is no statement but names its subject ("Stoiber
            // begründete seinen Rückzug mit …. Damit seien …") introduces the speaker.
            } else if hasMood, let subject = subjectOfSentence(before: index, noStatementIn: result, layer: layer, phrases: phrases) {
                quote.rule = QuoteRule(rawValue: "\(lexicon.language.rawValue).mood.subject")
                quote.sourceTokens = subject.tokens
                quote.appositionTokens = subject.apposition
                quote.continues = nil
            } else if !continuesPrevious {
                if let introduction = reported.introduction(before: index) {
                    quote.cue = cue(introduction.cue, introduction.entry, layer: layer)
                    quote.rule = QuoteRule(rawValue: "\(lexicon.language.rawValue).mood.introduced")
                    quote.sourceTokens = introduction.source.tokens
                    quote.appositionTokens = introduction.source.apposition
                    quote.continues = nil
                } else if hasMood || reportsOnItsOwn(sentence.tokens, end: end, view: view) {
                    quote.rule = QuoteRule(rawValue: "\(lexicon.language.rawValue).mood.alone")
                    let isNear = previous.map { sentence.paragraph - $0.paragraph <= limits.maximumCarryOverParagraphs } ?? false
                    if !isNear { quote.continues = nil }
                } else {
                    continue
                }
            }
            result.insert(quote, at: result.firstIndex { $0.content.start > span.start } ?? result.endIndex)
        }
        return result
    }

    /// Whether a hearsay word opens the sentence ("Demnach ist …") or stands in a clause
    /// that closes with a word of `hearsay_report_ending` ("Der Täter soll das Gebäude
    /// gestürmt haben."): the sentence is a report with no statement before it.
    private func reportsOnItsOwn(_ tokens: Range<Int>, end: Int, view: LexicalView) -> Bool {
        // "Demnach ist …": a hearsay word that opens the sentence points back at a source.
        if tokens.lowerBound < end, view.tokens[tokens.lowerBound].kind == .word,
           view.lexicon.hearsay.contains(view.ids[tokens.lowerBound]), end - tokens.lowerBound >= 4 { return true }
        let endings = view.lexicon.hearsayReportEndings
        guard !endings.isEmpty else { return false }
        var hearsay = false
        for index in tokens.lowerBound..<end {
            if view.tokens[index].kind == .word, view.lexicon.hearsay.contains(view.ids[index]) { hearsay = true; continue }
            let closes = index + 1 >= end || view.isComma(index + 1) || view.isColon(index + 1)
            if hearsay, closes, view.tokens[index].kind == .word, endings.contains(view.words[index]) { return true }
            if view.isComma(index) || view.isColon(index) { hearsay = false }
        }
        return false
    }

    /// The subject of the sentence before `sentence` in the same paragraph, when that
    /// sentence is no statement but names its subject ("Stoiber begründete seinen Rückzug
    /// mit …"): the speaker of reported mood or a quotation with no attribution after it.
    private func subjectOfSentence(before sentence: Int, noStatementIn quotes: [Quote], layer: TokenLayer,
                                   phrases: SpeakerPhraseFinder) -> SpeakerPhraseFinder.Phrase? {
        guard sentence > 0, layer.sentences[sentence - 1].paragraph == layer.sentences[sentence].paragraph,
              !quotes.contains(where: { $0.sentence == sentence - 1 }) else { return nil }
        return phrases.mainClauseSubject(in: layer.sentences[sentence - 1].tokens)
    }

    /// "Running Out of Room", "Gold Line": a few words, every content word capitalised,
    /// no sentence punctuation. Only meaningful where the lexicon says names are cased.
    /// Function words may stay lower case ("of", "the"), but not an auxiliary: titles
    /// capitalise their verbs, and where every noun is capitalised "Der Hund ist ein
    /// Problem" is a sentence, not a title.
    func looksLikeTitle(_ quote: QuotedSpan, view: LexicalView) -> Bool {
        guard view.lexicon.isCased else { return false }
        let words = quote.contentTokens.filter { view.tokens[$0].kind == .word }
        guard !words.isEmpty, words.count <= 8,
              !quote.contentTokens.contains(where: { view.isTerminal($0) || view.isComma($0) }) else { return false }
        return words.allSatisfy { view.tokens[$0].isCapitalized || view.wordClass($0).map { $0 != .auxiliary } ?? false }
            && words.contains { view.wordClass($0) == nil }
    }

    private func repointContinuations(_ quotes: [Quote]) -> [Quote] {
        // A statement without a speaker of its own (carried over, subjectless, or a
        // reported-mood sentence) continues the statement just before it in text order;
        // positions are final now.
        var result = quotes
        for index in result.indices where result[index].continues != nil {
            result[index].continues = index > 0 ? index - 1 : nil
        }
        return result
    }

    private func cue(_ range: Range<Int>, _ entry: CueEntry?, layer: TokenLayer) -> Cue {
        let span = layer.span(of: range)
        let text = range.map { layer.texts[$0] }.joined(separator: " ")
        return Cue(tokens: range, span: span, text: text, lemma: entry?.lemma ?? text,
                   reportingStance: entry?.reportingStance ?? .neutral, stance: entry?.stance ?? 0)
    }

    private func makeQuote(direct quote: QuotedSpan, _ found: DirectQuoteAttributor.Attribution?, layer: TokenLayer, lexicon: Lexicon) -> Quote {
        let paragraph = layer.tokens[quote.open].paragraph
        return Quote(
            kind: .direct, content: layer.span(of: quote.contentTokens), contentTokens: quote.contentTokens,
            cue: found.map { cue($0.cue, $0.entry, layer: layer) }, rule: found?.rule ?? .unattributed,
            sourceTokens: found?.source?.tokens, addresseeTokens: found?.addressee,
            continues: found?.continuesPreviousSpeaker == true ? Int.max : nil,
            quotedFragments: [], isNegated: false, sentence: layer.tokens[quote.open].sentence,
            paragraph: found.map { layer.tokens[$0.cue.lowerBound].paragraph } ?? paragraph,
            warnings: quote.warnings, appositionTokens: found?.source?.apposition)
    }

    private func makeQuote(reported match: ReportedSpeechMatcher.Match, fragments: [QuotedSpan], sentence: Sentence,
                           layer: TokenLayer, lexicon: Lexicon) -> Quote {
        Quote(
            kind: fragments.isEmpty ? .indirect : .mixed, content: layer.span(of: match.content),
            contentTokens: match.content, cue: cue(match.cue, match.entry, layer: layer),
            rule: .cueFrame(lexicon.language, match.frame), sourceTokens: match.source?.tokens,
            // A subjectless cue continues whatever statement ends up before it; the index
            // is fixed once all statements are in text order.
            addresseeTokens: match.addressee, continues: match.continuesPreviousSpeaker ? Int.max : nil,
            quotedFragments: fragments.map { $0.contentTokens.isEmpty ? layer.tokens[$0.open].span : layer.span(of: $0.contentTokens) },
            isNegated: false, sentence: layer.tokens[match.cue.lowerBound].sentence, paragraph: sentence.paragraph,
            warnings: fragments.flatMap(\.warnings), appositionTokens: match.source?.apposition)
    }
}
