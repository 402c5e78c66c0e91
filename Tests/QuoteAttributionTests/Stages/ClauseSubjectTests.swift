import Testing
@testable import QuoteAttribution

/// Speakers of quotations introduced by a colon after a clause whose verb the lexicon does
/// not know, and the names inside noun phrases with attributes.
@Suite struct ClauseSubjectTests {
    static let files = VerbSecondClauseTests.files.merging([
        "xx/function-words.tsv": (VerbSecondClauseTests.files["xx/function-words.tsv"] ?? "") + "sich\treflexive\ndes\tdeterminer\nseinen\tdeterminer\nin\tpreposition\nweil\tconjunction\ngegenüber\tpreposition\nwill\tauxiliary\nwird\tauxiliary\nvon\tpreposition\nzum\tpreposition\nmit den worten\tadverb\nhingegen\tcontrast\n",
        "xx/pronouns.tsv": "er\tm\tsg\t3\nsie\tf\tsg\t3\n",
        "xx/roles.txt": "bundestrainer\nsprecherin\nfraktionschef\nsprecher\n",
        "xx/cues.tsv": (VerbSecondClauseTests.files["xx/cues.tsv"] ?? "") + "zitieren\tzitiert\tcolon after comma\tneutral\t0\n"
            + "sagen\tsagte|sagen\tcolon after comma addressee\tneutral\t0\n",
    ]) { $1 }

    func statements(_ text: String) throws -> [AttributedStatement] { try VerbSecondClauseTests.statements(text, files: Self.files) }

    @Test func subjectOfAColonLeadInSpeaks() throws {
        let found = try statements("Anna Berg begründete seinen Schritt mit den Worten: „Ich muss arbeiten.“")
        #expect(found.map(\.rule) == [.subjectColon])
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func aHyphenatedCompoundInTheSubjectIsOneWord() throws {
        let found = try statements("Ein WWF-Sprecher schätzte ein: „Wir sind zufrieden.“")
        #expect(found.map(\.rule) == [.subjectColon])
        #expect(found.first?.speaker?.mention?.text == "Ein WWF-Sprecher")
    }

    @Test func aSpeakerLabelMayHoldANameAndItsRoleInCommas() throws {
        let found = try statements("Der Bericht wurde gelobt.\n\nAnna Berg, Sprecherin der Polizei: „Wir sind zufrieden.“")
        #expect(found.map(\.rule) == [.speakerColon])
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
        #expect(found.first?.speaker?.role == "Sprecherin der Polizei")
        let roleFirst = try statements("Der Bericht wurde gelobt.\n\nDie Sprecherin der Polizei, Anna Berg: „Wir sind zufrieden.“")
        #expect(roleFirst.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func reflexivePronounIsSkippedInTheMiddleField() throws {
        let found = try statements("In der Halle zeigt sich der Bundestrainer zufrieden: „Wir haben gut gespielt.“")
        #expect(found.first?.speaker?.mention?.text == "der Bundestrainer")
    }

    @Test func passiveQuotingTakesTheSubjectFromTheMiddleField() throws {
        let after = try statements("„Wir bleiben“, wird Anna Berg zitiert.")
        #expect(after.first?.speaker?.mention?.text == "Anna Berg")
        let apposition = try statements("Der Fraktionschef der Grünen, Anna Berg, wird von der „Netzeitung“ mit den Worten zitiert: „Wir bleiben.“")
        #expect(apposition.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func unattributedQuotationTakesTheSubjectOfTheSentenceBefore() throws {
        let found = try statements("Anna Berg kritisierte das Vorgehen scharf. „Das ist ein klarer Bruch, und das wissen alle.“")
        #expect(found.map(\.rule) == [.subjectBefore])
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
        // Across a paragraph break the sentence before says nothing about the speaker.
        let apart = try statements("Anna Berg kritisierte das Vorgehen scharf.\n\n„Das ist ein klarer Bruch, und das wissen alle.“")
        #expect(apart.map(\.rule) == [.unattributed])
    }

    @Test func prefieldThatNamesNoSpeakerLeavesTheSubjectToTheMiddleField() throws {
        let found = try statements("Passend zum Wetter warnte die Sprecherin der Stadt: „Es wird glatt.“")
        #expect(found.first?.speaker?.mention?.text.hasPrefix("die Sprecherin") == true)
    }

    @Test func frontedAdjunctIsToldFromTheCuesSentence() throws {
        // The sentence before in the paragraph must not hide that "Im Radio" opens the clause.
        let found = try statements("Das Wetter war schön. Im Radio in der Sendung sagte sie: „Wir bleiben hier.“")
        #expect(found.first?.speaker?.mention?.text == "sie")
    }

    @Test func reflexiveAndAdverbAfterTheCueAreNoAddressee() throws {
        let found = try statements("Anna Berg sagte sich mit den Worten: „Wir bleiben hier.“")
        #expect(found.map(\.rule) == [.cueThenQuote])
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func contrastParticleBetweenSubjectAndVerbIsSkipped() throws {
        let found = try statements("Die Kanadier hingegen sagen, die Lage sei ruhig.")
        #expect(found.first?.speaker?.mention?.text.hasSuffix("Kanadier") == true)
    }

    @Test func compoundEndingInASpeakerNounNamesASpeaker() throws {
        // "kommission" is an organisation word; "Wahlkommission" is not in the lexicon.
        let text = "Am Montag hat die Wahlkommission den Termin festgelegt: „Es bleibt beim Mai.“"
        var files = Self.files
        files["xx/organisations.txt"] = "polizei\nkommission\n"
        let plain = try VerbSecondClauseTests.statements(text, files: files)
        #expect(plain.isEmpty)
        files["xx/language.tsv"] = (files["xx/language.tsv"] ?? "") + "compound_nouns\ttrue\n"
        let compounded = try VerbSecondClauseTests.statements(text, files: files)
        #expect(compounded.first?.speaker?.mention?.text.hasSuffix("Wahlkommission") == true)
    }

    @Test func capitalisedParticleOpeningTheSentenceIsNoPartOfAName() throws {
        var files = Self.files
        files["xx/name-particles.txt"] = "von\n"
        let annotated = try xxPipeline(files)
            .process(Document(id: "t", text: "Von TheVerge wird das Gerät gelobt.", language: Language("xx"))).get()
        let mentions = try #require(annotated.document[MentionsKey.self]).mentions
        #expect(mentions.first { $0.text.hasPrefix("Von") }?.name == "TheVerge")
    }

    @Test func relativeClauseAfterTheSubjectIsPassedOver() throws {
        let found = try statements("Die Polizei, die den Fall untersucht, will bald aufhören: „Wir sind am Ende.“")
        #expect(found.first?.speaker?.mention?.text == "Die Polizei")
    }

    @Test func invertedPronounEndsAtAPreposition() throws {
        let found = try statements("„Wir befürchten das Schlimmste“, erklärte er gegenüber dem Sender.")
        #expect(found.first?.speaker?.mention?.text == "er")
    }

    @Test func comparativeClauseAfterACommaAttributesWhatCameBefore() throws {
        let found = try statements("Die Wahlbeteiligung lag bei 70 Prozent, wie die Polizei am Montag mitteilte.")
        #expect(found.map(\.content.text) == ["Die Wahlbeteiligung lag bei 70 Prozent"])
        #expect(found.first?.speaker?.mention?.text == "die Polizei")
        // "weil" is a conjunction, not a comparative: the reason is no attribution.
        #expect(try statements("Die Wahlbeteiligung lag bei 70 Prozent, weil die Polizei am Montag mitteilte.").isEmpty)
    }

    @Test func nameIsLookedForBeforeAGenitiveAttribute() throws {
        // Every noun is capitalised: the last capitalised word is the genitive's, not the
        // speaker's.
        let found = try statements("Der Vater des Kindes erklärte, die Lage sei ruhig.")
        #expect(found.first?.speaker?.name == "Vater")
    }
}
