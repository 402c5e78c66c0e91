import Testing
@testable import QuoteAttribution

/// Sentences in the reported mood with no cue of their own, and sources that name the
/// clause's own subject.
@Suite struct ReportedMoodTests {
    static let files = VerbSecondClauseTests.files.merging([
        "xx/reported-mood.txt": "sei\nhabe\nbrauche\n",
        "xx/hearsay.txt": "soll\n",
        "xx/function-words.tsv": (VerbSecondClauseTests.files["xx/function-words.tsv"] ?? "") + "eigenen\treflexive\nhat\tauxiliary\n",
        "xx/organisations.txt": "polizei\nunternehmen\n",
        "xx/places.tsv": "iran\tIran\tcountry\nkiew\tUkraine\tcity\n",
        "xx/pronouns.tsv": "er\tm\tsg\t3\n",
    ]) { $1 }

    func statements(_ text: String) throws -> [AttributedStatement] { try VerbSecondClauseTests.statements(text, files: Self.files) }

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

    @Test func hearsayContinuesOnlyTheSentenceRightBefore() throws {
        let text = "Anna Berg erklärte, die Lage sei ruhig. Das Wetter war schön. Die Brücke soll im Mai öffnen."
        #expect(try statements(text).count == 1)
        // The reported mood reaches one sentence further.
        let mood = "Anna Berg erklärte, die Lage sei ruhig. Das Wetter war schön. Die Brücke habe im Mai geöffnet."
        #expect(try statements(mood).map(\.rule.rawValue) == ["xx.cue.comma", "xx.mood.continuation"])
    }

    @Test func subjectOfTheSentenceBeforeIntroducesTheReportedMood() throws {
        let found = try statements("Anna Berg begründete ihren Rückzug mit der Lage. Damit sei der Kurs nicht mehr klar.")
        #expect(found.first?.rule.rawValue == "xx.mood.subject")
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func aCountryAfterItsDeterminerIsASubjectThatSpeaks() throws {
        // "Der Iran" is no bare name, but a country speaks for its government.
        let found = try statements("Der Iran bestritt den Vorwurf. Sein Programm sei friedlich.")
        #expect(found.first?.rule.rawValue == "xx.mood.subject")
        #expect(found.first?.speaker?.name == "Iran")
        // A city is no such subject.
        #expect(try statements("Die Stadt Kiew bestritt den Vorwurf. Sein Programm sei friedlich.").first?.rule.rawValue == "xx.mood.alone")
    }

    @Test func mainClauseSubjectSpeaksForTheReportedMoodAfterTheComma() throws {
        let found = try statements("Die Polizei hatte die Sperre damit begründet, dass sie mehr Zeit brauche.")
        #expect(found.first?.speaker?.mention?.text == "Die Polizei")
        #expect(found.first?.content.text == "dass sie mehr Zeit brauche")
    }

    @Test func mainClauseSubjectSpeaksForTheReportedMoodAfterAColon() throws {
        let found = try statements("Das Wetter war schön.\n\nAnna Berg kritisierte den Kurs der Regierung: Die Lage sei weiterhin ernst.")
        #expect(found.map(\.content.text) == ["Die Lage sei weiterhin ernst"])
        #expect(found.first?.rule.rawValue == "xx.mood.subject")
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func reflexiveSourceIsTheClauseSubject() throws {
        // The reflexive phrase is the local mention, and the subject its speaker.
        let before = try statements("Das Unternehmen hat nach eigenen Angaben die Hälfte der Halle geräumt.")
        #expect(before.first?.speaker?.mention?.text == "eigenen Angaben")
        #expect(before.first?.speaker?.name == "Das Unternehmen")
        let after = try statements("Nach eigenen Angaben hat das Unternehmen die Hälfte der Halle geräumt.")
        #expect(after.first?.speaker?.mention?.text == "eigenen Angaben")
        #expect(after.first?.speaker?.name == "das Unternehmen")
    }

    @Test func sourceAfterANameEndsBeforeTheClausesOwnWords() throws {
        let found = try statements("Alle sind laut Polizei britische Staatsbürger.")
        #expect(found.first?.speaker?.mention?.text == "Polizei")
        let adverb = try statements("Das Gericht urteilt laut Anna Berg auch über den Wandel.")
        #expect(adverb.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func continuationInTheSameParagraphSharesTheMentionOfTheStatementBefore() throws {
        let found = try statements("Anna Berg kam am Abend. Er erklärte, die Lage sei ruhig. Dazu habe es keinen Grund gegeben.")
        #expect(found.map(\.rule.rawValue) == ["xx.cue.comma", "xx.mood.continuation"])
        #expect(found.map(\.speaker?.mention?.text) == ["Er", "Er"])
        // In the next paragraph it has the speaker, not the mention.
        let apart = try statements("Anna Berg kam am Abend. Er erklärte, die Lage sei ruhig.\n\nDazu habe es keinen Grund gegeben.")
        #expect(apart.last?.speaker?.resolvedBy == .carryOver)
        #expect(apart.last?.speaker?.mention == nil)
    }

    @Test func pronounPrefersANameThatIsClearlyAPersonsWhereNounsAreCapitalised() throws {
        // "Konflikts" is nearer, but a lone capitalised word may be any noun.
        let found = try statements("Am Montag besuchte Anna Berg die Opfer des Konflikts. Er erklärte, die Lage sei ruhig.")
        #expect(found.first?.speaker?.mention?.text == "Er")
        #expect(found.first?.speaker?.name == "Anna Berg")
    }

    @Test func sourceAnaphorIsTheLocalMentionOfWhatItPointsBackAt() throws {
        var files = Self.files
        files["xx/language.tsv", default: ""] += "source_anaphor\tdemnach\n"
        files["xx/hearsay.txt", default: ""] += "demnach\n"
        // The statement it continues, in the sentence just before.
        let continued = try VerbSecondClauseTests.statements("Anna Berg erklärte, die Lage sei ruhig. Demnach habe es keine Toten gegeben.", files: files)
        #expect(continued.map(\.speaker?.mention?.text) == ["Anna Berg", "Demnach"])
        #expect(continued.last?.speaker?.name == "Anna Berg")
        // No statement before: the subject of the sentence before.
        let alone = try VerbSecondClauseTests.statements("Die Polizei legte am Montag ihren Bericht vor. Demnach ist die Lage wieder ruhig.", files: files)
        #expect(alone.map(\.speaker?.mention?.text) == ["Demnach"])
        #expect(alone.first?.speaker?.name == "Die Polizei")
        // Without the setting the adverb is no mention.
        let plain = try statements("Anna Berg erklärte, die Lage sei ruhig. Demnach habe es keine Toten gegeben.")
        #expect(plain.last?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func quotationAfterAContinuationInTheReportedMoodCarriesTheSpeakerOn() throws {
        let text = "“Wir sind bereit”, erklärte Anna Berg. Die Gefahr sei real. “Wir haben genug Helfer vor Ort, um allen schnell zu helfen.”"
        let found = try statements(text)
        #expect(found.map(\.rule.rawValue) == ["quote.after-cue", "xx.mood.continuation", "quote.carry-over"])
        #expect(found.map(\.speaker?.name) == ["Anna Berg", "Anna Berg", "Anna Berg"])
    }

    @Test func pronounPrefersASpeakerThatIsClearlyAPersonWhereNounsAreCapitalised() throws {
        // "Zeugen" spoke last, but a lone capitalised word may be any noun.
        var files = Self.files
        files["xx/cues.tsv", default: ""] += "erklären\terklärten\tcomma\tneutral\t0\n"
        let text = "Anna Berg erklärte, die Lage sei ruhig. Zeugen erklärten, es sei laut gewesen. Er erklärte, die Hilfe sei schnell gekommen."
        let found = try VerbSecondClauseTests.statements(text, files: files)
        #expect(found.map(\.speaker?.name) == ["Anna Berg", "Zeugen", "Anna Berg"])
    }

    @Test func nameInCommasAfterARolePhraseIsTheSubjectOfTheSentenceBefore() throws {
        var files = Self.files
        files["xx/roles.txt", default: ""] += "sprecherin\n"
        let found = try VerbSecondClauseTests.statements("Die Sprecherin der Fraktion, Anna Berg, kritisierte den Plan. Er sei zu teuer.", files: files)
        #expect(found.map(\.rule.rawValue) == ["xx.mood.subject"])
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
        #expect(found.first?.speaker?.role == "Sprecherin der Fraktion")
    }

    @Test func loneSurnameAfterTheVerbIsASubjectWhenItFollowedAFirstNameBefore() throws {
        var files = Self.files
        files["xx/given-names.tsv"] = "barack\tm\n"
        let text = "Barack Obama kam am Abend an.\n\nIm Kongress warb Obama für das Gesetz. Es sei ein Erfolg."
        let found = try VerbSecondClauseTests.statements(text, files: files)
        #expect(found.map(\.rule.rawValue) == ["xx.mood.subject"])
        #expect(found.first?.speaker?.mention?.text == "Obama")
        #expect(found.first?.speaker?.name == "Barack Obama")
        // Without the first name before, a lone word after the verb may be any noun.
        let noun = try VerbSecondClauseTests.statements("Im Kongress warb Obama für das Gesetz. Es sei ein Erfolg.", files: files)
        #expect(noun.first?.rule.rawValue != "xx.mood.subject")
    }
}
