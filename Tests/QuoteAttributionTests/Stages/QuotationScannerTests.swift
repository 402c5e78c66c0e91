import Testing
@testable import QuoteAttribution

@Suite struct QuotationScannerTests {
    /// The quoted texts (content only) found in `text`, outermost first.
    func quoted(_ text: String, limits: Limits = Limits()) throws -> [(text: String, depth: Int, closed: Bool, warnings: [String])] {
        let document = try annotate(text)
        let layer = try #require(document.document[TokensKey.self])
        let normalized = try #require(document.document[NormalizedTextKey.self])
        let lexicon = try #require(sharedConfiguration.lexicons[.english])
        return QuotationScanner(layer: layer, pairs: lexicon.quotePairs, limits: limits).scan().map {
            ($0.contentTokens.isEmpty ? "" : normalized.text(of: layer.span(of: $0.contentTokens)), $0.depth, $0.close != nil, $0.warnings)
        }
    }

    @Test func curlyAndStraightPairs() throws {
        #expect(try quoted("She said “yes” and he said \"no\".").map(\.text) == ["yes", "no"])
    }

    @Test func nestedQuotes() throws {
        let found = try quoted("He said: “They called it ‘a disaster’ on air.”")
        #expect(found.map(\.text) == ["They called it ‘a disaster’ on air.", "a disaster"])
        #expect(found.map(\.depth) == [0, 1])
    }

    @Test func apostrophesAreNotQuotes() throws {
        #expect(try quoted("The states’ control and don’t worry, it’s fine.").isEmpty)
    }

    @Test func guillemetsAndGermanQuotes() throws {
        #expect(try quoted("Il a dit « non » hier.").map(\.text) == ["non"])
        #expect(try quoted("Er sagte „nein“ gestern.").map(\.text) == ["nein"])
        #expect(try quoted("Er sagte »nein« gestern.").map(\.text) == ["nein"])
    }

    @Test func unclosedQuoteEndsAtItsParagraph() throws {
        let text = "He said “this never ends.\n\nThe next paragraph is the reporter's own."
        let found = try quoted(text)
        #expect(found.count == 1)
        #expect(found[0].text == "this never ends.")
        #expect(!found[0].closed)
        #expect(found[0].warnings.first?.contains("closed at the end of its paragraph") == true)
    }

    @Test func quoteContinuesIntoReopenedParagraphs() throws {
        let text = "“First part of the speech.\n\n“Second part.\n\n“Third and last,” she said."
        let found = try quoted(text)
        #expect(found.count == 1)
        #expect(found[0].text == "First part of the speech.\n\n“Second part.\n\n“Third and last,")
        #expect(found[0].closed)
    }

    @Test func quoteParagraphLimitAtItsBoundary() throws {
        // A quotation that runs over three paragraphs (each reopened with “, the newsroom
        // convention) is carried with a limit of 2 more paragraphs and cut with 1.
        let text = "He said: “First part of it.\n\n“Second part of it.\n\n“Third part, the end.”"
        var limits = Limits()
        limits.maximumQuoteParagraphs = 2
        let carried = try quoted(text, limits: limits)
        #expect(carried.first?.text.hasSuffix("the end.") == true)
        limits.maximumQuoteParagraphs = 1
        let cut = try quoted(text, limits: limits)
        #expect(cut.first?.text.hasSuffix("the end.") == false)
        #expect(cut.first?.warnings.isEmpty == false)
    }

    @Test func nestingLimitAtItsBoundary() throws {
        let text = "He said: “one ‘two “three” two’ one.”"
        var limits = Limits()
        limits.maximumQuoteNesting = 3
        #expect(try quoted(text, limits: limits).map(\.depth) == [0, 1, 2])
        limits.maximumQuoteNesting = 2
        #expect(try quoted(text, limits: limits).map(\.depth).max() == 1)
    }
}
