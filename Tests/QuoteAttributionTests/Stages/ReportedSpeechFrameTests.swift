import Testing
@testable import QuoteAttribution

/// Frames of reported speech around adjuncts, relative clauses and participles, with a
/// small made-up language "xx".
@Suite struct ReportedSpeechFrameTests {
    static let files: [String: String] = [
        "xx/language.tsv": "name\tTest\nword_order\tSVO\n",
        "xx/cues.tsv": "say\tsay|says|said|saying\tthat bare colon after\tneutral\t0\naccording to\taccording to\tsource\tdistancing\t0\ncomplain\tcomplain\tthat bare\tneutral\t-1\nreport\treport|reported\tthat bare after\tneutral\t0\ncall\tcalled\tobject\tneutral\t0\n"
            + "tell\ttold\tthat bare addressee\tneutral\t0\nrefer to\treferring to\tobject\tneutral\t0\n"
            + "criticism\tcriticism of\tnoun\tneutral\t-1\nassertion\tassertion that\tnoun\tassertive\t0\n",
        "xx/complementizers.txt": "that\n",
        "xx/pronouns.tsv": "he\tm\tsg\t3\nthey\tx\tpl\t3\n",
        "xx/negators.txt": "not\n",
        "xx/documents.txt": "report\n",
        "xx/function-words.tsv": "but\tcontrast\ndid\tauxiliary\nwhen\tconjunction\nthe\tdeterminer\na\tindefinite\nin\tpreposition\non\tpreposition\nwith\tpreposition\n"
            + "which\trelative\nwill\tauxiliary\nwas\tauxiliary\nand\tconjunction\n",
    ]

    static func statements(_ text: String, files: [String: String] = files) throws -> [AttributedStatement] {
        try xxStatements(text, files: files)
    }

    @Test func longAdjunctWithAQuotedTitleStandsBeforeTheComplementizer() throws {
        let found = try Self.statements("Anna Berg said in an interview on “Morning Talk” last week that the vote was fair.")
        #expect(found.first?.content.text == "the vote was fair")
        #expect(found.first?.speaker?.name == "Anna Berg")
        // An odd number of quotation marks: the complementizer stands inside a quotation.
        let open = try Self.statements("Anna Berg said in “an interview that the vote was fair.")
        #expect(open.allSatisfy { $0.content.text != "the vote was fair." && $0.content.text != "the vote was fair" })
    }

    @Test func pronounSubjectAfterAnAdjunctOpensABareClause() throws {
        let found = try Self.statements("The Gun Group said in a statement Thursday night they pulled the listing.")
        #expect(found.first?.content.text == "they pulled the listing")
        #expect(found.first?.rule.rawValue == "xx.cue.bare")
        // Without a pronoun the adjunct is no clause.
        #expect(try Self.statements("The Gun Group said in a statement Thursday night.").isEmpty)
    }

    @Test func relativePronounBeforeTheSubjectIsTheGapOfTheReportedClause() throws {
        let found = try Self.statements("The changes, which Tom Reed said will go into effect soon, will not apply to all.")
        #expect(found.first?.content.text == "which Tom Reed said will go into effect soon")
        #expect(found.first?.speaker?.mention?.text == "Tom Reed")
        // The object of an object-frame cue: "a bill that critics called unfair".
        let object = try Self.statements("The mayor vetoed a bill that Anna Berg called unfair.")
        #expect(object.first?.content.text == "that Anna Berg called unfair")
        #expect(object.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func cueFormAfterANounDeterminerIsANoun() throws {
        var files = Self.files
        files["xx/language.tsv", default: ""] += "noun_determiner\tthe\n"
        let text = "Tom Reed read the report that Anna Berg wrote on the vote."
        #expect(try !Self.statements(text).isEmpty)
        #expect(try Self.statements(text, files: files).isEmpty)
        // The verb after a subject is still a cue.
        let verb = try Self.statements("Tom Reed reported that the vote was fair.", files: files)
        #expect(verb.map(\.content.text) == ["the vote was fair"])
    }

    @Test func participleAfterACommaReportsWhatFollowsIt() throws {
        var files = Self.files
        files["xx/language.tsv", default: ""] += "participle_ending\ting\n"
        let text = "The committees gave no reasons, saying he was busy."
        // Without the setting the participle reads as an inverted cue with its subject after it.
        let inverted = try Self.statements(text)
        #expect(inverted.first?.content.text == "The committees gave no reasons")
        #expect(inverted.first?.rule.rawValue == "xx.cue.after")
        #expect(try Self.statements(text, files: files).allSatisfy { $0.rule.rawValue != "xx.cue.after" })
        // A finite cue after the comma still takes its subject after it.
        let finite = try Self.statements("The committees gave no reasons for the delay, said Anna Berg.", files: files)
        #expect(finite.first?.content.text == "The committees gave no reasons for the delay")
        #expect(finite.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func participlePhraseInCommasStandsBetweenSubjectAndCue() throws {
        var files = Self.files
        files["xx/language.tsv", default: ""] += "participle_ending\ting\n"
        let text = "Anna Berg, speaking after the vote in the city, said Tom Reed won it."
        // Without the setting the words after the cue read as an inverted subject.
        #expect(try Self.statements(text).first?.rule.rawValue == "xx.cue.after")
        let found = try Self.statements(text, files: files)
        #expect(found.map(\.content.text) == ["Tom Reed won it"])
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func complementizerAfterACueIsNoRelativePronoun() throws {
        let found = try Self.statements("Anna Berg said that Tom Reed said the vote was fair.")
        #expect(found.first?.content.text == "Tom Reed said the vote was fair")
        #expect(found.count == 1)
    }

    @Test func onlyAnAddresseeAfterTheCueIsNoGap() throws {
        let found = try Self.statements("The man which Anna Berg told reporters, left.")
        #expect(found.allSatisfy { !$0.content.text.hasPrefix("which") })
    }

    @Test func participleAfterAnAttributionSharesItsSubject() throws {
        let found = try Self.statements("“The count is over,” Anna Berg said on Monday, referring to the vote in the city.")
        let referring = try #require(found.first { $0.cue?.text == "referring to" })
        #expect(referring.content.text == "the vote in the city")
        #expect(referring.speaker?.mention?.text == "Anna Berg")
        let inverted = try Self.statements("“The count is over,” said Anna Berg, referring to the vote in the city.")
        #expect(inverted.first { $0.cue?.text == "referring to" }?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func nounCueTakesItsComplementAndItsPossessor() throws {
        let found = try Self.statements("Anna Berg's criticism of the new tram line was sharp.")
        #expect(found.first?.content.text == "the new tram line")
        #expect(found.first?.cue?.text == "criticism of")
        #expect(found.first?.speaker?.mention?.text == "Anna Berg's")
        #expect(found.first?.rule.rawValue == "xx.cue.noun")
        // After a complementizer the complement is a clause, auxiliaries and all.
        let clausal = try Self.statements("The mayor rejected the assertion that the count was unfair, and left.")
        #expect(clausal.first?.content.text == "the count was unfair")
    }

    @Test func negatedCueLeavesTheCuesInItsContentFree() throws {
        let found = try Self.statements("The city did not complain when the fares went up last year, Anna Berg said.")
        #expect(found.map(\.content.text) == ["The city did not complain when the fares went up last year"])
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func documentNounThatIsACueFormHeadsTheSubjectOfTheNextCue() throws {
        let found = try Self.statements("Hackers took ten servers in the city, the congressional report said.")
        #expect(found.map(\.content.text) == ["Hackers took ten servers in the city"])
        #expect(found.first?.speaker?.mention?.text == "the congressional report")
    }

    @Test func objectWithAWordBeforeItsQuotationIsAStatement() throws {
        let found = try Self.statements("Anna Berg called it “a disgrace.”")
        #expect(found.first?.content.text.hasPrefix("it “a disgrace") == true)
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
        // An object that is only a quotation stays a title.
        let title = try Self.statements("Anna Berg watched a film called “Red Sky.”")
        #expect(title.isEmpty)
    }

    @Test func cueAfterTheFirstCommaOfTheContentOpensAClauseOfItsOwn() throws {
        let found = try Self.statements("Anna Berg said the fares were too high, referring to the new tram line.")
        #expect(found.map(\.content.text) == ["the fares were too high", "the new tram line"])
        #expect(found.map { $0.speaker?.mention?.text } == ["Anna Berg", "Anna Berg"])
        // After a second comma it may be the verb of the content, past an apposition.
        let apposition = try Self.statements("Anna Berg said the mayor, a teacher, referring to nobody, was right.")
        #expect(apposition.first?.content.text == "the mayor, a teacher, referring to nobody, was right")
    }

    @Test func contrastAndPronounAfterACommaEndTheContent() throws {
        let found = try Self.statements("Anna Berg said the fares were too high, but they would stay.")
        #expect(found.first?.content.text == "the fares were too high")
    }

    @Test func abbreviationBetweenQuotationAndCueKeepsTheAttribution() throws {
        let found = try Self.statements("“The count is over,” Anna Berg (D-Ore.) said.")
        #expect(found.first?.kind == .direct)
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func ageInCommasAfterTheNameIsPassedOver() throws {
        let found = try Self.statements("“The count is over,” Anna Berg, 57, told the paper.")
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
        #expect(found.first?.speaker?.role == nil)
    }

    @Test func subjectOfAnUnknownVerbBeforeAColonSpeaks() throws {
        let found = try Self.statements("The hall was full.\n\nAnna Berg interjected: “So the count is over?”")
        #expect(found.first?.rule == .subjectColon)
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func sourceAtTheSentenceStartRunsPastAnAbbreviation() throws {
        let found = try Self.statements("According to F.A.A. records, the jet has flown about 333 hours since March.")
        #expect(found.first?.content.text == "the jet has flown about 333 hours since March")
        #expect(found.first?.rule.rawValue == "xx.cue.source")
    }
}
