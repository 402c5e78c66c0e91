/// Scores predicted statements against gold ones.
///
/// Matching is one-to-one and greedy by overlap. *Lenient*: each span covers at least
/// half of the other. *Exact*: the same span once quotation marks, whitespace and final
/// punctuation are trimmed from both. Speaker, cue, role, affiliation and stance are
/// judged on leniently matched pairs whose gold has that field.
public struct Scorer: Sendable {
    /// Words that do not count when names are compared ("the", "of"), per language.
    let stopWords: @Sendable (Language, String) -> Bool
    /// Relative pronouns ("who", "which"), per language.
    let relativePronouns: @Sendable (Language, String) -> Bool

    public init(stopWords: @escaping @Sendable (Language, String) -> Bool = { _, _ in false },
                relativePronouns: @escaping @Sendable (Language, String) -> Bool = { _, _ in false }) {
        self.stopWords = stopWords
        self.relativePronouns = relativePronouns
    }

    /// Counts for one language or one whole run.
    public struct Tally: Sendable, Hashable, Codable {
        public var documents = 0
        public var gold = 0
        public var predicted = 0
        public var matchedLenient = 0
        public var matchedExact = 0
        public var goldByKind: [String: Int] = [:]
        public var matchedByKind: [String: Int] = [:]
        public var speakerJudged = 0, speakerCorrect = 0
        /// Stricter, where the gold names the entity (fixtures): the resolved name shares a
        /// word with the gold canonical name; a right pronoun resolved to the wrong person
        /// does not count.
        public var resolvedJudged = 0, resolvedCorrect = 0
        public var cueJudged = 0, cueCorrect = 0
        public var roleJudged = 0, roleCorrect = 0
        public var affiliationJudged = 0, affiliationCorrect = 0
        public var stanceJudged = 0, stanceCorrect = 0
        /// Statements emitted for quoted text that the gold marks as not a statement.
        public var notStatementHits = 0
        /// Gold statements inside another gold statement (Wikinews annotates the quoted
        /// words of a mixed statement again as a direct quote), and how many of those no
        /// statement matched but a predicted statement's `quoted` fragment does. Reported
        /// apart; precision, recall and F1 do not count them.
        public var nestedGold = 0, nestedFoundAsFragment = 0

        public init() {}

        public var precision: Double { predicted == 0 ? 0 : Double(matchedLenient) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matchedLenient) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var exactPrecision: Double { predicted == 0 ? 0 : Double(matchedExact) / Double(predicted) }
        public var exactRecall: Double { gold == 0 ? 0 : Double(matchedExact) / Double(gold) }
        public var exactF1: Double { exactPrecision + exactRecall == 0 ? 0 : 2 * exactPrecision * exactRecall / (exactPrecision + exactRecall) }

        static func ratio(_ correct: Int, _ judged: Int) -> Double? { judged == 0 ? nil : Double(correct) / Double(judged) }
        public var speakerAccuracy: Double? { Self.ratio(speakerCorrect, speakerJudged) }
        public var resolvedSpeakerAccuracy: Double? { Self.ratio(resolvedCorrect, resolvedJudged) }
        public var cueAccuracy: Double? { Self.ratio(cueCorrect, cueJudged) }
        public var roleAccuracy: Double? { Self.ratio(roleCorrect, roleJudged) }
        public var affiliationAccuracy: Double? { Self.ratio(affiliationCorrect, affiliationJudged) }
        public var stanceAccuracy: Double? { Self.ratio(stanceCorrect, stanceJudged) }
        public func recall(of kind: StatementKind) -> Double? { Self.ratio(matchedByKind[kind.rawValue] ?? 0, goldByKind[kind.rawValue] ?? 0) }

        public static func + (lhs: Tally, rhs: Tally) -> Tally {
            var sum = lhs
            sum.documents += rhs.documents
            sum.gold += rhs.gold
            sum.predicted += rhs.predicted
            sum.matchedLenient += rhs.matchedLenient
            sum.matchedExact += rhs.matchedExact
            sum.goldByKind.merge(rhs.goldByKind, uniquingKeysWith: +)
            sum.matchedByKind.merge(rhs.matchedByKind, uniquingKeysWith: +)
            sum.speakerJudged += rhs.speakerJudged; sum.speakerCorrect += rhs.speakerCorrect
            sum.resolvedJudged += rhs.resolvedJudged; sum.resolvedCorrect += rhs.resolvedCorrect
            sum.cueJudged += rhs.cueJudged; sum.cueCorrect += rhs.cueCorrect
            sum.roleJudged += rhs.roleJudged; sum.roleCorrect += rhs.roleCorrect
            sum.affiliationJudged += rhs.affiliationJudged; sum.affiliationCorrect += rhs.affiliationCorrect
            sum.stanceJudged += rhs.stanceJudged; sum.stanceCorrect += rhs.stanceCorrect
            sum.notStatementHits += rhs.notStatementHits
            sum.nestedGold += rhs.nestedGold
            sum.nestedFoundAsFragment += rhs.nestedFoundAsFragment
            return sum
        }
    }

    /// A miss, a false alarm, or a matched pair with a wrong field, for `--errors`.
    public struct Finding: Sendable, Hashable {
        public enum Kind: String, Sendable { case miss, falseAlarm = "false alarm", wrongSpeaker = "wrong speaker" }
        public var kind: Kind
        public var documentID: String
        public var span: TextSpan
        public var detail: String
    }

    public func score(gold document: GoldDocument, predicted: [AttributedStatement]) -> (Tally, [Finding]) {
        var tally = Tally()
        var findings: [Finding] = []
        tally.documents = 1
        tally.gold = document.statements.count
        tally.predicted = predicted.count
        let scalars = Array(document.text.unicodeScalars)
        func span(_ excerpt: AttributedStatement.Excerpt) -> TextSpan { TextSpan(start: excerpt.start, end: excerpt.end) }
        for gold in document.statements { tally.goldByKind[gold.kind.rawValue, default: 0] += 1 }

        func leniently(_ gold: TextSpan, _ predicted: TextSpan) -> Bool {
            let overlap = gold.overlapLength(with: predicted)
            return 2 * overlap >= gold.length && 2 * overlap >= predicted.length
        }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        // One attribution, several statements: the halves of a split quote ("“A,” she
        // said, “B.”") share a cue, and a quote carried over, or a sentence in the reported
        // mood with no cue of its own ("Er sagte, A. B sei …"), continues the one before it.
        // Where the gold annotates such an attribution as one statement (PolNeAR does for
        // split quotes, Wikinews often for a run of reported sentences), the parts together
        // match it and count as one prediction. This runs before the pairwise matching:
        // otherwise the longer half alone takes the gold statement and the shorter one is
        // counted as a false alarm.
        let groups = Self.attributionGroups(predicted)
        func credit(_ members: [Int], _ g: Int, _ merged: TextSpan) {
            let gold = document.statements[g]
            usedGold.insert(g)
            usedPredicted.formUnion(members)
            tally.predicted -= members.count - 1
            tally.matchedLenient += 1
            tally.matchedByKind[gold.kind.rawValue, default: 0] += 1
            if Self.trimmed(gold.content, scalars) == Self.trimmed(merged, scalars) { tally.matchedExact += 1 }
            judgeFields(gold, predicted[members[0]], document: document, tally: &tally, findings: &findings)
        }
        func mergedSpan(_ members: [Int]) -> TextSpan {
            TextSpan(start: members.map { predicted[$0].content.start }.min() ?? 0,
                     end: members.map { predicted[$0].content.end }.max() ?? 0)
        }
        for group in groups where group.count >= 2 {
            // Only the parts a gold statement covers by half join it, and there must be
            // two: a gold that annotates the halves separately covers one each and is
            // matched pairwise below.
            for (g, gold) in document.statements.enumerated() where !usedGold.contains(g) {
                let members = group.filter { p in
                    !usedPredicted.contains(p) && 2 * gold.content.overlapLength(with: span(predicted[p].content)) >= predicted[p].content.end - predicted[p].content.start
                }
                guard members.count >= 2 else { continue }
                let merged = mergedSpan(members)
                guard leniently(gold.content, merged) else { continue }
                credit(members, g, merged)
            }
        }

        // Candidate pairs by overlap, best first; each side used once.
        var pairs: [(gold: Int, predicted: Int, overlap: Int)] = []
        for (g, gold) in document.statements.enumerated() where !usedGold.contains(g) {
            for (p, statement) in predicted.enumerated() where !usedPredicted.contains(p) {
                let overlap = gold.content.overlapLength(with: span(statement.content))
                if overlap > 0 { pairs.append((g, p, overlap)) }
            }
        }
        pairs.sort { $0.overlap > $1.overlap }
        for pair in pairs where !usedGold.contains(pair.gold) && !usedPredicted.contains(pair.predicted) {
            let predictedSpan = span(predicted[pair.predicted].content)
            guard leniently(document.statements[pair.gold].content, predictedSpan) else { continue }
            credit([pair.predicted], pair.gold, predictedSpan)
        }
        // Parts that together match a gold statement none of them covers alone by half
        // (a long quote split by its cue, each part under half of it).
        for members in groups where members.count >= 2 && members.allSatisfy({ !usedPredicted.contains($0) }) {
            let merged = mergedSpan(members)
            guard let g = document.statements.indices.first(where: { !usedGold.contains($0) && leniently(document.statements[$0].content, merged) })
            else { continue }
            credit(members, g, merged)
        }

        let fragments = predicted.flatMap { $0.quoted ?? [] }.map(span)
        for (index, gold) in document.statements.enumerated() {
            let isNested = document.statements.indices.contains { other in
                other != index && document.statements[other].content.start <= gold.content.start
                    && gold.content.end <= document.statements[other].content.end && document.statements[other].content != gold.content
            }
            guard isNested else { continue }
            tally.nestedGold += 1
            if !usedGold.contains(index), fragments.contains(where: { leniently(gold.content, $0) }) { tally.nestedFoundAsFragment += 1 }
        }
        for (index, gold) in document.statements.enumerated() where !usedGold.contains(index) {
            findings.append(Finding(kind: .miss, documentID: document.id, span: gold.content,
                                    detail: "speaker \(gold.speakerText ?? "?"), \(gold.kind.rawValue)"))
        }
        for (index, statement) in predicted.enumerated() where !usedPredicted.contains(index) {
            let predictedSpan = span(statement.content)
            // A statement emitted for a title or scare quote is mostly that span; a long
            // statement that merely contains one is an ordinary false alarm.
            if document.notStatements.contains(where: { 2 * $0.overlapLength(with: predictedSpan) >= predictedSpan.end - predictedSpan.start }) {
                tally.notStatementHits += 1
            }
            findings.append(Finding(kind: .falseAlarm, documentID: document.id, span: predictedSpan,
                                    detail: "rule \(statement.rule), speaker \(statement.speaker?.name ?? "none")"))
        }
        return (tally, findings)
    }

    /// Consecutive predictions that make one attribution: those that share a cue, and a
    /// statement with no cue whose speaker was carried over (a quote carried over, a
    /// reported-mood sentence), after the one it continues.
    static func attributionGroups(_ predicted: [AttributedStatement]) -> [[Int]] {
        var groups: [[Int]] = []
        var groupOfCue: [TextSpan: Int] = [:]
        for (p, statement) in predicted.enumerated() {
            if let cue = statement.cue {
                let key = TextSpan(start: cue.start, end: cue.end)
                if let group = groupOfCue[key] { groups[group].append(p) } else {
                    groupOfCue[key] = groups.count
                    groups.append([p])
                }
            } else if statement.rule == .carryOver || statement.speaker?.resolvedBy == .carryOver,
                      !groups.isEmpty, let last = groups.last?.last, last == p - 1 {
                groups[groups.count - 1].append(p)
            }
        }
        return groups
    }

    private func judgeFields(_ gold: GoldStatement, _ statement: AttributedStatement, document: GoldDocument,
                             tally: inout Tally, findings: inout [Finding]) {
        if gold.speakerSpan != nil || gold.speakerText != nil {
            tally.speakerJudged += 1
            if speakerMatches(gold, statement, language: document.language) {
                tally.speakerCorrect += 1
            } else {
                findings.append(Finding(kind: .wrongSpeaker, documentID: document.id, span: gold.content,
                                        detail: "gold \(gold.speakerText ?? "?"), predicted \(statement.speaker?.name ?? "none") (\(statement.speaker?.resolvedBy.rawValue ?? "unresolved"))"))
            }
        }
        if let cue = gold.cue {
            tally.cueJudged += 1
            if let predicted = statement.cue, TextSpan(start: predicted.start, end: predicted.end).overlaps(cue) { tally.cueCorrect += 1 }
        }
        if let name = gold.speakerName {
            tally.resolvedJudged += 1
            if sharesContentWord(name, statement.speaker?.name, language: document.language) { tally.resolvedCorrect += 1 }
            // Fixture gold: role and affiliation are judged even when null (null must match null).
            tally.roleJudged += 1
            if sharesContentWord(gold.role, statement.speaker?.role, language: document.language) || (gold.role == nil && statement.speaker?.role == nil) {
                tally.roleCorrect += 1
            }
            tally.affiliationJudged += 1
            if gold.affiliation?.lowercased() == statement.speaker?.affiliation?.lowercased() { tally.affiliationCorrect += 1 }
        }
        if let stance = gold.stance {
            tally.stanceJudged += 1
            if stance == statement.stance.label { tally.stanceCorrect += 1 }
        }
    }

    /// Right when the local mention overlaps the gold speaker span, or the resolved name
    /// shares a content word with the gold speaker (or its canonical name). Where the gold
    /// speaker is a relative pronoun ("Martin O'Malley, who noted that …"), the phrase it
    /// stands for ends right before it: a mention that ends there, a comma and a space at
    /// most away, is that speaker.
    func speakerMatches(_ gold: GoldStatement, _ statement: AttributedStatement, language: Language) -> Bool {
        guard let speaker = statement.speaker else { return false }
        if let goldSpan = gold.speakerSpan, let mention = speaker.mention,
           goldSpan.overlaps(TextSpan(start: mention.start, end: mention.end)) { return true }
        if let goldSpan = gold.speakerSpan, let mention = speaker.mention, let text = gold.speakerText,
           mention.end <= goldSpan.start, goldSpan.start - mention.end <= 2,
           relativePronouns(language, CaseFolding.fold(String(text.filter { !$0.isWhitespace }))) { return true }
        return sharesContentWord(gold.speakerText, speaker.name, language: language)
            || sharesContentWord(gold.speakerName, speaker.name, language: language)
    }

    func sharesContentWord(_ a: String?, _ b: String?, language: Language) -> Bool {
        guard let a, let b else { return false }
        let left = contentWords(a, language), right = contentWords(b, language)
        return !left.isDisjoint(with: right)
    }

    private func contentWords(_ text: String, _ language: Language) -> Set<String> {
        let words = text.split { !$0.isLetter && !$0.isNumber }.map { CaseFolding.fold($0) }
        return Set(words.filter { $0.count >= 2 && !stopWords(language, $0) })
    }

    /// A span without surrounding whitespace, quotation marks and final punctuation.
    static func trimmed(_ span: TextSpan, _ scalars: [Unicode.Scalar]) -> TextSpan {
        var start = span.start, end = min(span.end, scalars.count)
        func strip(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || scalar.properties.isQuotationMark || ".,;:!?".unicodeScalars.contains(scalar)
        }
        while start < end && strip(scalars[start]) { start += 1 }
        while end > start && strip(scalars[end - 1]) { end -= 1 }
        return TextSpan(start: start, end: end)
    }
}

extension LexiconSet {
    /// Whether a word is a relative pronoun of a language's lexicon ("who", "which").
    public func isRelativePronoun(_ word: String, in language: Language) -> Bool {
        guard let lexicon = self[language] else { return false }
        return lexicon.wordClass(of: lexicon.id(of: word)) == .relative
    }

    /// Function words and pronouns of a language's lexicon, as the scorer's stop words.
    public func isStopWord(_ word: String, in language: Language) -> Bool {
        guard let lexicon = self[language] else { return false }
        let word = lexicon.id(of: word)
        return lexicon.functionWords.contains(word) || lexicon.complementizers.contains(word) || lexicon.isTitle(word)
    }
}
