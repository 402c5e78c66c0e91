import Testing
@testable import QuoteAttribution

/// The clause frame in a verb-second language: a cue with a nominal object attributes its
/// whole main clause ("Die Polizei sprach von einer friedlichen Demonstration."), with
/// a small made-up lexicon "xx" so that no test depends on the German data.
@Suite struct VerbSecondClauseFrameTests {
    static let files = [
        "xx/language.tsv": "name\tTest\ncapitalized_nouns\ttrue\nverb_second\ttrue\nquote_pair\t„\t“\nordinal_full_stop\ttrue\nsubject_pronoun\ter\nhearsay_report_ending\thaben\nhearsay_report_ending\tsein\n",
        "xx/hearsay.txt": "soll\nsollen\ndemnach\n",
        "xx/cues.tsv": "fordern\tforderte\tthat comma clause\tneutral\t0\n"
            + "sprechen von\tsprach von\tbare clause\tneutral\t0\n"
            + "erklären\terklärte\tcomma after\tneutral\t0\n"
            + "ankündigen\tkündigte … an\tthat comma clause\tneutral\t0\n"
            + "auffordern\tforderte … auf\tcomma clause\tneutral\t0\n"
            + "mitteilen\tteilte … mit\tcomma after\tneutral\t0\n"
            + "vorschlagen\tschlug … vor\tcomma\tneutral\t0\n"
            + "heißen\theißt es\tcomma\tneutral\t0\n",
        "xx/function-words.tsv": "der\tdeterminer\ndie\tdeterminer\ndas\tdeterminer\ndem\tdeterminer\ndes\tdeterminer\n"
            + "ein\tindefinite\neine\tindefinite\neiner\tindefinite\nam\tpreposition\nim\tpreposition\nmit\tpreposition\n"
            + "und\tconjunction\ndass\tconjunction\nzudem\tadverb\nzur\tpreposition\nvor\tpreposition\n",
        "xx/complementizers.txt": "dass\n",
        "xx/pronouns.tsv": "sie\tf\tsg\t3\ner\tm\tsg\t3\nes\tn\tsg\t3\n",
        "xx/organisations.txt": "polizei\n",
    ]

    func statements(_ text: String) throws -> [AttributedStatement] {
        try VerbSecondClauseTests.statements(text, files: Self.files)
    }

    @Test func subjectBeforeTheCueAndTheWholeClauseIsTheContent() throws {
        let found = try statements("Die Polizei sprach von einer friedlichen Demonstration.")
        #expect(found.map(\.content.text) == ["Die Polizei sprach von einer friedlichen Demonstration"])
        #expect(found.map(\.speaker?.mention?.text) == ["Die Polizei"])
        #expect(found.first?.kind == .indirect)
    }

    @Test func afterAFrontedAdjunctTheSubjectFollowsTheCueAndTheAdjunctIsContent() throws {
        let found = try statements("Zudem kündigte Anna Berg eine Untersuchung an.")
        #expect(found.map(\.content.text) == ["Zudem kündigte Anna Berg eine Untersuchung an"])
        #expect(found.first?.speaker?.mention?.text.hasPrefix("Anna Berg") == true)
    }

    @Test func theCuesOtherFramesGoFirst() throws {
        let found = try statements("Anna Berg forderte, die Stadt müsse handeln.")
        #expect(found.map(\.content.text) == ["die Stadt müsse handeln"])
    }

    @Test func aQuotedObjectIsTheQuotationsStatement() throws {
        let found = try statements("Anna Berg sprach von einer „Katastrophe mit Ansage“.")
        #expect(found.count == 1)
        #expect(found.first?.content.text.contains("Katastrophe mit Ansage") == true)
        #expect(found.first?.content.text.hasPrefix("Anna") == false)
        // A cue without the bare frame keeps its clause, which becomes a mixed statement.
        let mixed = try statements("Anna Berg forderte die sofortige Rückgabe der „Krone der Azteken“.")
        #expect(mixed.map(\.content.text) == ["Anna Berg forderte die sofortige Rückgabe der „Krone der Azteken“"])
        #expect(mixed.first?.kind == .mixed)
    }

    @Test func theClauseEndsWhereAnotherCuesClauseBegins() throws {
        let found = try statements("Anna Berg forderte mehr Geld und erklärte, die Lage sei ernst.")
        #expect(found.map(\.content.text) == ["Anna Berg forderte mehr Geld", "die Lage sei ernst"])
    }

    @Test func aCueInsideARelativeClauseIsNoMainClause() throws {
        #expect(try statements("Das Geld, das die Polizei forderte, kam nicht.").isEmpty)
    }

    @Test func aQuotationBeforeTheClauseIsNotItsContent() throws {
        // "„…“ Sie forderte …" opens a clause of its own; the quotation before it is not
        // that cue's.
        let found = try statements("Anna Berg erklärte am Montag: „Wir sind am Ende.“ Sie forderte eine Schlichtung.")
        #expect(found.contains { $0.content.text == "Sie forderte eine Schlichtung" })
        #expect(found.first { $0.content.text == "Wir sind am Ende." }?.cue?.text != "forderte")
    }

    @Test func aSeparableVerbWhoseParticleClosesTheClauseGoesBeforeTheBareVerb() throws {
        let found = try statements("Anna Berg forderte die Stadt zur Umkehr auf.")
        #expect(found.map(\.cue?.lemma) == ["auffordern"])
        #expect(found.map(\.content.text) == ["Anna Berg forderte die Stadt zur Umkehr auf"])
    }

    @Test func aParticleFollowedByItsObjectIsAPreposition() throws {
        // "mit" before "dem Sender" governs it; it closes no clause.
        #expect(try statements("Anna Berg teilte mit dem Sender die Kosten, die Lage war ernst.").isEmpty)
        let found = try statements("Anna Berg teilte dem Sender mit, die Lage sei ernst.")
        #expect(found.map(\.content.text) == ["die Lage sei ernst"])
    }

    @Test func aSubjectOnlyPronounAfterTheCueIsTheSubjectAndWhatCameBeforeWasFronted() throws {
        let found = try statements("Der Stadt schlug er vor, die Gebühren zu senken.")
        #expect(found.map(\.speaker?.mention?.text) == ["er"])
        #expect(found.map(\.content.text) == ["die Gebühren zu senken"])
        // "sie" is no subject-only pronoun: the phrase before the cue stays the subject.
        let object = try statements("Die Polizei forderte sie zur Umkehr auf.")
        #expect(object.map(\.speaker?.mention?.text) == ["Die Polizei"])
    }

    @Test func hearsayWithAPerfectInfinitiveReportsOnItsOwn() throws {
        let found = try statements("Der Täter soll das Gebäude gestürmt haben.")
        #expect(found.map(\.content.text) == ["Der Täter soll das Gebäude gestürmt haben"])
        // Without the perfect infinitive "soll" is as often a plan.
        #expect(try statements("Die Brücke soll im Mai gebaut werden.").isEmpty)
        // A hearsay word that opens the sentence points back at a source.
        let opening = try statements("Die Stadt hat am Montag ihre Pläne vorgelegt. Demnach wird die Brücke im Mai gebaut.")
        #expect(opening.map(\.content.text) == ["Demnach wird die Brücke im Mai gebaut"])
    }

    @Test func theFullStopOfAnOrdinalDoesNotEndTheClauseBeforeTheParticle() throws {
        let found = try statements("Anna Berg kündigte auf einer Sitzung am 6. Mai eine gründliche Untersuchung des Vorfalls an.")
        #expect(found.map(\.cue?.lemma) == ["ankündigen"])
    }

    @Test func hearsayContinuesAStatementOnlyFromTheMainClause() throws {
        let main = try statements("Anna Berg erklärte, die Lage sei ernst. Die Firma soll bald neue Anteile kaufen.")
        #expect(main.count == 2)
        // In a relative clause "sollen" says nothing about who reports it.
        let relative = try statements("Anna Berg erklärte, die Lage sei ernst. Die Firma hält viele Anteile, die bald aufgestockt werden sollen.")
        #expect(relative.count == 1)
    }

    @Test func aFrontedDemonstrativeTakesTheSentenceBeforeWhateverAdjunctsFollowTheSubject() throws {
        let found = try statements("Die Brücke bleibt gesperrt. Das erklärte die Polizei am Montag in ihrer wöchentlichen Mitteilung an die Presse.")
        #expect(found.map(\.content.text) == ["Die Brücke bleibt gesperrt"])
        #expect(found.map(\.speaker?.mention?.text) == ["die Polizei"])
    }

    @Test func aSubjectOnlyPronounAfterTheCueIsTheWholeSpeakerPhrase() throws {
        // The object after the pronoun is no part of the speaker ("er eine Untersuchung").
        let found = try statements("Peter Berg kam in die Stadt. Zudem forderte er eine Untersuchung.")
        #expect(found.map(\.speaker?.mention?.text) == ["er"])
        #expect(found.map(\.speaker?.name) == ["Peter Berg"])
        let particle = try statements("Peter Berg kam in die Stadt. Am Montag kündigte er eine Untersuchung an.")
        #expect(particle.map(\.speaker?.mention?.text) == ["er"])
    }

    @Test func aLowerCaseWordAfterTheHeadOfAnInvertedSubjectOpensTheObject() throws {
        let found = try statements("Zudem forderte Anna Berg finanzielle Hilfen für die Bauern.")
        #expect(found.map(\.speaker?.mention?.text) == ["Anna Berg"])
    }

    @Test func aCueWithItsOwnImpersonalPronounTakesTheSourceFromAnAdjunct() throws {
        let after = try statements("Zudem heißt es im Bericht, die Lage sei ernst.")
        #expect(after.map(\.content.text) == ["die Lage sei ernst"])
        #expect(after.first?.speaker?.mention?.text.contains("Bericht") == true)
        // A fronted adjunct goes first.
        let fronted = try statements("Im Bericht heißt es zur Begründung, die Lage sei ernst.")
        #expect(fronted.first?.speaker?.mention?.text.contains("Bericht") == true)
        // Without either the statement has no speaker, but it is a statement.
        let none = try statements("Zudem heißt es, die Lage sei ernst.")
        #expect(none.map(\.content.text) == ["die Lage sei ernst"])
        #expect(none.first?.speaker == nil)
    }

    @Test func subjectPronounAfterTheCueBeforeAQuotationMakesThePhraseBeforeItFronted() throws {
        var files = Self.files
        files["xx/cues.tsv", default: ""] += "loben\tlobte\tcolon\tneutral\t0\n"
        let found = try VerbSecondClauseTests.statements("Die Arbeit der Regierung lobte er mit den Worten: „Das ist ein guter Anfang.“", files: files)
        #expect(found.map(\.speaker?.mention?.text) == ["er"])
        #expect(found.map(\.content.text) == ["Das ist ein guter Anfang."])
    }
}
