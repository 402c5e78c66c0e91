import Testing
@testable import QuoteAttribution

@Suite struct NormalizerTests {
    @Test func nfcTextKeepsOffsetsIdentical() throws {
        let (text, origins) = try NFCNormalizer.normalize("Café “quoted”", units: Array("Café “quoted”".utf16))
        #expect(text == "Café “quoted”")
        #expect(origins == nil)
    }

    @Test func decomposedTextIsComposedAndMappedBack() throws {
        // "Cafe\u{301}" is five scalars in the caller's text and four in NFC.
        let caller = "Cafe\u{301} said \"Bonjour\""
        let document = try annotate(caller)
        let normalized = try #require(document.document[NormalizedTextKey.self])
        #expect(normalized.text == "Caf\u{E9} said \"Bonjour\"")
        #expect(normalized.callerScalarCount == caller.unicodeScalars.count)
        // "said" starts at 5 in NFC and at 6 in the caller's text.
        #expect(normalized.callerSpan(TextSpan(start: 5, end: 9)) == TextSpan(start: 6, end: 10))
    }

    @Test func emptyAndWhitespaceDocumentsAreRefused() {
        for text in ["", "  \n\t "] {
            let result = sharedPipeline.process(Document(id: "blank", text: text, language: .english))
            guard case .failure(let failure) = result else { Issue.record("expected a failure"); continue }
            #expect(failure.code == .emptyDocument)
            #expect(failure.stage == .normalize)
            #expect(failure.documentID == "blank")
        }
    }

    @Test func hugeDocumentIsRefusedAtTheLimit() throws {
        var configuration = sharedConfiguration
        configuration.limits.maximumDocumentScalars = 100
        let pipeline = try Pipeline(configuration: configuration)
        let atLimit = String(repeating: "a", count: 100)
        #expect((try? pipeline.process(Document(id: "ok", text: atLimit, language: .english)).get()) != nil)
        guard case .failure(let failure) = pipeline.process(Document(id: "big", text: atLimit + "a", language: .english)) else {
            Issue.record("expected a failure"); return
        }
        #expect(failure.code == .documentTooLarge)
        #expect(failure.message.contains("101 characters"))
    }

    @Test func unknownDeclaredLanguageNamesTheLanguage() {
        guard case .failure(let failure) = sharedPipeline.process(Document(id: "x", text: "Habari ya dunia.", language: Language("sw"))) else {
            Issue.record("expected a failure"); return
        }
        #expect(failure.code == .unsupportedLanguage)
        #expect(failure.message.contains("'sw'"))
    }

    @Test func regionalTagUsesItsPrimaryLanguage() throws {
        let document = try annotate("The minister said the plan would work.", language: Language("en-GB"))
        #expect(document.document[NormalizedTextKey.self]?.language == .english)
    }

    @Test func languageIsDetectedWhenNotDeclared() throws {
        let text = "The government said on Tuesday that it would publish the report next week, after months of delay and criticism from opposition parties."
        let normalized = try #require(try annotate(text, language: nil).document[NormalizedTextKey.self])
        #expect(normalized.language == .english)
        #expect(normalized.languageEvidence != .declared)
    }

    @Test func detectedLanguageWithoutLexiconIsAClearError() {
        let text = "Rząd poinformował we wtorek, że raport zostanie opublikowany w przyszłym tygodniu po miesiącach opóźnień."
        guard case .failure(let failure) = sharedPipeline.process(Document(id: "pl1", text: text)) else {
            Issue.record("expected a failure"); return
        }
        #expect(failure.code == .unsupportedLanguage)
        #expect(failure.message.contains("detected language 'pl'"))
    }

    @Test func mixedDocumentIsDecidedByItsParagraphs() throws {
        // A Polish article (no lexicon) would be an error; with two English paragraphs
        // that outweigh it, per-paragraph identification decides for English.
        let polish = "Rząd poinformował we wtorek, że raport zostanie opublikowany w przyszłym tygodniu."
        let english = "The government said on Tuesday that it would publish the report next week, after months of delay and criticism from opposition parties in parliament."
        let text = [polish, english, "Ministers said on Friday that the delayed report would finally reach parliament next week, despite strong criticism from opposition parties."].joined(separator: "\n\n")
        let normalized = try #require(try annotate(text, language: nil).document[NormalizedTextKey.self])
        #expect(normalized.language == .english)
        if case .paragraphs(let count, _) = normalized.languageEvidence { #expect(count == 2) } else {
            // CLD2 may find the whole text reliably English; then no vote is needed.
            #expect(normalized.languageEvidence != .declared)
        }
        let vote = try #require(LanguageIdentifier.identifyByParagraph(text, accepting: { $0 == .english }))
        #expect(vote.language == .english && vote.paragraphs == 2 && vote.identifiedParagraphs == 3)
        #expect(LanguageIdentifier.identifyByParagraph(polish, accepting: { $0 == .english }) == nil)
    }

    @Test func scriptIsReported() {
        #expect(Script.dominant(in: "Hello world") == "Latn")
        #expect(Script.dominant(in: "قال الوزير") == "Arab")
    }
}
