import Testing
@testable import QuoteAttribution

/// Clause structure of a verb-second language that capitalises nouns (sentence brackets,
/// sources before nouns of saying, quotations that only look like titles), with a small
/// made-up lexicon "xx" so that no test depends on the German data.
@Suite struct VerbSecondClauseTests {
    static let files = [
        "xx/language.tsv": "name\tTest\ncapitalized_nouns\ttrue\nverb_second\ttrue\n",
        "xx/cues.tsv": "erklären\terklärte|erklärt\tcomma after\tneutral\t0\n"
            + "mitteilen\tmitteilte\tthat comma\tneutral\t0\n"
            + "laut\tlaut\tsource\tdistancing\t0\n"
            + "nach\tnach\tsource source_noun\tdistancing\t0\n",
        "xx/function-words.tsv": "hatte\tauxiliary\nist\tauxiliary\nder\tdeterminer\ndie\tdeterminer\ndem\tdeterminer\ndas\tdeterminer\n"
            + "ein\tindefinite\nam\tpreposition\nmit\tpreposition\naus\tpreposition\nauf\tpreposition\nnach\tpreposition\n"
            + "wie\tcomparative\nund\tconjunction\nals\tconjunction\nim\tpreposition\neines\tindefinite\n",
        "xx/documents.txt": "bericht\n",
        "xx/source-nouns.txt": "angaben\nmeinung\n",
        "xx/organisations.txt": "polizei\nfeuerwehr\n",
    ]

    /// The statements the pipeline finds in `text` with the made-up lexicon `files`.
    static func statements(_ text: String, files: [String: String]) throws -> [AttributedStatement] {
        try xxStatements(text, files: files)
    }

    func statements(_ text: String) throws -> [AttributedStatement] { try Self.statements(text, files: Self.files) }

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

    @Test func adjectivesOfAnAttributeAfterTheHeadStayInTheSource() throws {
        let found = try statements("Die Straße ist laut Bericht der örtlichen Polizei gesperrt.")
        #expect(found.first?.speaker?.mention?.text == "Bericht der örtlichen Polizei")
    }

    @Test func aQuotedNameMayHoldFunctionWordsAfterItsFirstWord() throws {
        let found = try statements("Die Gruppe „Reporter aus Berlin“ erklärte, die Lage sei ernst.")
        #expect(found.map(\.content.text) == ["die Lage sei ernst"])
        // The quoted name is part of the speaker phrase, so the statement has a subject.
        #expect(found.first?.speaker?.mention?.text.hasPrefix("Reporter") == true)
    }

    @Test func theColonOfATimeIsNoColon() throws {
        // "11:09" is part of the fronted adjunct, which the subject follows.
        let found = try statements("Am Montag um 11:09 Uhr erklärte die Polizei, die Lage sei ruhig.")
        #expect(found.map(\.content.text) == ["die Lage sei ruhig"])
        #expect(found.map(\.speaker?.mention?.text) == ["die Polizei"])
    }

    @Test func aDeterminerThatCannotOpenAnAttributeEndsASourceInsideTheClause() throws {
        var files = Self.files
        files["xx/language.tsv", default: ""] += "attribute_determiner\tder\n"
        let found = try Self.statements("Im Winter gibt es laut Bericht eine hohe Dunkelziffer.", files: files)
        #expect(found.first?.speaker?.mention?.text == "Bericht")
        // A determiner that can open an attribute continues the source.
        let attribute = try Self.statements("Im Winter gibt es laut Bericht der Polizei eine hohe Dunkelziffer.", files: files)
        #expect(attribute.first?.speaker?.mention?.text.hasSuffix("der Polizei") == true)
    }

    @Test func relativeClauseAfterTheCueIsNoContent() throws {
        #expect(try statements("Die Zeitung erklärte den Fall eines Beamten, der im Einsatz war.").isEmpty)
        let content = try statements("Die Polizei erklärte, der Einsatz sei beendet.")
        #expect(content.map(\.content.text) == ["der Einsatz sei beendet"])
    }

    @Test func conjunctionJoinsSourcesButNotANounOfSayingAndItsComplement() throws {
        let joined = try statements("Die Straße ist laut Polizei und Feuerwehr gesperrt.")
        #expect(joined.first?.speaker?.mention?.text == "Polizei und Feuerwehr")
        let complement = try statements("Anna Berg gilt laut Angaben als Favoritin der Wahl.")
        #expect(complement.first?.speaker?.mention?.text == "Angaben")
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

    /// A separable cue after a quotation, whose particle the lexicon classes as an
    /// auxiliary so that it ends speaker phrases, and a quoted name as the speaker.
    static let quotationFiles = files.merging([
        "xx/cues.tsv": "hinzufügen\tfügte … hinzu\tthat after\tneutral\t0\n"
            + "schreiben\tschrieb\tthat after\tneutral\t0\n",
        "xx/function-words.tsv": files["xx/function-words.tsv"]! + "hinzu\tauxiliary\nin\tpreposition\neinem\tindefinite\n",
    ]) { $1 }

    @Test func particleOfTheCueDoesNotOpenAClauseAfterTheSpeaker() throws {
        let found = try Self.statements("„Wir haben vor allem einen Gesteinskern gefunden“, fügte Anna Berg hinzu.", files: Self.quotationFiles)
        #expect(found.map(\.kind) == [.direct])
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
        #expect(found.first?.cue?.text == "fügte")
    }

    @Test func quotedNameAfterTheCueIsTheSpeaker() throws {
        let found = try Self.statements("„Er ist der kreative Kopf der Band gewesen“, schrieb „Die Zeit“ in einem Nachruf.", files: Self.quotationFiles)
        #expect(found.map(\.kind) == [.direct])
        #expect(found.first?.cue?.text == "schrieb")
        #expect(found.first?.speaker?.mention?.text == "Zeit")
    }

    @Test func hyphenatedCompoundThatEndsInADescriptiveWordIsNoName() throws {
        var files = Self.files
        files["xx/organisations.txt"]! += "komitee\nun\n"
        files["xx/roles.txt"] = "sekretär\n"
        let committee = try Self.statements("Das UN-Menschenrechts-Komitee erklärte, die Lage sei ruhig.", files: files)
        #expect(committee.first?.speaker?.type == .organisation)
        #expect(committee.first?.speaker?.name == "Das UN-Menschenrechts-Komitee")
        let secretary = try Self.statements("Der Klub-Sekretär erklärte, die Lage sei ruhig.", files: files)
        #expect(secretary.first?.speaker?.role == "Klub-Sekretär")
        #expect(secretary.first?.speaker?.name.hasPrefix("-") == false)
        // A compound of names stays a name.
        let person = try Self.statements("Hans-Peter Berg erklärte, die Lage sei ruhig.", files: files)
        #expect(person.first?.speaker?.name == "Hans-Peter Berg")
    }

    @Test func genitiveAttributeDoesNotSetTheTypeOfAPhrase() throws {
        var files = Self.files
        files["xx/documents.txt"]! += "berichts\n"
        files["xx/roles.txt"] = "leser\n"
        files["xx/function-words.tsv"]! += "des\tdeterminer\n"
        let found = try Self.statements("Der Leser des Berichts erklärte, die Lage sei ruhig.", files: files)
        #expect(found.first?.speaker?.type == .person)
        #expect(found.first?.speaker?.role == "Leser des Berichts")
    }

    @Test func hyphenatedCompoundEndingInANounOfSayingIsASource() throws {
        let found = try statements("Nach WHO-Angaben sind zwölf Menschen verletzt worden.")
        #expect(found.map(\.content.text) == ["sind zwölf Menschen verletzt worden"])
        #expect(found.first?.cue?.text == "Nach")
        // A hyphenated compound that ends in another noun is no source.
        #expect(try statements("Nach WHO-Konferenzen sind zwölf Menschen verletzt worden.").isEmpty)
    }

    @Test func subjectBeforeAVerbCueAfterACommaClosesARelativeClause() throws {
        var files = Self.files
        files["xx/cues.tsv"]! += "bestätigen\tbestätigte\tthat after comma\tneutral\t0\n"
        // "…, die den Vorwurf bestätigte": the cue ends a relative clause, it reports
        // nothing before the comma.
        #expect(try Self.statements("Die Waren gehören der Firma Nord, die den Vorwurf bestätigte.", files: files).isEmpty)
        // The cue right after the comma, its subject after it, is a report.
        let report = try Self.statements("Die Waren gehören der Firma Nord, bestätigte die Polizei.", files: files)
        #expect(report.map(\.content.text) == ["Die Waren gehören der Firma Nord"])
        #expect(report.first?.speaker?.mention?.text == "die Polizei")
    }

    @Test func commaFrameClauseEndsBeforeAnotherAttribution() throws {
        var files = Self.files
        files["xx/cues.tsv"]! += "auffordern\taufgefordert\tthat comma\tneutral\t0\n"
        files["xx/function-words.tsv"]! += "habe\tauxiliary\n"
        // "…, erklärte Anna Berg" attributes the sentence; the comma frame of the
        // participle inside it does not run on across it.
        let found = try Self.statements("Sie habe die Firma aufgefordert, den Bericht vorzulegen, erklärte Anna Berg.", files: files)
        #expect(found.contains { $0.content.text == "Sie habe die Firma aufgefordert, den Bericht vorzulegen" && $0.speaker?.mention?.text == "Anna Berg" })
        #expect(!found.contains { $0.content.text.contains("erklärte") })
        // A source inside the clause is part of what it reports.
        let source = try Self.statements("Anna Berg erklärte, die Straße sei laut Polizei gesperrt.", files: files)
        #expect(source.map(\.content.text) == ["die Straße sei laut Polizei gesperrt"])
    }

    @Test func longerParticleOfASeparableCueGoesFirst() throws {
        var files = Self.files
        files["xx/cues.tsv"]! += "davon ausgehen\tgeht … davon aus\tthat comma\ttentative\t0\n"
            + "ausgehen von\tgeht … aus\tclause\ttentative\t0\n"
        files["xx/complementizers.txt"] = "dass\n"
        files["xx/organisations.txt"]! += "zentrum\n"
        // "davon aus" closes the clause, so the cue takes its that-clause; the shorter
        // particle "aus" at the same place would attribute the whole sentence.
        let found = try Self.statements("Das Zentrum geht davon aus, dass der Sturm stärker wird.", files: files)
        #expect(found.map(\.content.text) == ["der Sturm stärker wird"])
        #expect(found.first?.speaker?.mention?.text == "Das Zentrum")
    }

    @Test func particleOfASeparableCueMayFollowANameInCommas() throws {
        var files = Self.files
        files["xx/cues.tsv"]! += "bekanntgeben\tgab … bekannt\tthat after comma\tneutral\t0\n"
        files["xx/complementizers.txt"] = "dass\n"
        files["xx/roles.txt"] = "leiter\n"
        files["xx/function-words.tsv"]! += "dies\tdeterminer\n"
        let found = try Self.statements("Am Montag gab der Leiter der Polizei, Anna Berg, bekannt, dass die Suche endet.", files: files)
        #expect(found.map(\.content.text) == ["die Suche endet"])
        #expect(found.first?.cue?.text == "gab")
        // The sentence before a lone demonstrative is the content.
        let back = try Self.statements("Die Suche endet am Abend. Dies gab der Leiter der Polizei, Anna Berg, bekannt.", files: files)
        #expect(back.map(\.content.text) == ["Die Suche endet am Abend"])
        // Words in commas that are no name end the clause: the particle after them is not
        // the cue's.
        #expect(try Self.statements("Am Montag gab der Leiter, wie immer, bekannt.", files: files).isEmpty)
    }
}
