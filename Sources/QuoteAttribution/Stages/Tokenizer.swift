/// Stage 2: ICU word and sentence break iterators for the document's locale (sentences
/// with CLDR's abbreviation suppressions, `@ss=standard`, so "Dr. Smith" stays in one
/// sentence), paragraphs from line breaks, headings, and token kinds.
public struct Tokenizer: Stage {
    public let id = StageID.tokenize
    public let requires: Set<AnnotationLayer> = [AnnotationLayer(NormalizedTextKey.self)]
    public let provides: Set<AnnotationLayer> = [AnnotationLayer(TokensKey.self)]

    let lexicons: LexiconSet
    let pool = BreakIteratorPool()

    public init(lexicons: LexiconSet) { self.lexicons = lexicons }

    public func process(_ document: inout Document, context: StageContext) throws {
        let normalized = try document.require(NormalizedTextKey.self)
        guard let lexicon = lexicons[normalized.language] else {
            throw StageError(.unsupportedLanguage, "no lexicon for '\(normalized.language)'")
        }
        try document.add(tokenize(normalized, lexicon: lexicon), as: TokensKey.self)
    }

    func tokenize(_ normalized: NormalizedText, lexicon: Lexicon) throws -> TokenLayer {
        let locale = lexicon.icuLocale
        let utf16 = normalized.utf16
        // ICU's word rules glue a no-break space (U+00A0, U+202F) to the word before it
        // ("déclaré\u{202F}:"); typographically it is a space, so ICU is shown one. The
        // buffer keeps its length, so offsets do not move.
        var wordUnits = utf16.units
        for index in wordUnits.indices where wordUnits[index] == 0x00A0 || wordUnits[index] == 0x202F {
            wordUnits[index] = 0x20
        }
        let wordBoundaries = try pool.withIterator(.word, locale: locale) { try $0.boundaries(of: wordUnits) }
        let sentenceLocale = locale.contains("@") ? locale + ";ss=standard" : locale + "@ss=standard"
        let sentenceBoundaries = try pool.withIterator(.sentence, locale: sentenceLocale) { try $0.boundaries(of: utf16.units) }
        let scalars = normalized.scalars
        let paragraphSpans = Self.paragraphSpans(scalars)

        // Tokens, with their paragraph (tokens never cross a line break: ICU breaks there).
        var tokens: [Token] = []
        tokens.reserveCapacity(wordBoundaries.count / 2 + 1)
        var texts: [String] = [], foldedWords: [String] = [], wordIDs: [Int32] = []
        texts.reserveCapacity(wordBoundaries.count / 2 + 1)
        foldedWords.reserveCapacity(wordBoundaries.count / 2 + 1)
        wordIDs.reserveCapacity(wordBoundaries.count / 2 + 1)
        var start = 0
        var paragraph = 0
        for boundary in wordBoundaries {
            let end = utf16.scalarOffset(ofUnit: boundary.unitOffset)
            defer { start = end }
            // ICU gives whitespace runs their own segments, with rule status 0.
            guard start < end, boundary.ruleStatus >= 100 || Self.hasNonSpace(scalars[start..<end]) else { continue }
            while paragraph < paragraphSpans.count && paragraphSpans[paragraph].end <= start { paragraph += 1 }
            let piece = scalars[start..<end]
            let text = normalized.text(of: TextSpan(start: start, end: end))
            let kind = Self.kind(of: piece, ruleStatus: boundary.ruleStatus)
            // Typewriter quotes written as two marks (''…'' and ``…''): one mark token.
            if (text == "'" || text == "`"), let last = tokens.last, texts.last == text, last.span.end == start {
                texts[texts.count - 1] += text
                foldedWords[foldedWords.count - 1] += text
                tokens[tokens.count - 1].span = TextSpan(start: last.span.start, end: end)
                tokens[tokens.count - 1].kind = .quoteMark
                tokens[tokens.count - 1].mark = .other
                wordIDs[wordIDs.count - 1] = lexicon.id(of: foldedWords[foldedWords.count - 1])
                continue
            }
            func append(_ start: Int, _ end: Int, _ kind: Token.Kind, text: String) {
                let piece = scalars[start..<end]
                let folded = Self.lookupKey(text)
                texts.append(text)
                foldedWords.append(folded)
                tokens.append(Token(
                    span: TextSpan(start: start, end: end), kind: kind,
                    spaceBefore: start == 0 || Self.isWhitespace(scalars[start - 1]),
                    isCapitalized: kind == .word && Self.startsUppercase(piece),
                    sentence: 0, paragraph: min(paragraph, max(paragraphSpans.count - 1, 0)),
                    mark: kind == .word || kind == .number || kind == .ideographic || kind == .kana ? .none : Token.Mark(piece)))
                wordIDs.append(lexicon.id(of: folded))
            }
            // "…geborgen wurden.Das Fährschiff …": a full stop glued to the next sentence in
            // scraped text is one word to ICU; it is cut into the word, the full stop and
            // the next word, so the sentence can end there.
            if kind == .word, let dot = Self.gluedFullStop(piece) {
                for (part, partKind) in [(start..<(start + dot), Token.Kind.word), ((start + dot)..<(start + dot + 1), .punctuation),
                                         ((start + dot + 1)..<end, .word)] {
                    append(part.lowerBound, part.upperBound, partKind, text: normalized.text(of: TextSpan(start: part.lowerBound, end: part.upperBound)))
                }
                continue
            }
            append(start, end, kind, text: text)
        }

        // Sentences: ICU's segments, cut at paragraph ends and trimmed to their tokens.
        var sentences: [Sentence] = []
        var tokenIndex = 0
        start = 0
        for boundary in sentenceBoundaries {
            let end = utf16.scalarOffset(ofUnit: boundary.unitOffset)
            defer { start = end }
            var first = tokenIndex
            while tokenIndex < tokens.count && tokens[tokenIndex].span.start < end { tokenIndex += 1 }
            // A segment may still hold two paragraphs if ICU did not break between them.
            while first < tokenIndex {
                var last = first
                while last + 1 < tokenIndex && tokens[last + 1].paragraph == tokens[first].paragraph { last += 1 }
                let range = first..<(last + 1)
                for index in range { tokens[index].sentence = sentences.count }
                sentences.append(Sentence(
                    span: TextSpan(start: tokens[first].span.start, end: tokens[last].span.end),
                    tokens: range, paragraph: tokens[first].paragraph))
                first = last + 1
            }
        }

        sentences = Self.splittingWrongSuppressions(sentences, tokens: &tokens, texts: texts, ids: wordIDs, lexicon: lexicon)
        sentences = Self.mergingAfterTitlesAndOrdinals(sentences, tokens: &tokens, texts: texts, ids: wordIDs, lexicon: lexicon)

        // Paragraphs that have tokens, renumbered densely.
        var paragraphs: [Paragraph] = []
        var sentenceIndex = 0
        tokenIndex = 0
        // Original paragraph numbers are line numbers, so an array maps them.
        var renumber = [Int](repeating: 0, count: paragraphSpans.count + 1)
        while tokenIndex < tokens.count {
            let original = tokens[tokenIndex].paragraph
            var end = tokenIndex
            while end < tokens.count && tokens[end].paragraph == original { end += 1 }
            var sentenceEnd = sentenceIndex
            while sentenceEnd < sentences.count && sentences[sentenceEnd].tokens.lowerBound < end { sentenceEnd += 1 }
            let range = tokenIndex..<end
            renumber[original] = paragraphs.count
            paragraphs.append(Paragraph(
                span: TextSpan(start: tokens[tokenIndex].span.start, end: tokens[end - 1].span.end),
                tokens: range, sentences: sentenceIndex..<sentenceEnd,
                isHeading: Self.looksLikeHeading(tokens[range], texts: texts)))
            tokenIndex = end
            sentenceIndex = sentenceEnd
        }
        for index in tokens.indices { tokens[index].paragraph = renumber[tokens[index].paragraph] }
        for index in sentences.indices { sentences[index].paragraph = renumber[sentences[index].paragraph] }
        return TokenLayer(tokens: tokens, sentences: sentences, paragraphs: paragraphs,
                          texts: texts, foldedWords: foldedWords, wordIDs: wordIDs)
    }

    /// Splits sentences that ICU joined at a full stop that ends one. ICU's rules always
    /// break between a full stop and a space and a capital, unless CLDR's abbreviation
    /// list suppresses the break, and ICU matches that list against the end of the word
    /// only: German "r." suppresses the break after every word ending in r ("sagte er.
    /// Er …"), Spanish after "aprobación. Su …". So at such a full stop inside a
    /// sentence, the break is restored unless the word looks like an abbreviation, or
    /// always after a word of `sentence-final.txt` ("Er stellte den Plan vor. Dann …").
    static func splittingWrongSuppressions(_ sentences: [Sentence], tokens: inout [Token], texts: [String], ids: [Int32],
                                           lexicon: Lexicon) -> [Sentence] {
        func endsSentence(_ fullStop: Int) -> Bool {
            let word = fullStop - 1
            if lexicon.sentenceFinalWords.contains(ids[word]) { return true }
            // Glued to the next word, the full stop was cut out of one ICU word ("wurden.Das",
            // see ``gluedFullStop(_:)``): it ends the sentence.
            if !tokens[fullStop + 1].spaceBefore { return true }
            return !looksLikeAbbreviation(texts[word], id: ids[word], lexicon: lexicon)
        }
        var result: [Sentence] = []
        result.reserveCapacity(sentences.count)
        for sentence in sentences {
            var start = sentence.tokens.lowerBound
            for index in sentence.tokens where index > start && index + 1 < sentence.tokens.upperBound
                && tokens[index].mark == .fullStop && !tokens[index].spaceBefore && tokens[index - 1].kind == .word
                && tokens[index + 1].isCapitalized && endsSentence(index) {
                result.append(Sentence(span: TextSpan(start: tokens[start].span.start, end: tokens[index].span.end),
                                       tokens: start..<(index + 1), paragraph: sentence.paragraph))
                start = index + 1
            }
            result.append(Sentence(span: TextSpan(start: tokens[start].span.start, end: sentence.span.end),
                                   tokens: start..<sentence.tokens.upperBound, paragraph: sentence.paragraph))
        }
        // Sentence numbers move only when a sentence was split.
        guard result.count > sentences.count else { return sentences }
        for (number, sentence) in result.enumerated() {
            for index in sentence.tokens { tokens[index].sentence = number }
        }
        return result
    }

    /// Whether a word before a full stop can be an abbreviation: an initial, a title, a
    /// word with inner full stops ("U.S", "z.B"), or a short word the lexicon does not
    /// know ("Mio", "Nr", "bzw"). A word the lexicon knows ("er", "war") is not one, nor
    /// is an acronym in capitals ("CERN", "SPD"), which takes no full stop of its own.
    static func looksLikeAbbreviation(_ word: String, id: Int32, lexicon: Lexicon) -> Bool {
        let length = word.unicodeScalars.count
        if length == 1 || lexicon.isTitle(id) || word.utf8.contains(UInt8(ascii: ".")) { return true }
        if word.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) { return false }
        return id < 0 && length <= maximumAbbreviationLength
    }

    /// The longest word taken for an abbreviation without being listed ("Sept", "inkl").
    static let maximumAbbreviationLength = 5

    /// The offset of a full stop that glues two sentences into one word ("wurden.Das",
    /// "sagte Merkel.Als"): a word of two or more lower-case letters before it (its first
    /// letter may be a capital), a capital and a lower-case letter after it.
    /// Abbreviations ("z.B.", "U.S.", "Dr.Müller"), domain names ("faz.net") and web
    /// addresses ("www.Spiegel.de") do not have that shape.
    static func gluedFullStop(_ piece: ArraySlice<Unicode.Scalar>) -> Int? {
        guard piece.count >= 5, let dot = piece.firstIndex(of: "."), dot - piece.startIndex >= 2, dot + 2 < piece.endIndex else { return nil }
        let before = piece[piece.startIndex..<dot]
        guard before.dropFirst().allSatisfy({ $0.properties.isLowercase }), before.dropFirst().count >= 2,
              before.first?.properties.isAlphabetic == true, !before.elementsEqual("www".unicodeScalars),
              piece[dot + 1].properties.isUppercase, piece[dot + 2].properties.isLowercase else { return nil }
        return dot - piece.startIndex
    }

    /// ICU's suppressions miss some abbreviations ("Dr." in ICU 72): a sentence that ends
    /// with a title from the lexicon and a full stop continues into the next one.
    ///
    /// Where a full stop marks ordinals (`ordinal_full_stop`: German "am 6. Oktober", "der
    /// 2. Weltkrieg"), a sentence that ends with a number of one or two digits and a full
    /// stop continues too; a year ("1990.") still ends one.
    static func mergingAfterTitlesAndOrdinals(_ sentences: [Sentence], tokens: inout [Token], texts: [String], ids: [Int32], lexicon: Lexicon) -> [Sentence] {
        func continues(after last: Sentence, into next: Sentence) -> Bool {
            let stop = last.tokens.upperBound - 1
            guard last.tokens.count >= 2, tokens[stop].mark == .fullStop, !tokens[stop].spaceBefore else { return false }
            if lexicon.isTitle(ids[stop - 1]) { return true }
            // "Donald J. Trump", "George W. Bush": a capital letter alone after a name is a
            // middle initial when a capitalised word that is no function word or pronoun
            // follows ("Plan B. Then he left" ends a sentence).
            let first = next.tokens.lowerBound
            if tokens[stop - 1].kind == .word, texts[stop - 1].unicodeScalars.count == 1, tokens[stop - 1].isCapitalized,
               stop - 2 >= last.tokens.lowerBound, tokens[stop - 2].kind == .word, tokens[stop - 2].isCapitalized,
               tokens[first].kind == .word, tokens[first].isCapitalized,
               lexicon.wordClass(of: ids[first]) == nil, lexicon.pronouns.value(of: ids[first]) == nil {
                return true
            }
            return lexicon.hasOrdinalFullStop && tokens[stop - 1].kind == .number && texts[stop - 1].utf8.count <= 2
        }
        var merged: [Sentence] = []
        for sentence in sentences {
            if let last = merged.last, last.paragraph == sentence.paragraph, continues(after: last, into: sentence) {
                merged[merged.count - 1].tokens = last.tokens.lowerBound..<sentence.tokens.upperBound
                merged[merged.count - 1].span = TextSpan(start: last.span.start, end: sentence.span.end)
                for index in sentence.tokens { tokens[index].sentence = merged.count - 1 }
            } else {
                for index in sentence.tokens { tokens[index].sentence = merged.count }
                merged.append(sentence)
            }
        }
        return merged
    }

    /// The key a token is looked up under: case-folded, without bidi controls (RLM, LRM,
    /// embeddings, isolates), which ICU keeps inside words but which say nothing about
    /// the word ("\u{200F}وقال" is "وقال"). The token's text and span keep them.
    static func lookupKey(_ text: String) -> String {
        let (folded, isASCII) = CaseFolding.foldNotingASCII(text)
        // Every bidi control is encoded with a lead byte of E2 (U+200E…U+2069) or D8
        // (U+061C): one byte scan rules most other words out.
        guard !isASCII, folded.utf8.contains(where: { $0 == 0xE2 || $0 == 0xD8 }),
              folded.unicodeScalars.contains(where: isBidiControl) else { return folded }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: folded.unicodeScalars.filter { !isBidiControl($0) })
        return String(scalars)
    }

    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether a segment holds more than whitespace and bidi controls (a lone RLM or an
    /// embedding mark between words is not a token).
    private static func hasNonSpace(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
        piece.contains { !isWhitespace($0) && !isBidiControl($0) }
    }

    // Unicode property look-ups are the tokenizer's largest cost on Latin text; ASCII
    // answers them without the tables.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// Whether the first letter of a word is upper case (or title case).
    static func startsUppercase(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
        for scalar in piece {
            if scalar.isASCII {
                if (0x41...0x5A).contains(scalar.value) { return true }
                if (0x61...0x7A).contains(scalar.value) { return false }
                continue
            }
            guard scalar.properties.isAlphabetic else { continue }
            return scalar.properties.isUppercase || scalar.properties.changesWhenLowercased
        }
        return false
    }

    /// Spans of the lines of the text (line feed, carriage return, U+2028, U+2029, U+0085).
    static func paragraphSpans(_ scalars: [Unicode.Scalar]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x0A, 0x0D, 0x2028, 0x2029, 0x85:
                if index > start { spans.append(TextSpan(start: start, end: index)) }
                start = index + 1
            default: break
            }
        }
        if scalars.count > start { spans.append(TextSpan(start: start, end: scalars.count)) }
        return spans
    }

    /// ICU's word rule status says letters, numbers, kana or ideographs; everything else
    /// is classified by its Unicode properties.
    static func kind(of piece: ArraySlice<Unicode.Scalar>, ruleStatus: Int32) -> Token.Kind {
        switch ruleStatus {
        case 100..<200: return .number
        case 200..<300: return .word
        case 300..<400: return .kana
        case 400..<500: return .ideographic
        default: break
        }
        guard let scalar = piece.first else { return .symbol }
        if scalar.isASCII {
            switch scalar {
            case "\"", "'": return .quoteMark
            case "-": return .dash
            case "$", "+", "<", "=", ">", "^", "`", "|", "~": return .symbol
            default:
                if (0x30...0x39).contains(scalar.value) { return .number }
                if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) { return .word }
                return .punctuation
            }
        }
        if scalar.properties.isQuotationMark { return .quoteMark }
        if scalar.properties.isDash { return .dash }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .word
        case .decimalNumber, .letterNumber, .otherNumber:
            return .number
        default:
            return .symbol
        }
    }

    /// A heading: a short line that does not end in sentence punctuation ("Big achievement").
    static func looksLikeHeading(_ tokens: ArraySlice<Token>, texts: [String]) -> Bool {
        guard let last = tokens.last, let first = tokens.first else { return false }
        var words = 0
        for token in tokens where token.isWordLike {
            words += 1
            if words > 10 { return false }
        }
        guard words > 0, first.kind != .quoteMark, first.kind != .dash else { return false }
        if last.kind == .quoteMark || last.kind == .dash { return false }
        if last.kind == .punctuation && !Self.headingClosers.contains(texts[tokens.endIndex - 1]) { return false }
        return true
    }

    /// Brackets a heading may end with.
    private static let headingClosers: Set<String> = ["(", ")", "[", "]"]
}
