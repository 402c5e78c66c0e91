import Testing
@testable import QuoteAttribution

/// Frames of reported speech around adjuncts, relative clauses and participles, with a
/// small made-up language "xx".
@Suite struct ReportedSpeechFrameTests {
    static let files: [String: String] = [
        "xx/language.tsv": "name\tTest\n",
        "xx/cues.tsv": "say\tsay|says|said\tthat bare colon after\tneutral\t0\n",
        "xx/complementizers.txt": "that\n",
        "xx/pronouns.tsv": "he\tm\tsg\t3\nthey\tx\tpl\t3\n",
        "xx/function-words.tsv": "the\tdeterminer\na\tindefinite\nin\tpreposition\non\tpreposition\nwith\tpreposition\n"
            + "which\trelative\nwill\tauxiliary\nwas\tauxiliary\nand\tconjunction\n",
    ]

    static func statements(_ text: String, files: [String: String] = files) throws -> [AttributedStatement] {
        var configuration = Configuration(lexicons: try LexiconSet(source: LexiconSource(files: files)))
        configuration.fallbackLanguage = Language("xx")
        return try Pipeline(configuration: configuration).process(Document(id: "t", text: text, language: Language("xx"))).get().statements
    }

    @Test func longAdjunctWithAQuotedTitleStandsBeforeTheComplementizer() throws {
        let found = try Self.statements("Anna Berg said in an interview with the Daily Post on “Morning Talk” last week that the vote was fair.")
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
}
