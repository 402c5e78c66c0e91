import Testing
@testable import QuoteAttribution

@Suite struct TokenizerTests {
    func layer(_ text: String) throws -> TokenLayer {
        try #require(try annotate(text).document[TokensKey.self])
    }

    @Test func wordsExcludeWhitespaceAndKeepPunctuation() throws {
        let layer = try layer("He said: “Yes.”")
        let tokens = layer.tokens
        #expect(layer.texts == ["He", "said", ":", "“", "Yes", ".", "”"])
        #expect(layer.foldedWords == ["he", "said", ":", "“", "yes", ".", "”"])
        #expect(tokens.map(\.kind) == [.word, .word, .punctuation, .quoteMark, .word, .punctuation, .quoteMark])
        #expect(tokens[0].isCapitalized && !tokens[1].isCapitalized)
    }

    @Test func abbreviationsDoNotEndSentences() throws {
        let layer = try layer("Dr. Smith met Mr. Jones in the U.S. capital. They talked.")
        #expect(layer.sentences.count == 2)
        // A middle initial, but not a letter that ends a sentence before a function word.
        #expect(try self.layer("He said that Donald J. Trump would win. They talked.").sentences.count == 2)
        #expect(try self.layer("He backed Plan B. Then he left.").sentences.count == 2)
    }

    @Test func paragraphsAndHeadings() throws {
        let text = "The talks ended on Friday.\n\nBig achievement\n\nThe minister said the deal was done."
        let layer = try layer(text)
        #expect(layer.paragraphs.count == 3)
        #expect(layer.paragraphs.map(\.isHeading) == [false, true, false])
        #expect(layer.sentences.allSatisfy { layer.paragraphs[$0.paragraph].span.contains($0.span) })
    }

    @Test func nonBMPScalarsKeepScalarOffsets() throws {
        // 🎉 is one scalar (two UTF-16 units): the word after it starts at scalar 2.
        let text = "🎉 Party time."
        let layer = try layer(text)
        let party = layer.tokens[try #require(layer.texts.firstIndex(of: "Party"))]
        #expect(party.span == TextSpan(start: 2, end: 7))
        #expect(slice(text, party.span.start, party.span.end) == "Party")
    }

    @Test func bidiControlsDoNotBreakTokens() throws {
        let text = "He said \u{200F}hello\u{200F} twice."
        let layer = try layer(text)
        #expect(layer.texts.contains { $0.contains("hello") })
        #expect(layer.foldedWords.contains("hello"))
        for (token, tokenText) in zip(layer.tokens, layer.texts) { #expect(slice(text, token.span.start, token.span.end) == tokenText) }
    }

    @Test func hyphenatedNamesAreSeparateTokensWithoutSpace() throws {
        let layer = try layer("al-Jaafari spoke.")
        let tokens = layer.tokens
        #expect(layer.texts.prefix(3) == ["al", "-", "Jaafari"])
        #expect(!tokens[1].spaceBefore && !tokens[2].spaceBefore)
    }

    @Test func caseFoldingOfASCIIAndBeyond() {
        #expect(CaseFolding.fold("said") == "said")
        #expect(CaseFolding.fold("McCain") == "mccain")
        #expect(CaseFolding.fold("U.S.") == "u.s.")
        #expect(CaseFolding.fold("Straße") == "strasse")
        #expect(CaseFolding.fold("ΣΊΣΥΦΟΣ") == CaseFolding.fold("σίσυφος"))
        #expect(CaseFolding.fold("") == "")
    }

    @Test func typewriterDoubleQuotesAreOneMarkWithItsOwnKey() throws {
        let layer = try layer("He said ''yes'' twice.")
        let index = try #require(layer.texts.firstIndex(of: "''"))
        #expect(layer.tokens[index].kind == .quoteMark)
        #expect(layer.foldedWords[index] == "''")
    }

    @Test func fullStopGluedToTheNextSentenceEndsIt() throws {
        let layer = try layer("No bodies were found so far.The ferry was on its way. See faz.net, www.Spiegel.de and the U.S. or Canada.")
        #expect(layer.sentences.map { layer.texts[$0.tokens.lowerBound] } == ["No", "The", "See"])
        #expect(layer.texts.contains("far") && layer.texts.contains("faz.net") && layer.texts.contains("www.Spiegel.de"))
        let far = try #require(layer.texts.firstIndex(of: "far"))
        #expect(layer.texts[far + 1] == "." && layer.tokens[far + 1].mark == .fullStop && !layer.tokens[far + 2].spaceBefore)
    }

    @Test func gluedFullStopShapes() {
        func dot(_ word: String) -> Int? { Tokenizer.gluedFullStop(ArraySlice(Array(word.unicodeScalars))) }
        #expect(dot("wurden.Das") == 6)
        #expect(dot("urgence.Des") == 7)
        #expect(dot("faz.net") == nil)
        #expect(dot("www.Spiegel") == nil)
        #expect(dot("z.B") == nil)
        #expect(dot("U.S.Army") == nil)
        #expect(dot("e.On") == nil)
        #expect(dot("Merkel.Als") == 6)
        #expect(dot("Dr.Müller") == nil)
        #expect(dot("St.Gallen") == nil)
    }
}
