import Testing
@testable import QuoteAttribution

/// Each construction on a small exact input: the statement's kind, content, cue and speaker.
@Suite struct QuoteDetectorTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var text: String
        var kind: StatementKind
        var content: String
        var cue: String?
        var speaker: String?
        var rule: String
        var testDescription: String { rule + ": " + text }
    }

    static let constructions: [Expected] = [
        .init(text: "The minister said that the plan would work.", kind: .indirect, content: "the plan would work", cue: "said", speaker: "the minister", rule: "en.cue.that"),
        .init(text: "Iran also stated it is a massive step forward.", kind: .indirect, content: "it is a massive step forward", cue: "stated", speaker: "Iran", rule: "en.cue.bare"),
        .init(text: "The economy will grow next year, the minister said.", kind: .indirect, content: "The economy will grow next year", cue: "said", speaker: "the minister", rule: "en.cue.after"),
        .init(text: "The economy will grow next year, said Jan Verhoeven.", kind: .indirect, content: "The economy will grow next year", cue: "said", speaker: "Jan Verhoeven", rule: "en.cue.after"),
        .init(text: "Many of the closures, the minister said, have involved public courses.", kind: .indirect, content: "Many of the closures, the minister said, have involved public courses", cue: "said", speaker: "the minister", rule: "en.cue.after"),
        .init(text: "It is no surprise, Anna Berg said, that the plan failed.", kind: .indirect, content: "It is no surprise, Anna Berg said, that the plan failed", cue: "said", speaker: "Anna Berg", rule: "en.cue.after"),
        .init(text: "The plan, Anna Berg said on Monday, would fail within a year.", kind: .indirect, content: "The plan, Anna Berg said on Monday, would fail within a year", cue: "said", speaker: "Anna Berg", rule: "en.cue.after"),
        .init(text: "Wilson spoke in Iowa and said the senator can win.", kind: .indirect, content: "the senator can win", cue: "said", speaker: "Wilson", rule: "en.cue.bare"),
        .init(text: "Trump spoke in Iowa, arguing that she lied.", kind: .indirect, content: "she lied", cue: "arguing", speaker: "Trump", rule: "en.cue.that"),
        .init(text: "Ryan Pardo, who said he would not vote, left early.", kind: .indirect, content: "he would not vote", cue: "said", speaker: "Ryan Pardo", rule: "en.cue.bare"),
        .init(text: "Among likely voters, 74 percent said they would vote for Trump.", kind: .indirect, content: "they would vote for Trump", cue: "said", speaker: "74 percent", rule: "en.cue.bare"),
        .init(text: "In the poll, 26% say they are conservative.", kind: .indirect, content: "they are conservative", cue: "say", speaker: "26%", rule: "en.cue.bare"),
        .init(text: "Six in 10 say he is at least somewhat decisive.", kind: .indirect, content: "he is at least somewhat decisive", cue: "say", speaker: "Six in 10", rule: "en.cue.bare"),
        .init(text: "The spokesman took no questions but said there was no call.", kind: .indirect, content: "there was no call", cue: "said", speaker: "The spokesman", rule: "en.cue.bare"),
        .init(text: "His campaign said he ended December with more cash.", kind: .indirect, content: "he ended December with more cash", cue: "said", speaker: "His campaign", rule: "en.cue.bare"),
        .init(text: "After sweeping victories on Tuesday, Trump spoke in Iowa, saying she would be a bad president.", kind: .indirect, content: "she would be a bad president", cue: "saying", speaker: "Trump", rule: "en.cue.bare"),
        .init(text: "Democrats sued after Ohio cut the “Golden Week,” saying that it burdened voters.", kind: .indirect, content: "it burdened voters", cue: "saying", speaker: "Democrats", rule: "en.cue.that"),
        .init(text: "The union endorsed Ted Cruz.", kind: .indirect, content: "Ted Cruz", cue: "endorsed", speaker: "The union", rule: "en.cue.object"),
        .init(text: "Graham called the plan a disaster.", kind: .indirect, content: "the plan a disaster", cue: "called", speaker: "Graham", rule: "en.cue.object"),
        .init(text: "A spokeswoman declined to comment on the report.", kind: .indirect, content: "comment on the report", cue: "declined to", speaker: "A spokeswoman", rule: "en.cue.object"),
        .init(text: "Progressives tend to support spending projects.", kind: .indirect, content: "spending projects", cue: "support", speaker: "Progressives", rule: "en.cue.object"),
        .init(text: "The employee did not act immediately, according to the summary.", kind: .indirect, content: "The employee did not act immediately", cue: "according to", speaker: "the summary", rule: "en.cue.source"),
        .init(text: "One of the decisions, according to a person close to the process, is to hit back.", kind: .indirect, content: "One of the decisions, according to a person close to the process, is to hit back", cue: "according to", speaker: "a person close to the process", rule: "en.cue.source"),
        .init(text: "Anna Berg said on Monday the plan had failed.", kind: .indirect, content: "the plan had failed", cue: "said", speaker: "Anna Berg", rule: "en.cue.bare"),
        .init(text: "The office said about 40 percent of voters were undecided.", kind: .indirect, content: "about 40 percent of voters were undecided", cue: "said", speaker: "The office", rule: "en.cue.bare"),
        .init(text: "Graham called for a review of the Sept. 11 attacks by the agency.", kind: .indirect, content: "a review of the Sept. 11 attacks by the agency", cue: "called for", speaker: "Graham", rule: "en.cue.object"),
        .init(text: "The report showed that the plan had failed.", kind: .indirect, content: "the plan had failed", cue: "showed", speaker: "The report", rule: "en.cue.that"),
        .init(text: "Republicans have often argued that the plan had failed.", kind: .indirect, content: "the plan had failed", cue: "argued", speaker: "Republicans", rule: "en.cue.that"),
        .init(text: "Sanders seemed to reap the benefits.", kind: .indirect, content: "Sanders seemed to reap the benefits", cue: "seemed to", speaker: "Sanders", rule: "en.cue.clause"),
        .init(text: "A new poll shows Clinton leading by two points.", kind: .indirect, content: "Clinton leading by two points", cue: "shows", speaker: "A new poll", rule: "en.cue.object"),
        .init(text: "Reporters asked whether she would run again.", kind: .indirect, content: "she would run again", cue: "asked whether", speaker: "Reporters", rule: "en.cue.object"),
        .init(text: "The governor pointed to the falling crime rate.", kind: .indirect, content: "the falling crime rate", cue: "pointed to", speaker: "The governor", rule: "en.cue.object"),
        .init(text: "The inquiry found that the office almost never searched its email.", kind: .indirect, content: "the office almost never searched its email", cue: "found", speaker: "The inquiry", rule: "en.cue.that"),
        .init(text: "In a letter, Trump asked the network to donate the profits.", kind: .indirect, content: "the network to donate the profits", cue: "asked", speaker: "Trump", rule: "en.cue.object"),
        .init(text: "According to the report, prices rose by a tenth.", kind: .indirect, content: "prices rose by a tenth", cue: "According to", speaker: "the report", rule: "en.cue.source"),
        .init(text: "Prices rose by a tenth, according to the report.", kind: .indirect, content: "Prices rose by a tenth", cue: "according to", speaker: "the report", rule: "en.cue.source"),
        .init(text: "Anna Berg told reporters that talks had failed.", kind: .indirect, content: "talks had failed", cue: "told", speaker: "Anna Berg", rule: "en.cue.that"),
        .init(text: "Anna Berg told POLITICO she planned to stay neutral.", kind: .indirect, content: "she planned to stay neutral", cue: "told", speaker: "Anna Berg", rule: "en.cue.bare"),
        .init(text: "Anna Berg said in a statement that talks had failed.", kind: .indirect, content: "talks had failed", cue: "said", speaker: "Anna Berg", rule: "en.cue.that"),
        .init(text: "“We will win,” said Anna Berg.", kind: .direct, content: "We will win,", cue: "said", speaker: "Anna Berg", rule: "quote.after-cue"),
        .init(text: "Teachers in the union are “very, very pro-Bernie,” Anna Berg said.", kind: .mixed, content: "Teachers in the union are “very, very pro-Bernie,”", cue: "said", speaker: "Anna Berg", rule: "quote.after-cue"),
        .init(text: "“We will win,” Anna Berg said.", kind: .direct, content: "We will win,", cue: "said", speaker: "Anna Berg", rule: "quote.after-cue"),
        .init(text: "Anna Berg said: “We will win.”", kind: .direct, content: "We will win.", cue: "said", speaker: "Anna Berg", rule: "quote.before-cue"),
        .init(text: "“We will win.” — Commissioner Anna Berg", kind: .direct, content: "We will win.", cue: "—", speaker: "Anna Berg", rule: "quote.dash"),
        .init(text: "Anna Berg said the deal was “a disgrace” to everyone.", kind: .mixed, content: "the deal was “a disgrace” to everyone", cue: "said", speaker: "Anna Berg", rule: "en.cue.bare"),
        .init(text: "Tom Reed, a doctor, said the ward was full.", kind: .indirect, content: "the ward was full", cue: "said", speaker: "Tom Reed", rule: "en.cue.bare"),
        .init(text: "Sir Vince Cable, who replaced Tim Farron as leader, said the party would grow.", kind: .indirect, content: "the party would grow", cue: "said", speaker: "Vince Cable", rule: "en.cue.bare"),
        .init(text: "The club's coach, Anke Brandt, said she was angry about the sale.", kind: .indirect, content: "she was angry about the sale", cue: "said", speaker: "Anke Brandt", rule: "en.cue.bare"),
        .init(text: "A judge ordered periodic releases of the emails.", kind: .indirect, content: "periodic releases of the emails", cue: "ordered", speaker: "A judge", rule: "en.cue.object"),
        .init(text: "Beck said if Trump wins, he would impose a dictatorship.", kind: .indirect, content: "if Trump wins, he would impose a dictatorship", cue: "said", speaker: "Beck", rule: "en.cue.bare"),
        .init(text: "Tom Lee left. On Tuesday night he said it still posed a threat.", kind: .indirect, content: "it still posed a threat", cue: "said", speaker: "he", rule: "en.cue.bare"),
        .init(text: "Tom Reed says that “as a nation, we have to do better.”", kind: .direct, content: "as a nation, we have to do better.", cue: "says", speaker: "Tom Reed", rule: "en.cue.that"),
        .init(text: "Haley Morris says the candidate has “always run a lean campaign and will continue to do so.”", kind: .mixed, content: "the candidate has “always run a lean campaign and will continue to do so.”", cue: "says", speaker: "Haley Morris", rule: "en.cue.bare"),
        .init(text: "Anna Berg said that “the plan failed. We knew it.”", kind: .direct, content: "the plan failed. We knew it.", cue: "said", speaker: "Anna Berg", rule: "en.cue.that"),
        .init(text: "As the Washington Post reported, Republicans now control both chambers.", kind: .indirect, content: "Republicans now control both chambers", cue: "reported", speaker: "Washington Post", rule: "en.cue.comma"),
        .init(text: "Indeed, as Anna Berg has often said, the plan will fail.", kind: .indirect, content: "the plan will fail", cue: "said", speaker: "Anna Berg", rule: "en.cue.comma"),
        .init(text: "The deal will not pass, as Senator Tom Reed has said.", kind: .indirect, content: "The deal will not pass", cue: "said", speaker: "Tom Reed", rule: "en.cue.after"),
        .init(text: "The economy is strong, as Anna Berg said on Monday.", kind: .indirect, content: "The economy is strong", cue: "said", speaker: "Anna Berg", rule: "en.cue.after"),
    ]

    @Test(arguments: constructions)
    func construction(_ expected: Expected) throws {
        let found = try statements(expected.text)
        try #require(found.count == 1, "found \(found.map(\.content.text))")
        let statement = found[0]
        #expect(statement.kind == expected.kind)
        #expect(statement.content.text == expected.content)
        #expect(statement.cue?.text == expected.cue)
        #expect(statement.speaker?.mention?.text.lowercased() == expected.speaker?.lowercased())
        #expect(statement.rule.rawValue == expected.rule)
        #expect(slice(expected.text, statement.content.start, statement.content.end) == statement.content.text)
    }

    @Test func splitQuoteGivesTwoStatementsWithOneSpeaker() throws {
        let found = try statements("“This is the first half,” Anna Berg said, “and this is the second.”")
        #expect(found.map(\.content.text) == ["This is the first half,", "and this is the second."])
        #expect(found.map(\.speakerName) == ["Anna Berg", "Anna Berg"])
    }

    @Test func shortQuotationAfterTheAttributionSentenceContinuesIt() throws {
        let found = try statements("“They sue,” Anna Berg said. “Everybody sues.”")
        #expect(found.map(\.content.text) == ["They sue,", "Everybody sues."])
        #expect(found.map(\.rule) == [.quoteThenCue, .carryOver])
        #expect(found.map(\.speakerName) == ["Anna Berg", "Anna Berg"])
        // The second half shares the attribution, and so the mention, of the first.
        #expect(found.map { $0.speaker?.mention?.text } == ["Anna Berg", "Anna Berg"])
        #expect(found.map { $0.speaker?.resolvedBy } == [.name, .carryOver])
    }

    @Test func relativeClauseAndMainClauseAreTwoStatements() throws {
        let found = try statements("Podesta, who said the project was vetted, said he was unaware of it.")
        #expect(found.map(\.content.text) == ["the project was vetted", "he was unaware of it"])
        #expect(found.map(\.speakerName) == ["Podesta", "Podesta"])
    }

    @Test func clauseAfterTheCueIsItsContentNotTheQuotationBefore() throws {
        let found = try statements("She spoke of what she called “an extraordinary campaign.” She said she admires his determination.")
        #expect(found.map(\.content.text) == ["she admires his determination"])
        #expect(found.map(\.rule.rawValue) == ["en.cue.bare"])
    }

    @Test func contentEndsWhereAnotherAttributionBegins() throws {
        let found = try statements("Reid said the plan would fail, but he said the vote could pass.")
        #expect(found.map(\.content.text) == ["the plan would fail", "the vote could pass"])
        let poll = try statements("Most voters said they are set on Trump, while 22 percent said they might change their mind.")
        #expect(poll.map(\.content.text) == ["they are set on Trump", "they might change their mind"])
        let coordinated = try statements("Ms. Khan said Mr. Trump was ignorant of Islam and criticized him for his remarks.")
        #expect(coordinated.map(\.content.text) == ["Mr. Trump was ignorant of Islam", "him for his remarks"])
        #expect(coordinated.map(\.speakerName) == ["Khan", "Khan"])
    }

    @Test func aQuotationInsideRunningTextIsNotSignedByADash() throws {
        let found = try statements("The ad shows the mayor “walking the dog at dawn” — a grey coat and old boots.")
        #expect(!found.contains { $0.rule == .quoteThenDash })
        let signed = try statements("“We will win.” — Commissioner Anna Berg")
        #expect(signed.map(\.rule) == [.quoteThenDash])
    }

    @Test func nounReadingsOfCueFormsAreNoCues() throws {
        #expect(try statements("Democrats won in 30 states on Tuesday.").isEmpty)
        #expect(try statements("Clinton maintains a wide lead over Sanders among black voters.").isEmpty)
        let found = try statements("The memo stated the review was complete.")
        #expect(found.map(\.content.text) == ["the review was complete"])
    }

    @Test func objectRunsOnThroughItsList() throws {
        let list = try statements("Graham criticized the budget, the tax cuts and the wall.")
        #expect(list.map(\.content.text) == ["the budget, the tax cuts and the wall"])
        // A relative clause, a pronoun subject or another cue after the comma ends it.
        let relative = try statements("Graham criticized the budget, which the committee rejected.")
        #expect(relative.map(\.content.text) == ["the budget"])
        let clause = try statements("Graham criticized the budget, he stood by it.")
        #expect(clause.map(\.content.text) == ["the budget"])
    }

    @Test func comparativeClauseOfTimeOrMannerIsNoAttribution() throws {
        // "as" tells when ("as the crowd applauded": no claim), or opens a longer
        // conjunction ("as if"); "As a general rule" has a noun, not a cue.
        #expect(try statements("As the crowd applauded, the senator left the stage.").isEmpty)
        #expect(try statements("The economy grew, as Anna Berg spoke to the club and testified in the Senate.").isEmpty)
        #expect(try statements("As a general rule, students repay their loans.").isEmpty)
    }

    @Test func capitalisedCueFormInsideANameIsNoCue() throws {
        let found = try statements("Secretary of State John Kerry said the elections were a step forward.")
        #expect(found.map(\.cue?.text) == ["said"])
        #expect(found.map(\.content.text) == ["the elections were a step forward"])
        // In a line in title case the cue is capitalised too.
        let title = try statements("Rubio Says Abandoning Immigration Reform Was A Mistake.")
        #expect(title.map(\.cue?.text) == ["Says"])
        #expect(title.map(\.speakerName) == ["Rubio"])
    }

    @Test func objectEndsBeforeAConjoinedCue() throws {
        let found = try statements("Wilson praised the plan and said the senator can win.")
        #expect(found.map(\.content.text) == ["the plan", "the senator can win"])
        #expect(found.map(\.speakerName) == ["Wilson", "Wilson"])
    }

    @Test func objectFrameNeedsAVerbWithASubject() throws {
        // A compound ("Saudi-backed"), a gerund after a noun and a preposition ("allies of
        // backing"), and an adjunct instead of an object ("rejected in January").
        #expect(try statements("Saudi-backed groups seized the town.").isEmpty)
        #expect(try statements("The minister blamed some states and their allies of backing the rebels.").allSatisfy { $0.cue?.text != "backing" })
        #expect(try statements("The plan, which the committee rejected in January, was revived.").isEmpty)
    }

    @Test func colonLeadInInThePreviousParagraph() throws {
        let found = try statements("Later, Anna Berg said:\n\n“The vote shows that people want change, and we will deliver it.”")
        #expect(found.count == 1)
        #expect(found.first?.rule == .colonLeadIn)
        #expect(found.first?.speakerName == "Anna Berg")
    }

    @Test func scareQuotesAndTitlesAreNotStatements() throws {
        let document = try annotate("Critics treat the so-called “reform” as a trick. Many read “Running Out of Room” last year.")
        #expect(document.statements.isEmpty)
        let ignored = try #require(document.document[QuotesKey.self]).ignored
        #expect(ignored.count == 2)
    }

    @Test func quotedTitleBeforeASpeakerWithAClauseIsNotTheStatement() throws {
        // The cue introduces the clause after it; the show's title is no quotation of Issa.
        let document = try annotate("On “Sunday Morning Futures,” Rep. Darrell Issa said Democratic candidate Hillary Clinton lacks judgment.")
        #expect(document.statements.count == 1)
        #expect(document.statements.first?.content.text == "Democratic candidate Hillary Clinton lacks judgment")
        #expect(document.statements.first?.rule.rawValue == "en.cue.bare")
    }

    @Test func negatedCueIsLeftOut() throws {
        let document = try annotate("The minister did not say that the plan would fail.")
        #expect(document.statements.isEmpty)
        #expect(document.document[QuotesKey.self]?.ignored.first?.reason.contains("negated") == true)
    }

    @Test func cueInsideAQuotationIsPartOfIt() throws {
        let found = try statements("“We expect the company to pay from this month,” Rachel Amos said.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .direct)
    }

    @Test func unclosedQuoteDoesNotSwallowTheArticle() throws {
        let text = "Anna Berg said: “We will win this.\n\nThe minister said that the count would finish on Monday."
        let found = try statements(text)
        #expect(found.count == 2)
        #expect(found.first?.warnings?.first?.contains("unclosed") == true)
        #expect(found.last?.content.text == "the count would finish on Monday")
    }

    @Test func typewriterDoubleQuotes() throws {
        let found = try statements("''It is more tinkering at the edges,'' said Alan Cole, an economist.")
        #expect(found.first?.kind == .direct)
        #expect(found.first?.content.text == "It is more tinkering at the edges,")
        #expect(found.first?.speakerName == "Alan Cole")
    }

    @Test func participleContinuationIsASecondStatement() throws {
        let found = try statements("Sen. David Perdue said the ads did not work, arguing that voters wanted plans.")
        #expect(found.map(\.content.text) == ["the ads did not work", "voters wanted plans"])
        #expect(found.map(\.cue?.text) == ["said", "arguing"])
        #expect(found.map(\.speakerName) == ["David Perdue", "David Perdue"])
        // The comma may stand inside a quotation that ends the first statement.
        let quoted = try statements("Sen. David Perdue said the way out is “to work together,” arguing that voters wanted plans.")
        #expect(quoted.map(\.cue?.text) == ["said", "arguing"])
        #expect(quoted.last?.content.text == "voters wanted plans")
    }

    @Test func parenthesisAfterTheNameIsSkipped() throws {
        let found = try statements("Rep. Gwen Moore (D-Wis.) said the tweet was a dog whistle.")
        #expect(found.first?.speakerName == "Gwen Moore")
        let comma = try statements("Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had concerns.")
        #expect(comma.map(\.content.text) == ["he had concerns"])
        #expect(comma.first?.speakerName == "Jack Reed")
        let tag = try statements("Sen. Marco Rubio, R-Fla., said Obama failed to address concerns.")
        #expect(tag.map(\.content.text) == ["Obama failed to address concerns"])
        #expect(tag.first?.speakerName == "Marco Rubio")
    }

    @Test func sourceFollowedByADeterminerPhrase() throws {
        let found = try statements("According to the joint statement, the two countries will create a working group.")
        #expect(found.first?.content.text == "the two countries will create a working group")
        #expect(found.first?.speakerName == "the joint statement")
    }

    @Test func secondCueAfterAQuotedFragment() throws {
        let found = try statements("Anna Berg said the measure was “a lifesaver” and added that the city broke the limits twice.")
        #expect(found.map(\.content.text) == ["the measure was “a lifesaver”", "the city broke the limits twice"])
        #expect(found.map(\.kind) == [.mixed, .indirect])
        #expect(found.map(\.speakerName) == ["Anna Berg", "Anna Berg"])
    }

    @Test func complementizerBeforeAQuoteMakesItMixed() throws {
        let found = try statements("Anna Berg told reporters that Morocco “has met all its commitments” this year.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .mixed)
    }

    @Test func titleWithAFullStopDoesNotEndTheAttribution() throws {
        let found = try statements("“We will win this vote,” said Dr. Anna Berg.")
        #expect(found.first?.speakerName == "Anna Berg")
    }
}
