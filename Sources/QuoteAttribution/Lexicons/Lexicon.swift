/// Everything the stages know about one language, compiled from `Lexicons/<lang>/` into
/// look-up tables over folded word sequences. Immutable and shared by every worker.
///
/// A class: every stage of every document takes the lexicon out of the set, and a
/// struct of some thirty tables was retained and released table by table each time.
public final class Lexicon: Sendable {
    public let language: Language
    public let name: String
    /// The ICU locale for break iterators and CLDR data ("en", "zh@ss=standard" is added
    /// by the tokenizer).
    public let icuLocale: String
    public let wordOrder: WordOrder
    /// Whether names are capitalised in this script.
    public let isCased: Bool
    /// Quotation mark pairs from the lexicon, added to CLDR's.
    public let extraQuotePairs: [QuotePair]
    /// Every quotation mark pair for this language: CLDR's for the locale, the lexicon's,
    /// and the marks newsrooms use whatever the language (straight quotes, guillemets
    /// both ways, low-high German quotes, corner brackets). Computed once: CLDR's data
    /// comes from ICU's resource bundles.
    public let quotePairs: [QuotePair]
    /// Whether a dash at the start of a paragraph introduces direct speech.
    public let hasDashSpeech: Bool
    /// Whether the language drops subject pronouns ("Añadió que …"): a cue with no
    /// subject then continues the previous statement's speaker.
    public let hasNullSubjects: Bool
    /// Whether the marks newsrooms use in any language (straight quotes, » «, „ “ …)
    /// are added to CLDR's and the lexicon's pairs; French turns this off so that »
    /// never opens a quote.
    public let usesUniversalQuotePairs: Bool
    /// Whether every noun is capitalised (German): a capital letter then says little
    /// about names, and lower-case words are what ends a noun phrase.
    public let capitalizesNouns: Bool
    /// Whether a negator follows what it negates (Turkish "iyi değil", Persian "درست
    /// نیست", Japanese "良くない"): it then reverses the evaluative words before it.
    public let negationFollows: Bool
    /// Whether the finite verb of a main clause comes second (German, Dutch): after a
    /// fronted adjunct the subject follows the cue ("Am Montag sagte der Minister, …").
    public let isVerbSecond: Bool
    /// Whether a full stop after a number marks an ordinal ("am 6. Oktober"), so that it
    /// ends no sentence after a day or a rank.
    public let hasOrdinalFullStop: Bool
    /// Whether a sentence that opens a paragraph with a speaker label and a colon, and no
    /// verb, attributes the rest of the sentence to the label, quoted or not (`label_colon`:
    /// "Obama: Voters will say no", "Historians: the two are linked").
    public let hasLabelColon: Bool
    /// Whether nouns are compounded into one word (German "Regierungssprecher",
    /// "Wahlkommission"): a word the lexicon does not know counts as the role,
    /// organisation, anonymous source or document its ending names.
    public let hasCompoundNouns: Bool
    /// Prepositions written joined to the next word (Arabic بال، لل): such a word starts an
    /// adjunct, like a preposition of its own.
    public let prepositionPrefixes: [String]
    /// Pronouns that are only ever the subject (German "er", "wir"): in a verb-second
    /// language, one right after a cue is its subject, and what stands before the cue
    /// was fronted ("Der Politik schlug er vor, …").
    public let subjectPronouns: Set<String>
    /// Determiners that never stand before a verb (English "the", "his"): a cue form
    /// right after one is the noun, not the verb ("the state that …", "his support rose").
    public let nounDeterminers: Set<String>
    /// Endings of participles (English "-ing"): a cue form with one after a comma reports
    /// what follows it, never what stands before ("…, saying they were busy").
    public let participleEndings: [String]
    /// Words that, closing a clause with a hearsay word in it, make the clause a report
    /// on its own (German perfect infinitive "haben", "sein": "Der Täter soll das Gebäude
    /// gestürmt haben"; "Die Brücke soll gebaut werden" is a plan).
    public let hearsayReportEndings: Set<String>
    /// Determiners that may open an attribute after a noun (German genitive "der", "des",
    /// "eines": "nach Angaben der Polizei"). Where the list is not empty, any other
    /// determiner right after a noun in a source phrase opens the clause's own words
    /// ("laut Bericht eine hohe Dunkelziffer").
    public let attributeDeterminers: Set<String>
    /// Whether the family name comes first (Japanese 村井健一, Chinese 张建国): a later
    /// "村井" is then the start of the full name, not its end.
    public let familyNameFirst: Bool
    /// Scripts (ISO 15924 codes) in which no name is written (Japanese hiragana "Hira"):
    /// where names are not capitalised, a word with such letters ends the name before it,
    /// as the verb of a relative clause does ("…を経営する坂本健太さん").
    public let nonNameScripts: Set<String>
    /// Determiners written joined to the next word (French and Italian "l’"): a word that
    /// opens with one is a definite noun ("l’allenatore"), and it is left out where the
    /// noun is compared with a role ("allenatore").
    public let elidedDeterminers: [String]
    /// Adverbs that stand for a source named before them (German "demnach", "wonach"): in
    /// a statement with no cue of its own they are the local speaker mention, resolved to
    /// the source they point back at ("Die Polizei legte ihren Bericht vor. Demnach …").
    public let sourceAnaphors: Set<String>

    /// Every word of every entry, numbered; tables are keyed by these numbers.
    let vocabulary: Vocabulary
    let cues: PhraseTable<CueEntry>
    /// Cues with a gap, by the words before it; several particles may share a verb
    /// ("gab … bekannt", "gab … zu").
    let separableCues: PhraseTable<[SeparableCue]>
    let complementizers: PhraseTable<Bool>
    let pronouns: PhraseTable<PronounEntry>
    let roles: PhraseTable<Bool>
    let anonymousSources: PhraseTable<Bool>
    let organisations: PhraseTable<Bool>
    let documents: PhraseTable<Bool>
    let places: PhraseTable<PlaceEntry>
    let titles: PhraseTable<Bool>
    let nameParticles: PhraseTable<Bool>
    let functionWords: PhraseTable<WordClass>
    let rolePatterns: PhraseTable<String>
    let stanceWords: PhraseTable<Double>
    let negators: PhraseTable<Bool>
    let shifters: PhraseTable<Bool>
    /// Verb forms that by themselves mark a sentence as reported speech (German
    /// Konjunktiv I: "sei", "habe", "müsse"), so a sentence with one and no cue continues
    /// the statement before it.
    let reportedMood: PhraseTable<Bool>
    /// Words that mark hearsay ("soll", "demnach"; `hearsay.txt`): a sentence with one and
    /// no cue continues the statement before it, but starts none of its own.
    let hearsay: PhraseTable<Bool>
    /// Words after which a full stop ends the sentence although ICU's CLDR abbreviation
    /// list says otherwise (German "vor.", "ab.", "Uhr."; `sentence-final.txt`).
    let sentenceFinalWords: PhraseTable<Bool>
    /// Folded nouns of saying ("angaben", "meinung"; `source-nouns.txt`) that make a
    /// `source_noun` cue a source; a compound that ends in one counts too, so they are
    /// kept as strings and matched as endings.
    let sourceNouns: [String]
    /// For each word id, whether it is a title, alone or with its full stop ("M.");
    /// asked for every full stop, so it is an array look-up.
    private let titleFlags: [Bool]
    /// First names with the gender they usually signal, for pronoun agreement.
    let givenNames: PhraseTable<Gender>
    let intensifiers: PhraseTable<Double>

    init(
        language: Language, name: String, icuLocale: String, wordOrder: WordOrder, isCased: Bool,
        extraQuotePairs: [QuotePair], hasDashSpeech: Bool, hasNullSubjects: Bool, usesUniversalQuotePairs: Bool, capitalizesNouns: Bool, negationFollows: Bool, isVerbSecond: Bool, hasOrdinalFullStop: Bool, hasCompoundNouns: Bool, prepositionPrefixes: [String],
        subjectPronouns: Set<String> = [], nounDeterminers: Set<String> = [], participleEndings: [String] = [], hearsayReportEndings: Set<String> = [],
        attributeDeterminers: Set<String> = [], familyNameFirst: Bool = false, nonNameScripts: Set<String> = [], elidedDeterminers: [String] = [], sourceAnaphors: Set<String> = [],
        hasLabelColon: Bool = false,
        cues: PhraseTable<CueEntry>, separableCues: PhraseTable<[SeparableCue]>,
        complementizers: PhraseTable<Bool>, pronouns: PhraseTable<PronounEntry>, roles: PhraseTable<Bool>,
        anonymousSources: PhraseTable<Bool>, organisations: PhraseTable<Bool>, documents: PhraseTable<Bool>,
        places: PhraseTable<PlaceEntry>, titles: PhraseTable<Bool>, nameParticles: PhraseTable<Bool>,
        functionWords: PhraseTable<WordClass>, rolePatterns: PhraseTable<String>, stanceWords: PhraseTable<Double>,
        negators: PhraseTable<Bool>, shifters: PhraseTable<Bool>, reportedMood: PhraseTable<Bool>, hearsay: PhraseTable<Bool>, sentenceFinalWords: PhraseTable<Bool>, sourceNouns: [String], givenNames: PhraseTable<Gender>, intensifiers: PhraseTable<Double>,
        vocabulary: Vocabulary
    ) {
        self.language = language
        self.name = name
        self.icuLocale = icuLocale
        self.wordOrder = wordOrder
        self.isCased = isCased
        self.extraQuotePairs = extraQuotePairs
        var pairs = QuotationDelimiters.pairs(forLocale: icuLocale) + extraQuotePairs
            + (usesUniversalQuotePairs ? QuotePair.universal : [])
        var seen = Set<QuotePair>()
        pairs.removeAll { !seen.insert($0).inserted }
        self.quotePairs = pairs
        self.hasDashSpeech = hasDashSpeech
        self.hasNullSubjects = hasNullSubjects
        self.usesUniversalQuotePairs = usesUniversalQuotePairs
        self.capitalizesNouns = capitalizesNouns
        self.negationFollows = negationFollows
        self.isVerbSecond = isVerbSecond
        self.hasOrdinalFullStop = hasOrdinalFullStop
        self.hasLabelColon = hasLabelColon
        self.hasCompoundNouns = hasCompoundNouns
        self.prepositionPrefixes = prepositionPrefixes
        self.subjectPronouns = subjectPronouns
        self.nounDeterminers = nounDeterminers
        self.participleEndings = participleEndings
        self.hearsayReportEndings = hearsayReportEndings
        self.attributeDeterminers = attributeDeterminers
        self.familyNameFirst = familyNameFirst
        self.nonNameScripts = nonNameScripts
        self.elidedDeterminers = elidedDeterminers
        self.sourceAnaphors = sourceAnaphors
        self.vocabulary = vocabulary
        self.cues = cues
        self.separableCues = separableCues
        self.complementizers = complementizers
        self.pronouns = pronouns
        self.roles = roles
        self.anonymousSources = anonymousSources
        self.organisations = organisations
        self.documents = documents
        self.places = places
        self.titles = titles
        self.nameParticles = nameParticles
        self.functionWords = functionWords
        self.rolePatterns = rolePatterns
        self.stanceWords = stanceWords
        self.negators = negators
        self.shifters = shifters
        self.givenNames = givenNames
        self.reportedMood = reportedMood
        self.hearsay = hearsay
        self.sentenceFinalWords = sentenceFinalWords
        self.sourceNouns = sourceNouns
        var flags = [Bool](repeating: false, count: vocabulary.count)
        let fullStop = vocabulary.id(of: ".")
        for entry in titles.allEntries where entry.words.count == 1 || (entry.words.count == 2 && entry.words[1] == fullStop) {
            flags[Int(entry.words[0])] = true
        }
        self.titleFlags = flags
        self.intensifiers = intensifiers
    }

    func wordClass(of id: Int32) -> WordClass? { functionWords.value(of: id) }

    /// Whether a word stands for someone or something that speaks: a role, an
    /// organisation, an anonymous source or a document.
    func isSpeakerNoun(_ id: Int32) -> Bool {
        roles.contains(id) || organisations.contains(id) || anonymousSources.contains(id) || documents.contains(id)
    }

    /// The speaker noun a compound ends in ("regierungssprecher" → "sprecher"), given the
    /// compound's folded UTF-8; -1 when there is none. The longest ending of at least
    /// five bytes that starts at a character after the first three bytes wins (shorter
    /// ones end surnames: "Hartmann", "Schönfeld").
    func compoundHead(ofUTF8 word: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard word.count >= 8 else { return -1 }
        for start in 3...(word.count - 5) where word[start] & 0xC0 != 0x80 {
            let id = vocabulary.id(ofUTF8: UnsafeBufferPointer(rebasing: word[start...]))
            if id >= 0, isSpeakerNoun(id) { return id }
        }
        return -1
    }

    /// Whether a word is a title ("dr", or "m" written "M." in the lexicon).
    func isTitle(_ id: Int32) -> Bool {
        id >= 0 && Int(id) < titleFlags.count && titleFlags[Int(id)]
    }

    /// Whether a folded word is a noun of saying or a compound ending in one
    /// ("zeugenaussagen" ends in "aussagen").
    func endsInSourceNoun(_ folded: String) -> Bool {
        // Compared as UTF-8 bytes: `hasSuffix` walks Characters, and this runs for nouns in
        // every phrase of a German article. Folded forms are NFC, so bytes compare right.
        let word = folded.utf8
        return sourceNouns.contains { noun in
            let ending = noun.utf8
            return word.count >= ending.count && word.suffix(ending.count).elementsEqual(ending)
        }
    }

    /// The id of a folded word (-1 when the lexicon does not use it).
    func id(of folded: String) -> Int32 { vocabulary.id(of: folded) }

    /// The ids of folded words.
    func ids(_ words: [String]) -> [Int32] { words.map(vocabulary.id(of:)) }
}

extension QuotePair {
    /// Marks that appear in news of any language, whatever CLDR says.
    static let universal: [QuotePair] = [
        QuotePair(open: "\u{201C}", close: "\u{201D}"),  // “ ”
        QuotePair(open: "\"", close: "\""),
        QuotePair(open: "\u{00AB}", close: "\u{00BB}"),  // « »
        QuotePair(open: "\u{00BB}", close: "\u{00AB}"),  // » «
        QuotePair(open: "\u{201E}", close: "\u{201C}"),  // „ “
        QuotePair(open: "\u{201E}", close: "\u{201D}"),  // „ ”
        QuotePair(open: "\u{2018}", close: "\u{2019}"),  // ‘ ’
        QuotePair(open: "\u{300C}", close: "\u{300D}"),  // 「 」
        QuotePair(open: "\u{300E}", close: "\u{300F}"),  // 『 』
        QuotePair(open: "''", close: "''"),  // typewriter doubles (New York Times archives)
        QuotePair(open: "``", close: "''"),
    ]
}

extension Lexicon {
    /// Entry counts, for `attribute lexicons check`.
    public var summary: String {
        "\(cues.count) cue forms, \(roles.count) roles, \(anonymousSources.count) anonymous sources, "
            + "\(organisations.count) organisation words, \(places.count) places, \(stanceWords.count) stance expressions, "
            + "\(negators.count) negators, \(shifters.count) shifters"
    }
}

extension Lexicon {
    /// A folded word without the determiner joined to it ("l’allenatore" → "allenatore"),
    /// or nil where none of the `elided_determiner` forms opens it.
    func withoutElidedDeterminer(_ word: String) -> String? {
        guard let prefix = elidedDeterminers.first(where: { word.count > $0.count && word.hasPrefix($0) }) else { return nil }
        return String(word.dropFirst(prefix.count))
    }
}
