import Testing
@testable import QuoteAttribution

@Suite struct LexiconTests {
    static let minimal: [String: String] = [
        "xx/language.tsv": "name\tTest\nword_order\tSVO\ncased\ttrue\n",
        "xx/cues.tsv": "say\tsay|says|said\tthat bare\tneutral\t0\n",
    ]

    @Test func embeddedLexiconsCompile() throws {
        let set = try LexiconSet()
        #expect(set.languages.contains(.english))
        let english = try #require(set[.english])
        #expect(english.cues.longestMatch(in: english.ids(["according", "to", "x"]), at: 0)?.value.lemma == "according to")
    }

    @Test func aNewLanguageIsAFolder() throws {
        let set = try LexiconSet(source: LexiconSource(files: Self.minimal))
        #expect(set.languages == [Language("xx")])
    }

    @Test func problemsAreReportedWithFileAndLine() {
        var files = Self.minimal
        files["xx/cues.tsv"] = "say\tsay|said\tthat\tneutral\t0\ntell\ttold\tthat sideways\tneutral\t0\nsay2\tsaid\tthat\tneutral\t0\nwarn\twarned\tthat\tloud\t0\n"
        files["xx/pronouns.tsv"] = "he\tm\tsg\n"
        files["xx/extra.txt"] = "x\n"
        do {
            _ = try LexiconSet(source: LexiconSource(files: files))
            Issue.record("invalid lexicon accepted")
        } catch let errors as LexiconErrors {
            let messages = errors.errors.map(\.description)
            #expect(messages.contains { $0.hasPrefix("xx/cues.tsv:2: unknown frame 'sideways'") })
            #expect(messages.contains { $0.hasPrefix("xx/cues.tsv:3: duplicate form 'said' (first on line 1)") })
            #expect(messages.contains { $0.hasPrefix("xx/cues.tsv:4: unknown reporting stance 'loud'") })
            #expect(messages.contains { $0.hasPrefix("xx/pronouns.tsv:1: expected 4 TAB-separated fields, found 3") })
            #expect(messages.contains { $0.hasPrefix("xx/extra.txt: unknown lexicon file") })
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func documentInALanguageWhoseLexiconDoesNotCompileSaysWhy() throws {
        var files = Self.minimal
        files["xx/pronouns.tsv"] = "he\tm\tsg\n"
        // Compiled lazily, as embedded lexicons are: the document, not the set, fails.
        let lexicons = try LexiconSet(source: LexiconSource(files: files), compileNow: [])
        #expect(lexicons.problems(in: Language("xx")).first?.description.hasPrefix("xx/pronouns.tsv:1:") == true)
        let pipeline = try Pipeline(configuration: Configuration(lexicons: lexicons))
        let result = pipeline.process(Document(id: "d", text: "He said it works.", language: Language("xx")))
        guard case .failure(let failure) = result else { Issue.record("the document did not fail"); return }
        #expect(failure.message.contains("does not compile: xx/pronouns.tsv:1:"))
    }

    @Test func formsAreSegmentedLikeArticles() throws {
        let english = try #require(sharedConfiguration.lexicons[.english])
        // "de-escalation" is three ICU tokens, in the lexicon as in an article.
        #expect(english.shifters.longestMatch(in: english.ids(["de", "-", "escalation"]), at: 0)?.length == 3)
    }

    @Test func quotePairsIncludeCLDRAndNewsroomMarks() throws {
        let english = try #require(sharedConfiguration.lexicons[.english])
        let pairs = Set(english.quotePairs)
        #expect(pairs.contains(QuotePair(open: "“", close: "”")))
        #expect(pairs.contains(QuotePair(open: "‘", close: "’")))
        #expect(pairs.contains(QuotePair(open: "„", close: "“")))
        #expect(QuotationDelimiters.pairs(forLocale: "de").first == QuotePair(open: "„", close: "“"))
    }
}
