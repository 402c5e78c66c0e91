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
