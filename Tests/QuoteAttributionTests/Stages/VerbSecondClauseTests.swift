import Testing
@testable import QuoteAttribution

/// Clause structure of a verb-second language that capitalises nouns (sentence brackets,
/// sources before nouns of saying, quotations that only look like titles), with a small
/// made-up lexicon "xx" so that no test depends on the German data.
@Suite struct VerbSecondClauseTests {
    static let files = [
        "xx/language.tsv": "name\tTest\ncapitalized_nouns\ttrue\nverb_second\ttrue\n",
        "xx/cues.tsv": "erklären\terklärte|erklärt\tcomma after\tneutral\t0\n"
            + "mitteilen\tmitteilte\tcomma\tneutral\t0\n"
            + "laut\tlaut\tsource\tdistancing\t0\n"
            + "nach\tnach\tsource source_noun\tdistancing\t0\n",
        "xx/function-words.tsv": "hatte\tauxiliary\nist\tauxiliary\nder\tdeterminer\ndie\tdeterminer\ndem\tdeterminer\n"
            + "ein\tindefinite\nam\tpreposition\nmit\tpreposition\naus\tpreposition\nauf\tpreposition\nnach\tpreposition\n"
            + "wie\tcomparative\nund\tconjunction\n",
        "xx/documents.txt": "bericht\n",
        "xx/source-nouns.txt": "angaben\nmeinung\n",
        "xx/organisations.txt": "polizei\n",
    ]

    func statements(_ text: String) throws -> [AttributedStatement] {
        var configuration = Configuration(lexicons: try LexiconSet(source: LexiconSource(files: Self.files)))
        configuration.fallbackLanguage = Language("xx")
        let pipeline = try Pipeline(configuration: configuration)
        return try pipeline.process(Document(id: "t", text: text, language: Language("xx"))).get().statements
    }

    @Test func subjectStandsBeforeTheAuxiliaryThatOpensTheBracket() throws {
        // The words just before the participle are an adjunct ("Anfang Juli"), not the
        // speaker.
        let found = try statements("Die Polizei hatte Anfang Juli erklärt, die Lage sei ruhig.")
        #expect(found.map(\.speaker?.mention?.text) == ["Die Polizei"])
        #expect(found.map(\.content.text) == ["die Lage sei ruhig"])
    }

    @Test func subjectFollowsTheAuxiliaryAfterAFrontedAdjunct() throws {
        let found = try statements("Am Montag hatte Anna Berg mit Nachdruck erklärt, die Lage sei ruhig.")
        #expect(found.map(\.speaker?.mention?.text) == ["Anna Berg"])
    }

    @Test func subjectFollowsTheSubordinatorOfAVerbFinalClause() throws {
        let found = try statements("Wie Anna Berg auf Nachfrage mitteilte, sei die Lage ruhig.")
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func conjunctionInsideTheClauseOpensNoBracket() throws {
        // "wie" opens a clause only at the sentence start or after a comma; here the
        // auxiliary before it opens the bracket.
        let found = try statements("Die Polizei hatte wie üblich erklärt, die Lage sei ruhig.")
        #expect(found.map(\.speaker?.mention?.text) == ["Die Polizei"])
    }

    @Test func sentenceWithALowerCaseAuxiliaryIsNoTitle() throws {
        // Every noun is capitalised, so capitals alone would make it look like a title.
        let found = try statements("„Der Bär ist ein Problem“, erklärte Anna Berg.")
        #expect(found.map(\.content.text) == ["Der Bär ist ein Problem"])
        #expect(found.first?.kind == .direct)
    }

    @Test func prepositionAfterANameEndsTheSource() throws {
        let found = try statements("Der Abschuss soll laut Anna Berg aus Sicherheitsgründen erfolgen.")
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
        // After a document the preposition still belongs to the source.
        let report = try statements("Der Abschuss soll laut dem Bericht aus Kiew bald erfolgen.")
        #expect(report.first?.speaker?.mention?.text.contains("Kiew") == true)
    }

    @Test func sourceNounCueNeedsANounOfSaying() throws {
        let adjective = try statements("Nach polnischen Angaben sind zwölf Menschen verletzt worden.")
        #expect(adjective.first?.content.text == "sind zwölf Menschen verletzt worden")
        #expect(adjective.first?.cue?.text == "Nach")
        let compound = try statements("Nach Polizeiangaben sind zwölf Menschen verletzt worden.")
        #expect(compound.first?.speaker?.mention?.text == "Polizeiangaben")
        let genitive = try statements("Nach Bergs Meinung ist die Lage ernst.")
        #expect(genitive.count == 1)
        // The attribute of the noun of saying is the speaker.
        let holder = try statements("Nach Angaben der Polizei sind zwölf Menschen verletzt worden.")
        #expect(holder.first?.speaker?.mention?.text == "der Polizei")
        // "Nach dem Spiel" is a time, not a source.
        #expect(try statements("Nach dem Spiel sind zwölf Menschen verletzt worden.").isEmpty)
    }
}

/// Sentences in the reported mood with no cue of their own, and sources that name the
/// clause's own subject.
@Suite struct ReportedMoodTests {
    static let files = VerbSecondClauseTests.files.merging([
        "xx/reported-mood.txt": "sei\nhabe\nbrauche\n",
        "xx/hearsay.txt": "soll\n",
        "xx/function-words.tsv": (VerbSecondClauseTests.files["xx/function-words.tsv"] ?? "") + "eigenen\treflexive\nhat\tauxiliary\n",
        "xx/organisations.txt": "polizei\nunternehmen\n",
    ]) { $1 }

    func statements(_ text: String) throws -> [AttributedStatement] {
        var configuration = Configuration(lexicons: try LexiconSet(source: LexiconSource(files: Self.files)))
        configuration.fallbackLanguage = Language("xx")
        let pipeline = try Pipeline(configuration: configuration)
        return try pipeline.process(Document(id: "t", text: text, language: Language("xx"))).get().statements
    }

    @Test func reportedMoodAloneIsAStatementWithoutAKnownSpeaker() throws {
        let found = try statements("Das Wetter war schön.\n\nDie Lage sei nach der Flut weiterhin ernst.")
        #expect(found.map(\.content.text) == ["Die Lage sei nach der Flut weiterhin ernst"])
        #expect(found.first?.rule.rawValue == "xx.mood.alone")
        #expect(found.first?.speaker == nil)
    }

    @Test func hearsayAloneIsNoStatement() throws {
        // "soll" continues a statement before it but starts none.
        #expect(try statements("Das Wetter war schön.\n\nDie Brücke soll im Mai eröffnet werden.").isEmpty)
    }

    @Test func subjectOfTheSentenceBeforeIntroducesTheReportedMood() throws {
        let found = try statements("Anna Berg begründete ihren Rückzug mit der Lage. Damit sei der Kurs nicht mehr klar.")
        #expect(found.first?.rule.rawValue == "xx.mood.subject")
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func mainClauseSubjectSpeaksForTheReportedMoodAfterTheComma() throws {
        let found = try statements("Die Polizei hatte die Sperre damit begründet, dass sie mehr Zeit brauche.")
        #expect(found.first?.speaker?.mention?.text == "Die Polizei")
        #expect(found.first?.content.text == "dass sie mehr Zeit brauche")
    }

    @Test func reflexiveSourceIsTheClauseSubject() throws {
        let before = try statements("Das Unternehmen hat nach eigenen Angaben die Hälfte der Halle geräumt.")
        #expect(before.first?.speaker?.mention?.text == "Das Unternehmen")
        let after = try statements("Nach eigenen Angaben hat das Unternehmen die Hälfte der Halle geräumt.")
        #expect(after.first?.speaker?.mention?.text == "das Unternehmen")
    }

    @Test func sourceAfterANameEndsBeforeTheClausesOwnWords() throws {
        let found = try statements("Alle sind laut Polizei britische Staatsbürger.")
        #expect(found.first?.speaker?.mention?.text == "Polizei")
        let adverb = try statements("Das Gericht urteilt laut Anna Berg auch über den Wandel.")
        #expect(adverb.first?.speaker?.mention?.text == "Anna Berg")
    }
}

/// Speakers of quotations introduced by a colon after a clause whose verb the lexicon does
/// not know, and the names inside noun phrases with attributes.
@Suite struct ClauseSubjectTests {
    static let files = VerbSecondClauseTests.files.merging([
        "xx/function-words.tsv": (VerbSecondClauseTests.files["xx/function-words.tsv"] ?? "") + "sich\treflexive\ndes\tdeterminer\nseinen\tdeterminer\nin\tpreposition\nweil\tconjunction\ngegenüber\tpreposition\nwill\tauxiliary\nwird\tauxiliary\nvon\tpreposition\nzum\tpreposition\n",
        "xx/pronouns.tsv": "er\tm\tsg\t3\n",
        "xx/roles.txt": "bundestrainer\nsprecherin\nfraktionschef\n",
        "xx/cues.tsv": (VerbSecondClauseTests.files["xx/cues.tsv"] ?? "") + "zitieren\tzitiert\tcolon after comma\tneutral\t0\n",
    ]) { $1 }

    func statements(_ text: String) throws -> [AttributedStatement] {
        var configuration = Configuration(lexicons: try LexiconSet(source: LexiconSource(files: Self.files)))
        configuration.fallbackLanguage = Language("xx")
        let pipeline = try Pipeline(configuration: configuration)
        return try pipeline.process(Document(id: "t", text: text, language: Language("xx"))).get().statements
    }

    @Test func subjectOfAColonLeadInSpeaks() throws {
        let found = try statements("Anna Berg begründete seinen Schritt mit den Worten: „Ich muss arbeiten.“")
        #expect(found.map(\.rule) == [.subjectColon])
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
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
