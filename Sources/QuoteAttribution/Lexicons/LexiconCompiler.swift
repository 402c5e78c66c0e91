/// Reads the files of one language folder, validates them and compiles a ``Lexicon``.
/// Every problem is collected with its `file:line`, so `attribute lexicons check` can
/// report them all at once.
struct LexiconCompiler {
    let language: Language
    let files: [String: String]
    let pool: BreakIteratorPool
    private(set) var errors: [LexiconError] = []
    private var vocabulary = Vocabulary()

    /// The files a language folder may contain; anything else is reported.
    static let knownFiles: Set<String> = [
        "language.tsv", "cues.tsv", "complementizers.txt", "pronouns.tsv", "roles.txt", "anonymous.txt",
        "organisations.txt", "documents.txt", "places.tsv", "titles.txt", "name-particles.txt",
        "function-words.tsv", "role-patterns.tsv", "stance.tsv", "negators.txt", "shifters.txt",
        "intensifiers.tsv", "given-names.tsv", "reported-mood.txt", "sentence-final.txt",
        "source-nouns.txt", "hearsay.txt",
    ]
    static let requiredFiles: Set<String> = ["language.tsv", "cues.tsv"]

    init(language: Language, files: [String: String], pool: BreakIteratorPool) {
        self.language = language
        self.files = files
        self.pool = pool
    }

    mutating func compile() -> Lexicon? {
        for name in files.keys.sorted() where !Self.knownFiles.contains(name) {
            errors.append(LexiconError(file: path(name), line: 0, message: "unknown lexicon file; expected one of \(Self.knownFiles.sorted().joined(separator: ", "))"))
        }
        for name in Self.requiredFiles.sorted() where files[name] == nil {
            errors.append(LexiconError(file: path(name), line: 0, message: "missing required file"))
        }
        let settings = readSettings()
        let segmenter = WordSegmenter(locale: settings.icuLocale, pool: pool)

        // Forms with a gap ("teilte … mit") are set aside while cues.tsv is read.
        var separableForms: [(form: String, entry: CueEntry, line: LexiconLine)] = []

        // Arguments are evaluated in order: every table is read (and the vocabulary
        // filled) before `vocabulary`, the last argument, is passed.
        let lexicon = Lexicon(
            language: language, name: settings.name, icuLocale: settings.icuLocale, wordOrder: settings.wordOrder,
            isCased: settings.isCased, extraQuotePairs: settings.quotePairs, hasDashSpeech: settings.dashSpeech,
            hasNullSubjects: settings.nullSubjects, usesUniversalQuotePairs: settings.universalQuotePairs,
            capitalizesNouns: settings.capitalizedNouns, negationFollows: settings.negationFollows,
            isVerbSecond: settings.verbSecond, hasOrdinalFullStop: settings.ordinalFullStop, hasCompoundNouns: settings.compoundNouns, prepositionPrefixes: settings.prepositionPrefixes,
            subjectPronouns: settings.subjectPronouns, nounDeterminers: settings.nounDeterminers, participleEndings: settings.participleEndings, hearsayReportEndings: settings.hearsayReportEndings,
            attributeDeterminers: settings.attributeDeterminers, familyNameFirst: settings.familyNameFirst, nonNameScripts: settings.nonNameScripts, elidedDeterminers: settings.elidedDeterminers, sourceAnaphors: settings.sourceAnaphors,
            hasLabelColon: settings.labelColon,
            cues: table("cues.tsv", columns: 5, segmenter) { line, report in
                let frameNames = line.fields[2].split(separator: " ").map(String.init)
                var frames = Set<CueFrame>()
                for name in frameNames {
                    guard let frame = CueFrame(rawValue: name) else {
                        report("unknown frame '\(name)'; expected one of \(CueFrame.allCases.map(\.rawValue).joined(separator: ", "))")
                        return nil
                    }
                    frames.insert(frame)
                }
                guard let reporting = ReportingStance(rawValue: line.fields[3]) else {
                    report("unknown reporting stance '\(line.fields[3])'; expected one of \(ReportingStance.allCases.map(\.rawValue).joined(separator: ", "))")
                    return nil
                }
                guard let stance = Self.score(line.fields[4], report) else { return nil }
                let entry = CueEntry(lemma: line.fields[0], frames: frames, reportingStance: reporting, stance: stance)
                let forms = line.fields[1].split(separator: "|").map(String.init)
                for form in forms where form.contains(Self.gap) { separableForms.append((form, entry, line)) }
                return (forms.filter { !$0.contains(Self.gap) }, entry)
            },
            separableCues: separableTable(separableForms, segmenter),
            complementizers: wordList("complementizers.txt", segmenter),
            pronouns: table("pronouns.tsv", columns: 4, segmenter) { line, report in
                guard let gender = Gender(rawValue: line.fields[1]) else { report("unknown gender '\(line.fields[1])'; expected m, f, n or x"); return nil }
                guard let number = GrammaticalNumber(rawValue: line.fields[2]) else { report("unknown number '\(line.fields[2])'; expected sg or pl"); return nil }
                guard let person = Int(line.fields[3]), (1...3).contains(person) else { report("person must be 1, 2 or 3"); return nil }
                return ([line.fields[0]], PronounEntry(gender: gender, number: number, person: person))
            },
            roles: wordList("roles.txt", segmenter),
            anonymousSources: wordList("anonymous.txt", segmenter),
            organisations: wordList("organisations.txt", segmenter),
            documents: wordList("documents.txt", segmenter),
            places: table("places.tsv", columns: 3, segmenter) { line, report in
                guard let kind = PlaceKind(rawValue: line.fields[2]) else { report("unknown place kind '\(line.fields[2])'; expected country, demonym or city"); return nil }
                return ([line.fields[0]], PlaceEntry(form: line.fields[0], country: line.fields[1], kind: kind))
            },
            titles: wordList("titles.txt", segmenter),
            nameParticles: wordList("name-particles.txt", segmenter),
            functionWords: table("function-words.tsv", columns: 2, segmenter) { line, report in
                guard let wordClass = WordClass(rawValue: line.fields[1]) else {
                    report("unknown word class '\(line.fields[1])'; expected one of \(WordClass.allCases.map(\.rawValue).joined(separator: ", "))")
                    return nil
                }
                return ([line.fields[0]], wordClass)
            },
            rolePatterns: table("role-patterns.tsv", columns: 2, segmenter) { line, _ in ([line.fields[0]], line.fields[1]) },
            stanceWords: table("stance.tsv", columns: 2, segmenter) { line, report in
                Self.score(line.fields[1], report).map { ([line.fields[0]], $0) }
            },
            negators: wordList("negators.txt", segmenter),
            shifters: wordList("shifters.txt", segmenter),
            reportedMood: wordList("reported-mood.txt", segmenter),
            hearsay: wordList("hearsay.txt", segmenter),
            sentenceFinalWords: wordList("sentence-final.txt", segmenter),
            sourceNouns: endings("source-nouns.txt", segmenter),
            givenNames: table("given-names.tsv", columns: 2, segmenter) { line, report in
                guard let gender = Gender(rawValue: line.fields[1]), gender == .masculine || gender == .feminine else {
                    report("gender must be m or f"); return nil
                }
                return ([line.fields[0]], gender)
            },
            intensifiers: table("intensifiers.tsv", columns: 2, segmenter) { line, report in
                guard let factor = Double(line.fields[1]), factor > 0, factor <= 3 else { report("factor must be a number in (0, 3]"); return nil }
                return ([line.fields[0]], factor)
            },
            vocabulary: vocabulary
        )
        return errors.isEmpty ? lexicon : nil
    }

    private func path(_ name: String) -> String { "\(language.rawValue)/\(name)" }

    private static func score(_ field: String, _ report: (String) -> Void) -> Double? {
        guard let value = Double(field), (-2...2).contains(value) else {
            report("score '\(field)' must be a number in [-2, 2]")
            return nil
        }
        return value
    }

    private struct Settings {
        var name = ""
        var icuLocale = ""
        var wordOrder = WordOrder.svo
        var isCased = true
        var quotePairs: [QuotePair] = []
        var dashSpeech = false
        var nullSubjects = false
        var universalQuotePairs = true
        var capitalizedNouns = false
        var negationFollows = false
        var verbSecond = false
        var ordinalFullStop = false
        var labelColon = false
        var compoundNouns = false
        var prepositionPrefixes: [String] = []
        var subjectPronouns: Set<String> = []
        var nounDeterminers: Set<String> = []
        var participleEndings: [String] = []
        var hearsayReportEndings: Set<String> = []
        var attributeDeterminers: Set<String> = []
        var familyNameFirst = false
        var nonNameScripts: Set<String> = []
        var elidedDeterminers: [String] = []
        var sourceAnaphors: Set<String> = []
    }

    private mutating func readSettings() -> Settings {
        var settings = Settings()
        settings.icuLocale = language.rawValue
        for line in LexiconLine.parse(files["language.tsv"] ?? "", file: path("language.tsv")) {
            let value = line.fields.count > 1 ? line.fields[1] : ""
            func boolean() -> Bool? {
                switch value {
                case "true": return true
                case "false": return false
                default:
                    errors.append(line.error("'\(line.fields[0])' must be true or false"))
                    return nil
                }
            }
            /// A setting that lists one folded word a line.
            func addWord(to words: WritableKeyPath<Settings, Set<String>>, _ what: String) {
                if value.isEmpty { errors.append(line.error("\(line.fields[0]) needs \(what)")) } else {
                    settings[keyPath: words].insert(CaseFolding.fold(value))
                }
            }
            switch line.fields[0] {
            case "name": settings.name = value
            case "icu_locale": settings.icuLocale = value
            case "word_order":
                if let order = WordOrder(rawValue: value) { settings.wordOrder = order } else {
                    errors.append(line.error("word_order must be SVO, VSO or SOV"))
                }
            case "cased": settings.isCased = boolean() ?? true
            case "dash_speech": settings.dashSpeech = boolean() ?? false
            case "null_subject": settings.nullSubjects = boolean() ?? false
            case "universal_quote_pairs": settings.universalQuotePairs = boolean() ?? true
            case "capitalized_nouns": settings.capitalizedNouns = boolean() ?? false
            case "negation_follows": settings.negationFollows = boolean() ?? false
            case "verb_second": settings.verbSecond = boolean() ?? false
            case "ordinal_full_stop": settings.ordinalFullStop = boolean() ?? false
            case "label_colon": settings.labelColon = boolean() ?? false
            case "compound_nouns": settings.compoundNouns = boolean() ?? false
            case "family_name_first": settings.familyNameFirst = boolean() ?? false
            case "elided_determiner":
                if line.fields.count == 2 { settings.elidedDeterminers.append(CaseFolding.fold(line.fields[1])) } else {
                    errors.append(line.error("elided_determiner takes one form, such as l’"))
                }
            case "non_name_script":
                let code = line.fields.count == 2 ? line.fields[1] : ""
                if code.count == 4, code.first?.isUppercase == true, code.dropFirst().allSatisfy(\.isLowercase) {
                    settings.nonNameScripts.insert(code)
                } else {
                    errors.append(line.error("non_name_script takes one ISO 15924 script code, such as Hira"))
                }
            case "preposition_prefix":
                if value.isEmpty { errors.append(line.error("preposition_prefix needs a prefix")) } else {
                    settings.prepositionPrefixes.append(CaseFolding.fold(value))
                }
            case "subject_pronoun": addWord(to: \.subjectPronouns, "a pronoun")
            case "noun_determiner": addWord(to: \.nounDeterminers, "a word")
            case "participle_ending":
                if value.isEmpty { errors.append(line.error("participle_ending needs an ending")) } else {
                    settings.participleEndings.append(CaseFolding.fold(value))
                }
            case "attribute_determiner": addWord(to: \.attributeDeterminers, "a determiner")
            case "hearsay_report_ending": addWord(to: \.hearsayReportEndings, "a word")
            case "source_anaphor": addWord(to: \.sourceAnaphors, "a word")
            case "quote_pair":
                if line.fields.count == 3, !line.fields[1].isEmpty, !line.fields[2].isEmpty {
                    settings.quotePairs.append(QuotePair(open: line.fields[1], close: line.fields[2]))
                } else {
                    errors.append(line.error("quote_pair needs an opening and a closing mark"))
                }
            default:
                errors.append(line.error("unknown setting '\(line.fields[0])'; expected name, icu_locale, word_order, cased, quote_pair, dash_speech, null_subject, universal_quote_pairs, capitalized_nouns, negation_follows, verb_second, ordinal_full_stop, label_colon, compound_nouns, preposition_prefix, subject_pronoun, noun_determiner, participle_ending, hearsay_report_ending, attribute_determiner, source_anaphor, family_name_first, non_name_script or elided_determiner"))
            }
        }
        if settings.name.isEmpty, files["language.tsv"] != nil {
            errors.append(LexiconError(file: path("language.tsv"), line: 0, message: "missing setting 'name'"))
        }
        return settings
    }

    /// The gap in a separable cue's form ("teilte … mit").
    static let gap = "…"

    /// Cues with a gap, keyed by the words before it.
    private mutating func separableTable(_ forms: [(form: String, entry: CueEntry, line: LexiconLine)],
                                         _ segmenter: WordSegmenter) -> PhraseTable<[SeparableCue]> {
        var byHead: [[Int32]: [SeparableCue]] = [:]
        var order: [[Int32]] = []
        for (form, entry, line) in forms {
            let parts = form.split(separator: Self.gap, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else {
                errors.append(line.error("a separable form has exactly one gap (…): '\(form)'"))
                continue
            }
            let head: [String], particle: [String]
            do {
                head = try segmenter.foldedWords(parts[0])
                particle = try segmenter.foldedWords(parts[1])
            } catch {
                errors.append(line.error("cannot segment '\(form)': \(error)"))
                continue
            }
            guard !head.isEmpty, !particle.isEmpty else {
                errors.append(line.error("a separable form needs words before and after the gap: '\(form)'"))
                continue
            }
            let headIDs = head.map { vocabulary.add($0) }
            let cue = SeparableCue(particle: particle.map { vocabulary.add($0) }, entry: entry)
            if byHead[headIDs]?.contains(where: { $0.particle == cue.particle }) == true {
                errors.append(line.error("duplicate form '\(form)'"))
                continue
            }
            if byHead[headIDs] == nil { order.append(headIDs) }
            byHead[headIDs, default: []].append(cue)
        }
        var table = PhraseTable<[SeparableCue]>()
        for head in order { table.insert(head, byHead[head] ?? []) }
        return table
    }

    /// A one-column list of forms.
    private mutating func wordList(_ name: String, _ segmenter: WordSegmenter) -> PhraseTable<Bool> {
        table(name, columns: 1, segmenter) { line, _ in ([line.fields[0]], true) }
    }

    /// A one-column list of single words kept as folded strings, to be matched as word
    /// endings (compounds).
    private mutating func endings(_ name: String, _ segmenter: WordSegmenter) -> [String] {
        var result: [String] = []
        _ = table(name, columns: 1, segmenter) { (line: LexiconLine, report: (String) -> Void) -> ([String], Bool)? in
            guard let words = try? segmenter.foldedWords(line.fields[0]), words.count == 1 else {
                report("expected one word, found '\(line.fields[0])'")
                return nil
            }
            result.append(words[0])
            return ([line.fields[0]], true)
        }
        return result
    }

    /// Reads a TSV file into a phrase table; `entry` returns the forms and the value of a
    /// line, or nil after reporting a problem.
    private mutating func table<Value>(
        _ name: String, columns: Int, _ segmenter: WordSegmenter,
        _ entry: (LexiconLine, (String) -> Void) -> ([String], Value)?
    ) -> PhraseTable<Value> {
        var table = PhraseTable<Value>()
        guard let text = files[name] else { return table }
        var firstLine: [[String]: Int] = [:]
        for line in LexiconLine.parse(text, file: path(name)) {
            guard line.fields.count == columns else {
                errors.append(line.error("expected \(columns) TAB-separated field\(columns == 1 ? "" : "s"), found \(line.fields.count)"))
                continue
            }
            var problems: [String] = []
            guard let (forms, value) = entry(line, { problems.append($0) }) else {
                errors.append(contentsOf: problems.map(line.error))
                continue
            }
            for form in forms {
                let words: [String]
                do { words = try segmenter.foldedWords(form) } catch {
                    errors.append(line.error("cannot segment '\(form)': \(error)"))
                    continue
                }
                guard !words.isEmpty else {
                    errors.append(line.error("empty form"))
                    continue
                }
                if let earlier = firstLine[words] {
                    errors.append(line.error("duplicate form '\(form)' (first on line \(earlier))"))
                    continue
                }
                firstLine[words] = line.number
                table.insert(words.map { vocabulary.add($0) }, value)
            }
        }
        return table
    }
}
