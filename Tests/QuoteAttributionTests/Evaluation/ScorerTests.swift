import Testing
@testable import QuoteAttribution

@Suite struct ScorerTests {
    let text = "Anna Berg said the plan would work. “It will,” Tom Reed said."

    func statement(_ start: Int, _ end: Int, speaker: String?, mention: (Int, Int)? = nil) -> AttributedStatement {
        AttributedStatement(
            documentID: "d", statementID: "d#1", language: .english, kind: .indirect,
            content: .init(text: slice(text, start, end), start: start, end: end), cue: nil,
            speaker: speaker.map { name in
                .init(entityID: "E1", name: name, type: .person, role: nil, affiliation: nil, anonymous: false,
                      mention: mention.map { .init(text: slice(text, $0.0, $0.1), start: $0.0, end: $0.1) }, resolvedBy: .name)
            },
            addressee: nil, stance: .init(label: .neutral, score: 0, target: nil, evidence: []), reportingStance: .neutral,
            rule: QuoteRule(rawValue: "test"), confidence: 1, sentenceIndex: 0, paragraphIndex: 0, warnings: nil)
    }

    var gold: GoldDocument {
        GoldDocument(id: "d", language: .english, text: text, statements: [
            GoldStatement(kind: .indirect, content: TextSpan(start: 15, end: 34), speakerSpan: TextSpan(start: 0, end: 9), speakerText: "Anna Berg"),
            GoldStatement(kind: .direct, content: TextSpan(start: 36, end: 45), speakerSpan: TextSpan(start: 46, end: 54), speakerText: "Tom Reed"),
        ])
    }

    @Test func perfectPrediction() {
        let (tally, findings) = Scorer().score(gold: gold, predicted: [
            statement(15, 34, speaker: "Anna Berg", mention: (0, 9)), statement(37, 44, speaker: "Tom Reed"),
        ])
        #expect(tally.precision == 1 && tally.recall == 1 && tally.f1 == 1)
        #expect(tally.matchedExact == 2)  // quotation marks and commas are trimmed for exact
        #expect(tally.speakerAccuracy == 1)
        #expect(findings.isEmpty)
    }

    @Test func notStatementHitIsAStatementMostlyMadeOfTheSpan() {
        // "It will" [37, 44) is marked as not a statement: emitting it is a hit; a long
        // false alarm that merely contains it is not.
        var document = GoldDocument(id: "d", language: .english, text: text, statements: [], notStatements: [TextSpan(start: 37, end: 44)])
        #expect(Scorer().score(gold: document, predicted: [statement(37, 44, speaker: nil)]).0.notStatementHits == 1)
        document.notStatements = [TextSpan(start: 37, end: 40)]
        #expect(Scorer().score(gold: document, predicted: [statement(15, 60, speaker: nil)]).0.notStatementHits == 0)
    }

    @Test func lenientNeedsHalfOfEachSpan() {
        // [15, 22) covers less than half of the gold [15, 34): not a match.
        let (tally, findings) = Scorer().score(gold: gold, predicted: [statement(15, 22, speaker: "Anna Berg")])
        #expect(tally.matchedLenient == 0)
        #expect(tally.precision == 0 && tally.recall == 0 && tally.f1 == 0)
        #expect(findings.map(\.kind) == [.miss, .miss, .falseAlarm])
    }

    @Test func wrongSpeakerAndPartialCredit() {
        let (tally, _) = Scorer().score(gold: gold, predicted: [statement(15, 30, speaker: "Somebody Else")])
        #expect(tally.matchedLenient == 1 && tally.matchedExact == 0)
        #expect(tally.precision == 1 && tally.recall == 0.5)
        #expect(abs(tally.f1 - 2.0 / 3.0) < 1e-9)
        #expect(tally.speakerAccuracy == 0)
    }

    @Test func speakerBySharedNameWord() {
        let (tally, _) = Scorer().score(gold: gold, predicted: [statement(15, 34, speaker: "Ms Anna Berg")])
        #expect(tally.speakerAccuracy == 1)
    }

    @Test func resolvedAccuracyNeedsTheRightEntity() {
        // The mention overlaps the gold span, but it was resolved to someone else.
        var document = gold
        document.statements[0].speakerName = "Anna Berg"
        let (tally, _) = Scorer().score(gold: document, predicted: [statement(15, 34, speaker: "Tom Reed", mention: (0, 9))])
        #expect(tally.speakerAccuracy == 1)
        #expect(tally.resolvedSpeakerAccuracy == 0)
    }

    @Test func stanceMacroF1() {
        var result = StanceEvaluation.Result()
        result.sentences = 4
        result.correct = 2
        result.confusion = ["support": ["support": 1, "neutral": 1], "oppose": ["oppose": 1], "neutral": ["support": 1]]
        #expect(abs(result.f1(of: .support) - 0.5) < 1e-9)
        #expect(result.f1(of: .oppose) == 1)
        #expect(result.f1(of: .neutral) == 0)
        #expect(abs(result.macroF1 - 0.5) < 1e-9)
        #expect(StanceEvaluation.isHeldOut("a") == StanceEvaluation.isHeldOut("a"))
    }

    /// One half of a split direct quote whose cue "said" starts at `cue`.
    func splitHalf(of text: String, _ start: Int, _ end: Int, cueAt cue: Int) -> AttributedStatement {
        AttributedStatement(
            documentID: "d", statementID: "d#\(start)", language: .english, kind: .direct,
            content: .init(text: slice(text, start, end), start: start, end: end),
            cue: .init(text: "said", lemma: "say", start: cue, end: cue + 4), speaker: nil, addressee: nil,
            stance: .init(label: .neutral, score: 0, target: nil, evidence: []), reportingStance: .neutral,
            rule: .quoteThenCue, confidence: 1, sentenceIndex: 0, paragraphIndex: 0, warnings: nil)
    }

    @Test func halvesOfASplitQuoteMatchOneGoldAttribution() {
        // “We will win,” she said, “and we will stay.” annotated as one statement.
        let split = "“We will win,” she said, “and we will stay.”"
        func half(_ start: Int, _ end: Int) -> AttributedStatement { splitHalf(of: split, start, end, cueAt: 19) }
        let gold = GoldDocument(id: "d", language: .english, text: split, statements: [
            GoldStatement(kind: .direct, content: TextSpan(start: 1, end: 43)),
        ])
        let (tally, findings) = Scorer().score(gold: gold, predicted: [half(1, 12), half(26, 43)])
        #expect(tally.matchedLenient == 1 && tally.predicted == 1)
        #expect(tally.precision == 1 && tally.recall == 1)
        #expect(findings.isEmpty)
        // Annotated as two statements, the halves match one each.
        let two = GoldDocument(id: "d", language: .english, text: split, statements: [
            GoldStatement(kind: .direct, content: TextSpan(start: 1, end: 12)),
            GoldStatement(kind: .direct, content: TextSpan(start: 26, end: 43)),
        ])
        #expect(Scorer().score(gold: two, predicted: [half(1, 12), half(26, 43)]).0.matchedLenient == 2)
    }

    @Test func sentencesThatContinueAStatementMatchOneGoldStatement() {
        // "Er sagte, A sei gut. B sei schlecht." annotated as one statement: the second
        // sentence continues the first (no cue, speaker carried over).
        let text = "Er sagte, der Plan sei gut. Die Umsetzung sei aber schlecht gewesen."
        func part(_ start: Int, _ end: Int, continues: Bool) -> AttributedStatement {
            AttributedStatement(
                documentID: "d", statementID: "d#\(start)", language: Language("de"), kind: .indirect,
                content: .init(text: slice(text, start, end), start: start, end: end),
                cue: continues ? nil : .init(text: "sagte", lemma: "sagen", start: start == 10 ? 3 : start, end: start == 10 ? 8 : start + 5),
                speaker: .init(entityID: "E1", name: "Er", type: .person, role: nil, affiliation: nil, anonymous: false,
                               mention: nil, resolvedBy: continues ? .carryOver : .pronoun),
                addressee: nil, stance: .init(label: .neutral, score: 0, target: nil, evidence: []), reportingStance: .neutral,
                rule: QuoteRule(rawValue: continues ? "de.mood.continuation" : "de.cue.comma"), confidence: 1,
                sentenceIndex: 0, paragraphIndex: 0, warnings: nil)
        }
        let predicted = [part(10, 26, continues: false), part(28, 67, continues: true)]
        let one = GoldDocument(id: "d", language: Language("de"), text: text, statements: [
            GoldStatement(kind: .indirect, content: TextSpan(start: 10, end: 67)),
        ])
        let (tally, _) = Scorer().score(gold: one, predicted: predicted)
        #expect(tally.matchedLenient == 1 && tally.predicted == 1 && tally.precision == 1)
        // A statement with a cue of its own is no continuation and stays apart.
        let (apart, _) = Scorer().score(gold: one, predicted: [part(10, 26, continues: false), part(28, 67, continues: false)])
        #expect(apart.predicted == 2)
    }

    @Test func nestedGoldFoundAsAQuotedFragmentIsReportedApart() {
        // Gold: the mixed statement, and its quoted words again as a direct quote.
        let text = "Sie sagte, die Lage sei „sehr ernst“ geworden."
        var mixed = AttributedStatement(
            documentID: "d", statementID: "d#1", language: Language("de"), kind: .mixed,
            content: .init(text: slice(text, 10, 45), start: 10, end: 45),
            cue: .init(text: "sagte", lemma: "sagen", start: 4, end: 9), speaker: nil, addressee: nil,
            stance: .init(label: .neutral, score: 0, target: nil, evidence: []), reportingStance: .neutral,
            rule: QuoteRule(rawValue: "de.cue.comma"), confidence: 1, sentenceIndex: 0, paragraphIndex: 0, warnings: nil)
        mixed.quoted = [.init(text: slice(text, 25, 35), start: 25, end: 35)]
        let gold = GoldDocument(id: "d", language: Language("de"), text: text, statements: [
            GoldStatement(kind: .mixed, content: TextSpan(start: 10, end: 45)),
            GoldStatement(kind: .direct, content: TextSpan(start: 24, end: 36)),
        ])
        let (tally, _) = Scorer().score(gold: gold, predicted: [mixed])
        #expect(tally.matchedLenient == 1 && tally.recall == 0.5)
        #expect(tally.nestedGold == 1 && tally.nestedFoundAsFragment == 1)
        mixed.quoted = nil
        #expect(Scorer().score(gold: gold, predicted: [mixed]).0.nestedFoundAsFragment == 0)
    }

    @Test func longerHalfDoesNotTakeTheWholeAttributionAlone() {
        // The second half alone covers more than half of the gold statement; it must not
        // match it alone and leave the first half as a false alarm.
        let split = "“We won,” she said, “and we will stay here for many years to come.”"
        let scalars = Array(split.unicodeScalars)
        func part(_ start: Int, _ end: Int) -> AttributedStatement { splitHalf(of: split, start, end, cueAt: 14) }
        let gold = GoldDocument(id: "d", language: .english, text: split, statements: [
            GoldStatement(kind: .direct, content: TextSpan(start: 0, end: scalars.count)),
        ])
        let (tally, findings) = Scorer().score(gold: gold, predicted: [part(1, 8), part(21, scalars.count - 1)])
        #expect(tally.matchedLenient == 1 && tally.predicted == 1)
        #expect(findings.isEmpty)
    }

    @Test func relativePronounSpeakerIsThePhraseBeforeIt() {
        // The gold marks "who" as the speaker; the mention "Anna Berg" stands right before it.
        let text = "They met Anna Berg, who said the plan would work."
        let gold = GoldDocument(id: "d", language: .english, text: text, statements: [
            GoldStatement(kind: .indirect, content: TextSpan(start: 29, end: 48), speakerSpan: TextSpan(start: 20, end: 23), speakerText: "who"),
        ])
        let predicted = AttributedStatement(
            documentID: "d", statementID: "d#1", language: .english, kind: .indirect,
            content: .init(text: slice(text, 29, 48), start: 29, end: 48), cue: nil,
            speaker: .init(entityID: "E1", name: "Anna Berg", type: .person, role: nil, affiliation: nil, anonymous: false,
                           mention: .init(text: "Anna Berg", start: 9, end: 18), resolvedBy: .name),
            addressee: nil, stance: .init(label: .neutral, score: 0, target: nil, evidence: []), reportingStance: .neutral,
            rule: QuoteRule(rawValue: "test"), confidence: 1, sentenceIndex: 0, paragraphIndex: 0, warnings: nil)
        let isRelative: @Sendable (Language, String) -> Bool = { _, word in word == "who" }
        #expect(Scorer(relativePronouns: isRelative).score(gold: gold, predicted: [predicted]).0.speakerAccuracy == 1)
        // Without knowing "who" is a relative pronoun, the names share no word.
        #expect(Scorer().score(gold: gold, predicted: [predicted]).0.speakerAccuracy == 0)
    }
}
