/// Reads a phrase that names or describes a speaker and says what it is: the proper
/// name in it, the role words around the name, the affiliation (a country from a
/// demonym, "Kazakh" → Kazakhstan, or a place name), whether it is anonymous, and its
/// type. All of it from lexicon lists; none of it from language-specific code.
struct MentionAnalyzer {
    let view: LexicalView
    let normalized: NormalizedText

    var lexicon: Lexicon { view.lexicon }
    var tokens: [Token] { view.tokens }

    /// The text of tokens, with the spacing of the original.
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return normalized.text(of: TextSpan(start: tokens[first].span.start, end: tokens[last].span.end))
    }

    /// Folded name words, family name last, joining parts that punctuation holds
    /// together ("al-Jaafari" → "al-jaafari"). Words written together are separate words
    /// in scripts without spaces ("村井健一" → 村井, 健一), and where the lexicon says the
    /// family name comes first they are reversed ([健一, 村井]), so that the resolver,
    /// which matches a short form against the end of a full name, finds "村井" in it.
    func nameWords(_ range: Range<Int>) -> [String] {
        var words: [String] = []
        for index in range {
            if index > range.lowerBound && !tokens[index].spaceBefore
                && !(tokens[index].isWordLike && tokens[index - 1].isWordLike), let last = words.popLast() {
                words.append(last + view.words[index])
            } else {
                words.append(view.words[index])
            }
        }
        words.removeAll { $0 == "." }
        return lexicon.familyNameFirst ? words.reversed() : words
    }

    func analyze(_ range: Range<Int>, apposition: Range<Int>?) -> Mention {
        var start = range.lowerBound
        var isDefinite = false
        var isIndefinite = false
        while start < range.upperBound - 1, view.isDeterminer(start) {
            if view.isClass(start, .indefinite) { isIndefinite = true } else { isDefinite = true }
            start += 1
        }
        // "l’allenatore": the determiner is written joined to the noun.
        if !isDefinite && !isIndefinite, lexicon.withoutElidedDeterminer(view.words[start]) != nil { isDefinite = true }
        let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
        var mention = Mention(
            span: span, tokens: range, text: text(range), form: .nominal, type: .person, name: nil, nameSpan: nil, nameWords: [],
            role: nil, roleHead: nil, affiliation: nil, anonymous: false, gender: .any, number: .singular,
            isDefinite: isDefinite, quote: nil, roleSource: nil)

        if range.count == 1, let pronoun = view.pronoun(range.lowerBound) {
            mention.form = .pronoun
            mention.gender = pronoun.gender
            mention.number = pronoun.number
            mention.type = pronoun.gender == .neuter ? .organisation : .person
            return mention
        }

        if let name = nameRun(in: start..<range.upperBound) {
            mention.form = .name
            mention.name = text(name)
            mention.nameSpan = TextSpan(start: tokens[name.lowerBound].span.start, end: tokens[name.upperBound - 1].span.end)
            mention.nameWords = nameWords(name)
            // "Anna Berg": a known first name says the gender (a lone surname does not).
            if name.count >= 2, let gender = lexicon.givenNames.value(of: view.ids[name.lowerBound]) {
                mention.gender = gender
            }
            // A name with a role word before it is a person ("President Trump"); one
            // made of organisation words is an organisation; a country is a state.
            if let place = lexicon.places.longestMatch(in: view.ids, at: name.lowerBound),
               place.length == name.count, place.value.kind != .demonym {
                // A country, or a capital standing for its government ("Moscow said").
                mention.type = .state
                mention.affiliation = place.value.country
            } else if name.contains(where: { lexicon.organisations.contains(view.nounIDs[$0]) }) {
                mention.type = .organisation
            }
            let roleRange = start..<name.lowerBound
            if roleRange.count > 0 {
                applyRole(roleRange, to: &mention, source: "premodifier")
            }
            if name.upperBound < range.upperBound, mention.role == nil {
                applyRole(name.upperBound..<range.upperBound, to: &mention, source: "postmodifier")
            }
        } else {
            // A common-noun phrase: "an Iranian Foreign Ministry official", "the document".
            let head = headNoun(in: start..<range.upperBound)
            let headWord = view.words[head]
            let headID = view.nounIDs[head]
            if lexicon.documents.contains(headID) {
                mention.type = .document
            } else if lexicon.anonymousSources.contains(headID) && !isDefinite {
                mention.type = .source
                mention.anonymous = true
            } else if lexicon.organisations.contains(headID) {
                mention.type = .organisation
            } else if let place = lexicon.places.value(of: headID), place.kind == .country {
                mention.type = .state
                mention.affiliation = place.country
            } else {
                mention.type = .person
                mention.anonymous = isIndefinite
            }
            // "an official" has the role official; "sources" alone has none.
            if lexicon.roles.contains(headID) || (lexicon.anonymousSources.contains(headID) && range.upperBound - start > 1) {
                applyRole(start..<range.upperBound, to: &mention, source: "head noun")
                mention.roleHead = lexicon.withoutElidedDeterminer(headWord) ?? headWord
            }
            mention.name = mention.text
        }
        if let apposition, let role = appositionRole(apposition) {
            applyRole(role, to: &mention, source: "apposition")
        }
        if mention.affiliation == nil { mention.affiliation = affiliation(in: range) }
        return mention
    }

    /// The proper name at the end of a phrase ("… Minister of Foreign Affairs Kairat
    /// Abdrakhmanov" → "Kairat Abdrakhmanov"), or at its start ("Jan Verhoeven, who …").
    func nameRun(in range: Range<Int>) -> Range<Int>? {
        guard lexicon.isCased else { return caselessNameRun(in: range) }
        var range = range
        // Where every noun is capitalised, a determiner or preposition after the first
        // noun starts an attribute ("Die Bewohner des Dorfes", "Anna Berg von der SPD"):
        // the name is looked for before it, unless the noun stands for what someone said
        // ("Angaben der Polizei", "Berichten der Zeitung").
        if lexicon.capitalizesNouns, let noun = range.first(where: { tokens[$0].isCapitalized && view.wordClass($0) == nil }),
           !view.isNounOfSaying(noun),
           let attribute = ((noun + 1)..<range.upperBound).first(where: { view.isDeterminer($0) || view.isClass($0, .preposition) }) {
            range = range.lowerBound..<attribute
        }
        func isNameWord(_ index: Int) -> Bool {
            guard view.isNamePart(index), view.pronoun(index) == nil, !isRoleWord(index),
                  !lexicon.isTitle(view.ids[index]), !endsDescriptiveCompound(index) else { return false }
            // Capitalised function words ("The", "Meanwhile") start sentences, not names.
            return tokens[index].kind != .word || view.wordClass(index) == nil || isParticle(index)
        }
        var end = range.upperBound
        while end > range.lowerBound && !isNameWord(end - 1) && (tokens[end - 1].kind != .word) { end -= 1 }
        var start = end
        while start > range.lowerBound && isNameWord(start - 1) { start -= 1 }
        // A run starts with a word, not with the hyphen of a compound ("EU-Außenbeauftragte"),
        // nor with a function word capitalised because it opens the sentence, which only
        // looks like a particle ("Von TheVerge wird …"; "von der Leyen" is lower case).
        while start < end, tokens[start].kind != .word || end - start > 1 && view.wordClass(start) != nil
                && view.layer.sentences[tokens[start].sentence].tokens.lowerBound == start {
            start += 1
        }
        // A surname that is also a common word ("Vince Cable", "Daniel Price") is a
        // name when a name stands right before it.
        if start == end, end - 2 >= range.lowerBound, view.isNamePart(end - 1), tokens[end - 1].isCapitalized,
           !lexicon.anonymousSources.contains(view.nounIDs[end - 1]), isNameWord(end - 2) {
            start = end - 2
            while start > range.lowerBound && isNameWord(start - 1) { start -= 1 }
        }
        if start < end { return wordsOnly(start..<end) }
        start = range.lowerBound
        while start < range.upperBound && (lexicon.isTitle(view.ids[start]) || tokens[start].kind != .word) { start += 1 }
        end = start
        while end < range.upperBound && isNameWord(end) { end += 1 }
        return wordsOnly(start..<end)
    }

    /// A name starts and ends with a word, not with the hyphen of a compound whose other
    /// part describes ("Klub-Sekretär" has no name "-Sekretär", "Stratfor-Kunden" none
    /// "Stratfor-").
    private func wordsOnly(_ run: Range<Int>) -> Range<Int>? {
        var run = run
        while let first = run.first, tokens[first].kind != .word { run = run.dropFirst() }
        while let last = run.last, tokens[last].kind != .word { run = run.dropLast() }
        return run.isEmpty ? nil : run
    }

    /// Without capitals, a name is what the descriptive words leave: the last run of words
    /// that are not role, organisation, place, title or function words
    /// ("وزير الخارجية الروسي سيرغي لافروف" → "سيرغي لافروف", "外交部发言人汪文斌" → "汪文斌",
    /// "林芳正官房長官" → "林芳正"). A phrase of descriptive words only
    /// ("المتحدث باسم الوزارة") has no name.
    private func caselessNameRun(in range: Range<Int>) -> Range<Int>? {
        func isNameWord(_ index: Int) -> Bool {
            tokens[index].isWordLike && !isRoleWord(index) && !lexicon.isTitle(view.ids[index]) && view.wordClass(index) == nil
                && !view.isPreposition(index)
                && lexicon.places.value(of: view.ids[index]) == nil && view.pronoun(index) == nil
                && !isInNonNameScript(index)
        }
        // The name is the last run of name words: before the titles that follow it
        // ("東都大学の田中誠教授" → 田中誠) or at the end ("…الروسي سيرغي لافروف").
        var end = range.upperBound
        while end > range.lowerBound {
            if let compound = splitCompoundStart(endingAt: end, notBefore: range.lowerBound) {
                end = compound
            } else if !isNameWord(end - 1) {
                end -= 1
            } else {
                break
            }
        }
        var start = end
        while start > range.lowerBound && isNameWord(start - 1)
                && splitCompoundStart(endingAt: start, notBefore: range.lowerBound) == nil {
            start -= 1
        }
        return start < end ? start..<end : nil
    }

    /// Where a descriptive word is written together with the name before it, the first
    /// of the tokens that spell it: the word breaker splits "藤原昌弘財務相" into
    /// 藤原|昌弘|財務|相 and "有关负责人" into 有关|负责|人, and the lexicon, segmented the
    /// same way, lists 財務相 and 负责人 as phrases of two tokens. Without this the first
    /// half ("財務") is taken for the end of the name. Nil where no role, organisation,
    /// anonymous-source or document phrase of two or more tokens written together ends
    /// at `end`.
    private func splitCompoundStart(endingAt end: Int, notBefore lowerBound: Int) -> Int? {
        var start = max(lowerBound, end - Self.maximumSplitParts)
        while start < end - 1 && ((start + 1)..<end).contains(where: { tokens[$0].spaceBefore }) { start += 1 }
        for candidate in start..<max(start, end - 1) {
            func spellsIt(_ table: PhraseTable<Bool>) -> Bool { table.longestMatch(in: view.ids, at: candidate)?.length == end - candidate }
            if spellsIt(lexicon.roles) || spellsIt(lexicon.organisations) || spellsIt(lexicon.anonymousSources) || spellsIt(lexicon.documents) {
                return candidate
            }
        }
        return nil
    }

    /// The most tokens a split lexicon word is looked for across ("文部|科学|省" is three).
    private static let maximumSplitParts = 5

    /// Whether a word has letters of a script no name is written in (`non_name_script`).
    private func isInNonNameScript(_ index: Int) -> Bool {
        guard !lexicon.nonNameScripts.isEmpty else { return false }
        return view.words[index].unicodeScalars.contains { scalar in
            scalar.properties.isAlphabetic && Script.shortName(of: scalar).map(lexicon.nonNameScripts.contains) == true
        }
    }

    private func isParticle(_ index: Int) -> Bool { lexicon.nameParticles.contains(view.ids[index]) }

    /// Whether the token is a part or hyphen of a hyphenated compound whose last part is a
    /// role, organisation, anonymous-source or document word: the compound describes
    /// ("UN-Menschenrechts-Komitee", "Klub-Sekretär", "Stratfor-Kunden"), and a name in
    /// it is no name of the speaker.
    private func endsDescriptiveCompound(_ index: Int) -> Bool {
        var last = tokens[index].mark == .hyphen ? index + 1 : index
        guard last < tokens.count, tokens[last].kind == .word, last == index || !tokens[last].spaceBefore && !tokens[index].spaceBefore else {
            return false
        }
        while last + 2 < tokens.count, tokens[last + 1].mark == .hyphen, !tokens[last + 1].spaceBefore,
              !tokens[last + 2].spaceBefore, tokens[last + 2].kind == .word {
            last += 2
        }
        // The last part itself is asked about as a word of its own.
        return last != index && isRoleWord(last)
    }

    /// Words that describe rather than name: role nouns, organisation words, demonyms.
    private func isRoleWord(_ index: Int) -> Bool {
        let word = view.nounIDs[index]
        if lexicon.roles.contains(word) || lexicon.organisations.contains(word) || lexicon.anonymousSources.contains(word)
            || lexicon.documents.contains(word) { return true }
        if let place = lexicon.places.value(of: word), place.kind == .demonym { return true }
        return false
    }

    /// The head of a common-noun phrase: the last word before a preposition ("head of
    /// the delegation" → head), else the last role, organisation, source or document
    /// word, else the last word.
    private func headNoun(in range: Range<Int>) -> Int {
        if let preposition = range.first(where: { view.isClass($0, .preposition) }), preposition > range.lowerBound {
            return preposition - 1
        }
        // Where nouns are capitalised, a determiner after a noun opens its genitive
        // attribute ("die Unterstützer des Antrags" → Unterstützer).
        if lexicon.capitalizesNouns, let noun = range.first(where: { tokens[$0].isCapitalized && view.wordClass($0) == nil }),
           let attribute = ((noun + 1)..<range.upperBound).first(where: { view.isDeterminer($0) }) {
            return attribute - 1
        }
        // Where adjectives follow the noun ("l’allenatore forlivese", "el ministro ruso"),
        // the last word the lexicon knows as a head is the head.
        return range.last { isRoleWord($0) } ?? range.last { tokens[$0].isWordLike } ?? range.lowerBound
    }

    /// The role words of an apposition ("a doctor" → "doctor", "the head of X").
    private func appositionRole(_ range: Range<Int>) -> Range<Int>? {
        guard let first = range.first else { return nil }
        if view.isClass(first, .relative) { return nil }
        var start = first
        while start < range.upperBound - 1 && view.isDeterminer(start) { start += 1 }
        return start..<range.upperBound
    }

    /// Sets a role from role words, moving a leading demonym to the affiliation
    /// ("Kazakh Minister of Foreign Affairs" → role "Minister of Foreign Affairs",
    /// affiliation Kazakhstan).
    private func applyRole(_ range: Range<Int>, to mention: inout Mention, source: String) {
        var start = range.lowerBound
        while start < range.upperBound && (view.isDeterminer(start) || view.isComma(start)) { start += 1 }
        var end = range.upperBound
        while end > start && (view.isComma(end - 1) || tokens[end - 1].kind == .punctuation) { end -= 1 }
        guard start < end else { return }
        if let place = lexicon.places.longestMatch(in: view.ids, at: start), place.value.kind == .demonym,
           start + place.length < end {
            mention.affiliation = mention.affiliation ?? place.value.country
            start += place.length
        }
        guard range.contains(where: { lexicon.roles.contains(view.nounIDs[$0]) || lexicon.anonymousSources.contains(view.nounIDs[$0]) }) else {
            return
        }
        mention.role = text(start..<end)
        mention.roleHead = (start..<end).first { lexicon.roles.contains(view.nounIDs[$0]) || lexicon.anonymousSources.contains(view.nounIDs[$0]) }
            .map { lexicon.withoutElidedDeterminer(view.words[$0]) ?? view.words[$0] }
        mention.roleSource = source
    }

    /// The country of the first demonym or place name in a phrase.
    func affiliation(in range: Range<Int>) -> String? {
        for index in range {
            if let place = lexicon.places.longestMatch(in: view.ids, at: index), index + place.length <= range.upperBound,
               tokens[index].isCapitalized || !lexicon.isCased || place.value.kind == .demonym {
                // Demonyms are lower case in many languages ("el ministro ruso").
                return place.value.country
            }
        }
        return nil
    }
}
