import Testing
@testable import QuoteAttribution

@Suite struct StanceClassifierTests {
    func stance(_ text: String) throws -> AttributedStatement.StanceRecord {
        try #require(try statements(text).first).stance
    }

    @Test func supportiveWords() throws {
        #expect(try stance("The minister said the agreement was a great success.").label == .support)
    }

    @Test func negationFlipsPolarity() throws {
        #expect(try stance("The minister said there is no solution in sight.").label == .oppose)
        #expect(try stance("The minister said the plan will hardly help anyone.").label == .oppose)
    }

    @Test func shifterReversesWhatItGoverns() throws {
        // "violence" is negative; "stopping the violence" is something to support.
        let record = try stance("The minister said the deal aims at stopping the violence.")
        #expect(record.label == .support)
        #expect(record.evidence == ["violence"])
    }

    @Test func negationScopeEndsAtPunctuation() throws {
        let record = try stance("The minister said there was no doubt, and the reform was a success.")
        #expect(record.label == .support)
    }

    @Test func contrastWeighsWhatFollows() throws {
        #expect(try stance("The minister said the plan was a success but a total disaster for farmers.").label == .oppose)
    }

    @Test func cueVerbCarriesStance() throws {
        let statement = try #require(try statements("The minister condemned that the talks had been cancelled.").first)
        #expect(statement.stance.label == .oppose)
        #expect(statement.reportingStance == .neutral || statement.reportingStance == .accusation)
    }

    @Test func reportingStanceFromTheCue() throws {
        let found = try statements("Anna Berg claimed that the vote was rigged. Tom Reed stressed that it was fair.")
        #expect(found.map(\.reportingStance) == [.distancing, .assertive])
    }

    @Test func targetIsTheFirstNounPhrase() throws {
        #expect(try stance("The minister said the memorandum opens the door to peace.").target == "the memorandum")
        #expect(try stance("The minister said: “We support any initiative aimed at peace.”").target == "any initiative aimed")
    }

    @Test func neutralWithoutEvaluativeWords() throws {
        let record = try stance("The minister said the meeting would take place on Monday.")
        #expect(record.label == .neutral)
        #expect(record.evidence.isEmpty)
    }

    @Test func whatTheTargetSaysDoesNotJudgeTheTarget() throws {
        let evaluation = StanceEvaluation(pipeline: sharedPipeline, lexicons: sharedConfiguration.lexicons)
        func judge(_ text: String, target: String) -> StanceLabel? {
            let scalars = Array(text.unicodeScalars)
            let targetScalars = Array(target.unicodeScalars)
            let start = (0...(scalars.count - targetScalars.count)).first { Array(scalars[$0..<($0 + targetScalars.count)]) == targetScalars } ?? 0
            return evaluation.judge(GoldStanceSentence(id: "s", language: .english, text: text,
                                                       target: TextSpan(start: start, end: start + targetScalars.count), stance: .neutral))
        }
        // Anna Berg's own words judge the plan, not her.
        #expect(judge("Anna Berg said that the plan was a terrible failure.", target: "Anna Berg") == .neutral)
        // The same words said about her by someone else judge her.
        #expect(judge("Critics said that Anna Berg was a terrible failure.", target: "Anna Berg") == .oppose)
    }
}
