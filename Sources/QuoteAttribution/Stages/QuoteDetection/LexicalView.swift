/// The tokens of one document seen through its language's lexicon: the questions the
/// phrase finders ask about a token ("is this a complementizer?", "does a cue start
/// here?"), answered from lexicon data only.
///
/// A class: the phrase finders pass it around and capture it in closures, and a struct
/// of five arrays would be retained and released field by field at every copy.
final class LexicalView: Sendable {
    let layer: TokenLayer
    let lexicon: Lexicon
    // Stored, not computed from `layer`: these are read for every token, and a stored
    // array is read in place instead of being retained and released at each access.
    let tokens: [Token]
    let texts: [String]
    let words: [String]
    let ids: [Int32]
    /// The ids to ask about roles, organisations, anonymous sources and documents: a
    /// compound's speaker-noun ending where the lexicon says nouns are compounded and does
    /// not know the word itself ("Wahlkommission" → "kommission"), else the word's id.
    let nounIDs: [Int32]

    init(layer: TokenLayer, lexicon: Lexicon) {
        self.layer = layer
        self.lexicon = lexicon
        self.tokens = layer.tokens
        self.texts = layer.texts
        self.words = layer.foldedWords
        self.ids = layer.wordIDs
        self.nounIDs = lexicon.hasCompoundNouns ? Self.compoundHeads(layer, lexicon) : layer.wordIDs
        self.surnames = lexicon.capitalizesNouns ? Self.surnames(layer, lexicon) : []
    }

    /// Where every noun is capitalised, the words that follow a known first name somewhere
    /// in the document ("Barack Obama"): alone later ("warb Obama für …") they are still a
    /// person's name, not a noun.
    let surnames: Set<String>

    private static func surnames(_ layer: TokenLayer, _ lexicon: Lexicon) -> Set<String> {
        var result = Set<String>()
        for index in layer.tokens.indices.dropFirst() where layer.tokens[index].kind == .word && layer.tokens[index].isCapitalized
            && layer.tokens[index - 1].kind == .word && layer.tokens[index - 1].isCapitalized
            && lexicon.givenNames.contains(layer.wordIDs[index - 1]) && lexicon.wordClass(of: layer.wordIDs[index]) == nil {
            result.insert(layer.foldedWords[index])
        }
        return result
    }

    /// Capitalised words the lexicon does not know at all, looked up by their endings
    /// (only where nouns are compounded, so only there is the work done). A word after a
    /// first name is a surname ("Thomas Hartmann"), not a compound.
    private static func compoundHeads(_ layer: TokenLayer, _ lexicon: Lexicon) -> [Int32] {
        var result = layer.wordIDs
        for index in layer.tokens.indices where result[index] < 0 && layer.tokens[index].kind == .word && layer.tokens[index].isCapitalized
            && !(index > 0 && lexicon.givenNames.contains(layer.wordIDs[index - 1])) {
            var word = layer.foldedWords[index]
            let head = word.withUTF8 { lexicon.compoundHead(ofUTF8: $0) }
            if head >= 0 { result[index] = head }
        }
        return result
    }

    /// A preposition of its own, or a word with a preposition joined to it ("بالاتفاق",
    /// `preposition_prefix`). Asked only on the caseless paths, so it is not precomputed.
    func isPreposition(_ index: Int) -> Bool {
        if isClass(index, .preposition) { return true }
        guard tokens[index].kind == .word else { return false }
        let word = words[index]
        return lexicon.prepositionPrefixes.contains { word.hasPrefix($0) && word.count > $0.count + 1 }
    }

    /// A determiner that never stands before a verb (`noun_determiner`).
    func isNounDeterminer(_ index: Int) -> Bool {
        tokens[index].kind == .word && !lexicon.nounDeterminers.isEmpty && lexicon.nounDeterminers.contains(words[index])
    }

    /// A word with a participle ending (`participle_ending`) and a stem of at least two letters.
    func isParticiple(_ index: Int) -> Bool {
        guard tokens[index].kind == .word, !lexicon.participleEndings.isEmpty else { return false }
        let word = words[index]
        return lexicon.participleEndings.contains { word.hasSuffix($0) && word.count >= $0.count + 2 }
    }

    /// A pronoun that is only ever a subject (`subject_pronoun`).
    func isSubjectPronoun(_ index: Int) -> Bool {
        tokens[index].kind == .word && !lexicon.subjectPronouns.isEmpty && lexicon.subjectPronouns.contains(words[index])
    }

    /// A determiner that, after a noun, opens a new phrase rather than an attribute of
    /// that noun (any determiner not in `attribute_determiner`, where the list is set).
    func opensNewPhraseAfterNoun(_ index: Int) -> Bool {
        !lexicon.attributeDeterminers.isEmpty && isDeterminer(index) && !lexicon.attributeDeterminers.contains(words[index])
    }

    func wordClass(_ index: Int) -> WordClass? {
        guard tokens[index].isWordLike else { return nil }
        return lexicon.wordClass(of: ids[index])
    }

    /// Whether the word is of a class; a comparative is a conjunction too.
    func isClass(_ index: Int, _ wordClass: WordClass) -> Bool {
        let own = self.wordClass(index)
        return own == wordClass || wordClass == .conjunction && own == .comparative
    }

    func isComplementizer(_ index: Int) -> Bool { lexicon.complementizers.contains(ids[index]) }
    func isNegator(_ index: Int) -> Bool { lexicon.negators.contains(ids[index]) }
    func pronoun(_ index: Int) -> PronounEntry? { tokens[index].isWordLike ? lexicon.pronouns.value(of: ids[index]) : nil }

    func isDeterminer(_ index: Int) -> Bool {
        let wordClass = self.wordClass(index)
        return wordClass == .determiner || wordClass == .indefinite
    }

    /// Commas of every script (Latin, Arabic, ideographic).
    func isComma(_ index: Int) -> Bool { tokens[index].mark == .comma }

    /// A colon, but not one inside a time or score written without spaces ("11:09 Uhr",
    /// "2:1"), which belongs to its number.
    func isColon(_ index: Int) -> Bool {
        guard tokens[index].mark == .colon else { return false }
        let inNumber = index > 0 && index + 1 < tokens.count && tokens[index - 1].kind == .number
            && tokens[index + 1].kind == .number && !tokens[index].spaceBefore && !tokens[index + 1].spaceBefore
        return !inNumber
    }

    /// Sentence-final punctuation (full stop, question and exclamation marks, ellipsis).
    func isTerminal(_ index: Int) -> Bool {
        let mark = tokens[index].mark
        guard mark == .terminal || mark == .fullStop else { return false }
        // The full stop of a title ("M. Dupont", "Dr. Smith") ends nothing.
        return !(mark == .fullStop && index > 0 && !tokens[index].spaceBefore
            && tokens[index - 1].isCapitalized && lexicon.isTitle(ids[index - 1]))
    }

    /// A cue that starts at `index`. A separable verb ("teilte … mit") is a cue only when
    /// its particle follows in the same clause; the entry then carries the particle.
    func cue(at index: Int) -> (length: Int, entry: CueEntry)? {
        guard tokens[index].isWordLike else { return nil }
        let regular = lexicon.cues.longestMatch(in: ids, at: index)
        // "forderte China zur Aufnahme eines Dialogs auf": a separable verb whose particle
        // closes the clause goes before the same verb without its particle ("forderte");
        // a longer fixed form ("ist der Meinung") goes before both.
        if regular.map({ $0.length == 1 }) ?? true, let separable = separableCue(at: index) { return separable }
        guard let regular else { return nil }
        // "nach israelischen Angaben" is a source, "nach dem Spiel" is not.
        if regular.value.frames.contains(.sourceNoun), !introducesSourceNoun(after: index + regular.length) { return nil }
        return (regular.length, regular.value)
    }

    private func separableCue(at index: Int) -> (length: Int, entry: CueEntry)? {
        guard let separable = lexicon.separableCues.longestMatch(in: ids, at: index) else { return nil }
        // The particle closes the clause part (the German "right bracket"), so the last
        // one before the clause ends wins: "gab an der Pressekonferenz bekannt".
        let sentence = tokens[index].sentence
        var position = index + separable.length
        let limit = min(tokens.count, position + Self.particleReach)
        var found: CueEntry?
        var foundEnd: Int?
        while position < limit, tokens[position].sentence == sentence {
            if endsClause(position) {
                guard let next = afterNameApposition(at: position) else { break }
                position = next
                continue
            }
            // The particle closes the clause: punctuation, a conjunction or the sentence end
            // follows it ("ging aus der Version 5.2 hervor" has a preposition "aus").
            for alternative in separable.value where matches(alternative.particle, at: position)
                && closesClause(after: position + alternative.particle.count, sentence: sentence) {
                // "geht … davon aus": a longer particle that ends where a shorter one does
                // ("aus") is the one that closes the clause.
                if let previous = found, foundEnd == position + alternative.particle.count,
                   previous.particle.count > alternative.particle.count { continue }
                found = alternative.entry
                found?.particle = alternative.particle
                foundEnd = position + alternative.particle.count
            }
            position += 1
        }
        return found.map { (separable.length, $0) }
    }

    /// Whether the word stands for what someone said: a document, a noun of saying or a
    /// compound ending in one ("Bericht", "Angaben", "Polizeiangaben").
    func isNounOfSaying(_ index: Int) -> Bool {
        lexicon.documents.contains(nounIDs[index]) || lexicon.endsInSourceNoun(words[index])
    }

    /// Whether a noun of saying heads the noun phrase that starts at `start`: after
    /// determiners, possessives and lower-case adjectives, or after a name in the genitive
    /// ("nach Grupps Meinung"), within a few words.
    private func introducesSourceNoun(after start: Int) -> Bool {
        var index = start
        // "in a CNN national poll", "in the latest Post-ABC News poll": where only names are
        // capitalised, determiners, adjectives, names, numbers and hyphens may stand before
        // the lower-case noun. A noun followed by a cue (after auxiliaries) is that verb's
        // subject or part of it, and the preposition no source: "voters in a recent poll
        // said …", "in a row that the poll has shown …".
        if !lexicon.capitalizesNouns {
            while index < min(tokens.count, start + Self.sourceNounReach) {
                let token = tokens[index]
                if token.kind == .word {
                    if !token.isCapitalized, lexicon.endsInSourceNoun(words[index]) {
                        var next = index + 1
                        while next < tokens.count, isClass(next, .auxiliary) { next += 1 }
                        return next >= tokens.count || lexicon.cues.longestMatch(in: ids, at: next) == nil
                    }
                    if isComplementizer(index) { return false }
                    if let wordClass = wordClass(index), ![.determiner, .indefinite].contains(wordClass), pronoun(index) == nil { return false }
                } else if token.kind != .number && token.mark != .hyphen && texts[index] != "/" {
                    return false
                }
                index += 1
            }
            return false
        }
        while index < min(tokens.count, start + 5), tokens[index].kind == .word {
            if tokens[index].isCapitalized {
                if lexicon.endsInSourceNoun(words[index]) { return true }
                // "nach UNHCR-Angaben": a compound written with a hyphen ends in its last part.
                if index + 2 < tokens.count, tokens[index + 1].mark == .hyphen, !tokens[index + 1].spaceBefore,
                   !tokens[index + 2].spaceBefore, tokens[index + 2].kind == .word, lexicon.endsInSourceNoun(words[index + 2]) { return true }
                // A genitive name before the noun ("Schäubles Idee") may stand first.
                guard index == start, index + 1 < tokens.count, tokens[index + 1].isCapitalized else { return false }
            } else if let wordClass = wordClass(index), ![.determiner, .indefinite, .reflexive].contains(wordClass), pronoun(index) == nil {
                return false
            }
            index += 1
        }
        return false
    }

    /// How many tokens may stand between a `source_noun` cue and its noun where nouns are
    /// not capitalised ("in the latest Washington Post-ABC News poll").
    static let sourceNounReach = 10

    /// How far after a separable verb its particle may stand ("gab am Montag in Berlin
    /// bekannt").
    static let particleReach = 16

    /// The position of a separable cue's particle at or after `start` in its clause.
    func particle(of entry: CueEntry, from start: Int) -> Range<Int>? {
        guard !entry.particle.isEmpty else { return nil }
        var position = start
        var found: Range<Int>?
        while position < min(tokens.count, start + Self.particleReach) {
            if endsClause(position) {
                // From the comma that closes the subject's apposition ("…, Jens Berg, mit").
                if position == start, isComma(position) { position += 1; continue }
                guard let next = afterNameApposition(at: position) else { break }
                position = next
                continue
            }
            if matches(entry.particle, at: position) { found = position..<(position + entry.particle.count) }
            position += 1
        }
        return found
    }

    /// The longest name in commas that a separable cue's particle may follow.
    static let maximumApposedName = 5

    /// "teilte der Sprecher der Fraktion, Jens Berg, mit": a name in commas after the
    /// subject is its apposition, and the particle may follow it. Returns the position
    /// after the second comma when `comma` opens such a name.
    private func afterNameApposition(at comma: Int) -> Int? {
        guard isComma(comma) else { return nil }
        var index = comma + 1
        while index < min(tokens.count, comma + 1 + Self.maximumApposedName), isNamePart(index) { index += 1 }
        guard index > comma + 1, index < tokens.count, isComma(index), tokens[index].sentence == tokens[comma].sentence else { return nil }
        return index + 1
    }

    /// Whether the clause ends right before `index`: at the sentence end, punctuation, a
    /// quotation mark, a complementizer or a conjunction.
    private func closesClause(after index: Int, sentence: Int) -> Bool {
        guard index < tokens.count, tokens[index].sentence == sentence else { return true }
        return endsClause(index) || tokens[index].kind == .dash || tokens[index].mark == .openParenthesis
            || tokens[index].mark == .closeParenthesis || isClass(index, .conjunction) || isClass(index, .contrast)
    }

    /// Punctuation, quotation marks and complementizers end the clause a particle closes.
    private func endsClause(_ index: Int) -> Bool {
        switch tokens[index].mark {
        // "am 6. Mai": the full stop of an ordinal ends nothing.
        case .fullStop: return !(lexicon.hasOrdinalFullStop && index > 0 && tokens[index - 1].kind == .number && !tokens[index].spaceBefore)
        case .comma, .colon, .terminal: return true
        default: return tokens[index].kind == .quoteMark || isComplementizer(index)
        }
    }

    private func matches(_ words: [Int32], at index: Int) -> Bool {
        guard index + words.count <= ids.count else { return false }
        for (offset, word) in words.enumerated() where ids[index + offset] != word { return false }
        return true
    }

    /// The length of a sentence adverb or connective ending at `index` ("also",
    /// "in turn"), or 0.
    func adverbLength(endingAt index: Int, notBefore lowest: Int) -> Int {
        for start in stride(from: max(lowest, index - 3), through: index, by: 1) {
            if let match = lexicon.functionWords.longestMatch(in: ids, at: start),
               match.value == .adverb, start + match.length == index + 1 {
                return match.length
            }
        }
        return 0
    }

    /// The length of a sentence adverb or connective starting at `index`, or 0.
    func adverbLength(startingAt index: Int) -> Int {
        guard index < tokens.count, let match = lexicon.functionWords.longestMatch(in: ids, at: index),
              match.value == .adverb else { return 0 }
        return match.length
    }

    /// Whether the token can be part of a proper name: capitalised (in a cased script),
    /// a lower-case name particle ("al", "van") or a hyphen inside a name.
    func isNamePart(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .word && token.isCapitalized { return true }
        // "al-Jaafari", "van Gogh": a particle counts when a capitalised part follows
        // (not "de-escalation").
        if token.kind == .word && lexicon.nameParticles.contains(ids[index]) {
            guard index + 1 < tokens.count else { return false }
            if tokens[index + 1].isCapitalized { return true }
            return tokens[index + 1].mark == .hyphen && !tokens[index + 1].spaceBefore
                && index + 2 < tokens.count && !tokens[index + 2].spaceBefore && tokens[index + 2].isCapitalized
        }
        // A hyphen inside a name joins two name parts ("al-Jaafari", "Smith-Jones").
        if token.mark == .hyphen && !token.spaceBefore, index + 1 < tokens.count, !tokens[index + 1].spaceBefore, index > 0 {
            return tokens[index - 1].kind == .word && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
        }
        return false
    }
}
