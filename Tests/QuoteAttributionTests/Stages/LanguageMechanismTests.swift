import Testing
@testable import QuoteAttribution

/// Mechanisms that a lexicon switches on, exercised with a small made-up language "xx"
/// so that no test depends on one real language's data.
@Suite struct LanguageMechanismTests {
    static func pipeline(settings: String) throws -> Pipeline {
        let files = [
            "xx/language.tsv": "name\tTest\n" + settings,
            "xx/cues.tsv": "say\tsay|says|said\tthat bare colon after\tneutral\t0\nsagen\tsagte\tcomma\tneutral\t0\nlaut\tlaut\tsource\tdistancing\t0\n"
                + "demek\tdedi\tbefore\tneutral\t0\ngöre\tgöre\tsource_after\tneutral\t0\n"
                + "mitteilen\tteilte … mit\tthat comma after\tneutral\t0\nzufolge\tzufolge\tsource_after\tdistancing\t0\n"
                + "qala\tqala|rafada\tthat colon\tneutral\t0\n"
                + "nach angaben\tnach ersten angaben\tsource\tdistancing\t0\n"
                + "seem\tseems to\tclause\ttentative\t0\n"
                + "in\tin\tsource source_noun\tneutral\t0\n"
                + "tell\ttold\tthat after addressee\tneutral\t0\n",
            "xx/complementizers.txt": "that\ndiye\n",
            "xx/roles.txt": "minister\nl’minister\n",
            "xx/pronouns.tsv": "he\tm\tsg\t3\n",
            "xx/function-words.tsv": "in turn\tadverb\nthe\tdeterminer\nwa\tsubject_marker\nin\tpreposition\nwhich\trelative\nsind\tauxiliary\ntuesday\tadverb\nder\tdeterminer\n",
            "xx/role-patterns.tsv": "headed by\tchief {} boss\n",
            "xx/reported-mood.txt": "sei\n",
            "xx/sentence-final.txt": "vor\nuhr\n",
            "xx/documents.txt": "berichten\n",
            "xx/source-nouns.txt": "poll\n",
        ]
        return try xxPipeline(files)
    }

    func statements(_ text: String, settings: String) throws -> [AttributedStatement] {
        try Self.pipeline(settings: settings).process(Document(id: "t", text: text, language: Language("xx"))).get().statements
    }

    @Test func dashIntroducesSpeechWhenTheLexiconSaysSo() throws {
        let text = "— We support the plan, — said Lavrov.\n\n— Not a word, — said nobody."
        let found = try statements(text, settings: "dash_speech\ttrue\n")
        #expect(found.first?.kind == .direct)
        #expect(found.first?.content.text == "We support the plan,")
        #expect(found.first?.speaker?.name == "Lavrov")
        #expect(found.first?.cue?.text == "said")
        let off = try statements(text, settings: "dash_speech\tfalse\n")
        #expect(off.allSatisfy { $0.kind != .direct })
    }

    @Test func labelColonAttributesTheRestOfItsParagraph() throws {
        let text = "Anna Berg: The vote was fair. The minister said that the count is over.\n\nThe count went on: every ballot was read again.\n\nQ: Was the vote fair?"
        let found = try statements(text, settings: "label_colon\ttrue\n")
        #expect(found.count == 1)
        #expect(found.first?.content.text == "The vote was fair. The minister said that the count is over")
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.kind == .indirect)
        // A quotation after the label in the first paragraph is a direct quote of the label.
        let quoted = try statements("Anna Berg: “We will win this time.”", settings: "label_colon\ttrue\n")
        #expect(quoted.first?.kind == .direct)
        #expect(quoted.first?.speaker?.name == "Anna Berg")
        // Without the setting only the sentence with a cue is a statement.
        #expect(try statements(text, settings: "").map(\.content.text) == ["the count is over"])
    }

    @Test func sourceNounAfterNamesAndAdjectivesWhereNounsAreLowerCase() throws {
        let found = try statements("Berg leads by ten points in the latest Daily Herald poll.", settings: "")
        #expect(found.count == 1)
        #expect(found.first?.cue?.text == "in")
        #expect(found.first?.content.text == "Berg leads by ten points")
        // Before a verb the noun is part of that verb's subject: "in" is no source.
        let subject = try statements("Voters in the latest poll said that Berg leads.", settings: "")
        #expect(subject.map { $0.cue?.text } == ["said"])
        // Opening the sentence, it yields to a cue of the clause after its comma.
        let opening = try statements("In the latest poll, Anna Berg said that the count is fair.", settings: "")
        #expect(opening.map { $0.cue?.text } == ["said"])
        // No noun of saying: "in" is no cue.
        #expect(try statements("Berg leads by ten points in the latest count.", settings: "").isEmpty)
    }

    @Test func addresseeAfterAQuotationEndsBeforeAComplementizer() throws {
        // The cue's addressee stops at "that": the clause after it is the cue's content,
        // and the quotation before the speaker is not what was told.
        let found = try statements("Citing “reasons at home,” the minister told Radio North that Anna Berg will stay away.", settings: "")
        #expect(found.map(\.content.text) == ["Anna Berg will stay away"])
    }

    @Test func quotationClosingItsSentenceInsideRunningTextTakesNoCueAfterIt() throws {
        // The quotation ends the first sentence with a full stop: the next sentence's cue
        // is not its attribution, and the quotation stays part of the reported clause.
        let found = try statements("Anna Berg said that the plan was “good for the town.” The minister said nothing.", settings: "")
        #expect(found.count == 1)
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.kind == .mixed)
        // A quotation that opens its sentence still takes the cue after it.
        let opening = try statements("“The plan is good for the town.” The minister said so.", settings: "")
        #expect(opening.first?.speaker?.name == "The minister")
    }

    @Test func quotationThatTheClauseGoesOnAfterIsAFragmentOfIt() throws {
        // The clause goes on after the quotation: the cue reports the clause, a mixed
        // statement, not the quotation alone.
        let found = try statements("Anna Berg said “most people” can trust the plan.", settings: "")
        #expect(found.count == 1)
        #expect(found.first?.kind == .mixed)
        #expect(found.first?.content.text == "“most people” can trust the plan")
        #expect(found.first?.speaker?.name == "Anna Berg")
        // A quotation that is all of the clause is the statement.
        let whole = try statements("Anna Berg said “most people will trust the plan.”", settings: "")
        #expect(whole.first?.kind == .direct)
        #expect(whole.first?.content.text == "most people will trust the plan.")
    }

    @Test func lexiconQuotePairsAreUsed() throws {
        let text = "Anna Berg said ‹we will win this time›."
        #expect(try statements(text, settings: "").isEmpty)
        let found = try statements(text, settings: "quote_pair\t‹\t›\n")
        #expect(found.first?.kind == .direct)
        #expect(found.first?.content.text == "we will win this time")
    }

    @Test func caselessScriptsDoNotNeedCapitals() throws {
        // With cased false, any word of the speaker phrase may be a name.
        let found = try statements("anna berg said that the vote was fair.", settings: "cased\tfalse\n")
        #expect(found.first?.speaker?.name == "anna berg")
    }

    @Test func nullSubjectContinuesThePreviousSpeaker() throws {
        let text = "Anna Berg said that the vote was fair. Said that the count would end soon."
        let found = try statements(text, settings: "null_subject\ttrue\n")
        #expect(found.map(\.speaker?.name) == ["Anna Berg", "Anna Berg"])
        #expect(found.last?.speaker?.resolvedBy == .carryOver)
        #expect(try statements(text, settings: "null_subject\tfalse\n").count == 1)
    }

    @Test func commaFrameIsACueProperty() throws {
        let found = try statements("Anna Berg sagte, the vote was fair and final.", settings: "")
        #expect(found.first?.content.text == "the vote was fair and final")
        #expect(found.first?.rule.rawValue == "xx.cue.comma")
    }

    @Test func connectiveBetweenCommasIsSkipped() throws {
        let found = try statements("Anna Berg, in turn, said that the vote was fair.", settings: "")
        #expect(found.first?.speaker?.name == "Anna Berg")
        let after = try statements("Anna Berg said, in turn, that the vote was fair.", settings: "")
        #expect(after.first?.content.text == "the vote was fair")
    }

    @Test func rolePatternTemplateComesFromTheLexicon() throws {
        let found = try statements("The team was headed by Anna Berg. Berg said that the vote was fair.", settings: "")
        #expect(found.first?.speaker?.role == "chief the team was boss")
    }

    @Test func reportedMoodContinuesTheStatement() throws {
        let text = "Anna Berg said that the vote was fair. The count sei complete by Monday. The sun rose."
        let found = try statements(text, settings: "")
        #expect(found.map(\.content.text) == ["the vote was fair", "The count sei complete by Monday"])
        #expect(found.last?.rule.rawValue == "xx.mood.continuation")
        #expect(found.last?.speaker?.name == "Anna Berg")
        #expect(found.last?.cue == nil)
    }

    @Test func capitalizedNounsEndASourceAtTheVerb() throws {
        let text = "Laut Deutschem Wetterdienst fielen binnen drei Tagen 180 Liter Regen."
        let found = try statements(text, settings: "capitalized_nouns\ttrue\n")
        #expect(found.first?.content.text == "fielen binnen drei Tagen 180 Liter Regen")
        #expect(found.first?.speaker?.name == "Deutschem Wetterdienst")
        #expect(try statements(text, settings: "").isEmpty)
    }

    @Test func verbFinalFrameTakesTheSpeakerFromTheSentenceStart() throws {
        let found = try statements("Anna Berg, the vote was fair and final diye dedi.", settings: "")
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.content.text == "the vote was fair and final")
        #expect(found.first?.rule.rawValue == "xx.cue.before")
        // Without a comma, a cased script's leading run of names is the speaker.
        let bare = try statements("Anna Berg the vote was fair and final dedi.", settings: "")
        #expect(bare.first?.speaker?.name == "Anna Berg")
        #expect(bare.first?.content.text == "the vote was fair and final")
    }

    @Test func subjectMarkerEndsTheSpeakerInACaselessScript() throws {
        let found = try statements("minister anna wa the vote was fair diye dedi.", settings: "cased\tfalse\n")
        #expect(found.first?.speaker?.name == "anna")
        #expect(found.first?.speaker?.role == "minister")
        #expect(found.first?.content.text == "the vote was fair")
    }

    @Test func verbFinalDirectQuote() throws {
        let found = try statements("Anna Berg, “The vote was fair and final.” dedi.", settings: "")
        #expect(found.count == 1)
        #expect(found.first?.kind == .direct)
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.rule == .speakerQuoteCue)
    }

    @Test func postposedSourceStandsBeforeTheCue() throws {
        let found = try statements("Anna Berg göre, the vote was fair and final.", settings: "")
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.content.text == "the vote was fair and final")
        #expect(found.first?.rule.rawValue == "xx.cue.source_after")
    }

    @Test func clauseFrameAttributesTheClauseAroundTheCue() throws {
        let found = try statements("By then, the plan seems to work well, at least for now.", settings: "")
        #expect(found.count == 1)
        #expect(found.first?.content.text == "the plan seems to work well")
        #expect(found.first?.rule.rawValue == "xx.cue.clause")
        // A thing is no source; a name is.
        #expect(found.first?.speaker == nil)
        #expect(try statements("Anna Berg seems to agree with the plan.", settings: "").first?.speaker?.name == "Anna Berg")
        // A cue that reports the clause takes it; the clause frame gives way.
        let reported = try statements("Anna Berg said the plan seems to work well.", settings: "")
        #expect(reported.count == 1)
        #expect(reported.first?.cue?.text == "said")
        let after = try statements("The plan seems to work well, Anna Berg said.", settings: "")
        #expect(after.count == 1)
        #expect(after.first?.cue?.text == "said")
    }

    @Test func verbInitialOrderPutsTheSpeakerAfterTheCue() throws {
        let settings = "word_order\tVSO\ncased\tfalse\n"
        let found = try statements("said the minister anna berg that the vote was fair.", settings: settings)
        #expect(found.first?.speaker?.name == "anna berg")
        #expect(found.first?.speaker?.role == "minister")
        #expect(found.first?.content.text == "the vote was fair")
        let direct = try statements("said minister anna berg: “the vote was fair and final.”", settings: settings)
        #expect(direct.first?.kind == .direct)
        #expect(direct.first?.speaker?.name == "anna berg")
        // In subject-first order the same sentence has no speaker phrase before the cue.
        #expect(try statements("said the minister anna berg that the vote was fair.", settings: "cased\tfalse\n").isEmpty)
    }

    @Test func separableCueNeedsItsParticleInTheClause() throws {
        let found = try statements("Anna Berg teilte dem Sender am Montag mit, the vote was fair and final.", settings: "")
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.content.text == "the vote was fair and final")
        #expect(found.first?.cue?.text == "teilte")
        let inverted = try statements("The vote was fair and final, teilte Anna Berg mit.", settings: "")
        #expect(inverted.first?.speaker?.name == "Anna Berg")
        #expect(inverted.first?.content.text == "The vote was fair and final")
        // Without the particle the verb is not a cue ("teilte the cake").
        #expect(try statements("Anna Berg teilte the cake, the vote was fair and final.", settings: "").isEmpty)
    }

    @Test func sourceInsideAClauseMakesTheClauseTheContent() throws {
        let settings = "capitalized_nouns\ttrue\n"
        let laut = try statements("Der Plan sei laut Anna Berg nicht mehr zu retten.", settings: settings)
        #expect(laut.first?.content.text == "Der Plan sei laut Anna Berg nicht mehr zu retten")
        #expect(laut.first?.speaker?.mention?.text == "Anna Berg")
        let zufolge = try statements("Der Plan sei ersten Angaben zufolge gescheitert.", settings: settings)
        #expect(zufolge.first?.content.text == "Der Plan sei ersten Angaben zufolge gescheitert")
        #expect(zufolge.first?.speaker?.mention?.text.hasSuffix("Angaben") == true)
        #expect(zufolge.first?.rule.rawValue == "xx.cue.source_after")
    }

    @Test func caselessNameStandsBeforeItsTitle() throws {
        let found = try statements("anna berg minister said that the vote was fair.", settings: "cased\tfalse\n")
        #expect(found.first?.speaker?.name == "anna berg")
        #expect(found.first?.speaker?.role == "minister")
    }

    @Test func caselessAdjunctIsCutFromTheSpeaker() throws {
        let found = try statements("minister anna berg in the hall said that the vote was fair.", settings: "cased\tfalse\n")
        #expect(found.first?.speaker?.name == "anna berg")
    }

    @Test func subjectMarkerAfterAnOpeningPhrase() throws {
        let found = try statements("after the vote, minister anna wa the count was fair diye dedi.", settings: "cased\tfalse\n")
        #expect(found.first?.speaker?.name == "anna")
        #expect(found.first?.content.text == "the count was fair")
    }

    @Test func dashBetweenQuoteAndCue() throws {
        let found = try statements("«The vote was fair and final», — said Anna Berg.", settings: "quote_pair\t«\t»\ndash_speech\ttrue\n")
        #expect(found.count == 1)
        #expect(found.first?.cue?.text == "said")
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.rule == .quoteThenCue)
    }

    @Test func prepositionEndsAnInvertedSpeakerWhereNounsAreCapitalised() throws {
        let text = "The vote was fair and final, said Anna Berg in Frankfurt."
        #expect(try statements(text, settings: "capitalized_nouns\ttrue\n").first?.speaker?.name == "Anna Berg")
    }

    @Test func roleThenNameAfterTheCue() throws {
        let found = try statements("“The vote was fair and final,” said the minister, Anna Berg.", settings: "")
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
        #expect(found.first?.speaker?.role == "minister")
    }

    @Test func caselessAdjunctAfterACommaIsNotTheSpeaker() throws {
        let settings = "cased\tfalse\n"
        let plain = try statements("anna berg, in the hall said that the vote was fair.", settings: settings)
        #expect(plain.first?.speaker?.name == "anna berg")
        let titled = try statements("the minister, anna berg, in the hall said that the vote was fair.", settings: settings)
        #expect(titled.first?.speaker?.name == "anna berg")
        #expect(titled.first?.speaker?.role == "minister")
    }

    @Test func verbInitialCueDoesNotTakeALaterCuesComplementizer() throws {
        let settings = "word_order\tVSO\ncased\tfalse\nnull_subject\ttrue\n"
        let found = try statements("rafada the minister anna berg the news, qala that the vote was fair.", settings: settings)
        #expect(found.count == 1)
        #expect(found.first?.content.text == "the vote was fair")
        // The second cue has no subject of its own: it shares the phrase after the first
        // verb (object included: without a parser, subject and object run together).
        #expect(found.first?.speaker?.role?.hasPrefix("minister") == true)
    }

    @Test func joinedPrepositionStartsAnAdjunct() throws {
        // "bithe" stands for a word with a preposition joined to it (Arabic "بالاتفاق").
        let settings = "word_order\tVSO\ncased\tfalse\nnull_subject\ttrue\npreposition_prefix\tbi\n"
        let found = try statements("rafada the minister anna berg bithe deal, qala that the vote was fair.", settings: settings)
        #expect(found.first?.speaker?.name == "anna berg")
        let without = try statements("rafada the minister anna berg bithe deal, qala that the vote was fair.",
                                     settings: "word_order\tVSO\ncased\tfalse\nnull_subject\ttrue\n")
        #expect(without.first?.speaker?.name != "anna berg")
    }

    @Test func sharedSubjectAfterAFrontedAdjunct() throws {
        let settings = "word_order\tVSO\ncased\tfalse\nnull_subject\ttrue\n"
        let found = try statements("in the city, rafada minister anna, qala that the vote was fair.", settings: settings)
        #expect(found.first?.speaker?.name == "anna")
    }

    @Test func sourcePhraseAtTheSentenceStartRunsToItsComma() throws {
        let found = try statements("laut the office in the city, the vote was fair and final.", settings: "cased\tfalse\n")
        #expect(found.first?.content.text == "the vote was fair and final")
        #expect(found.first?.speaker?.mention?.text.contains("city") == true, "\(String(describing: found.first?.speaker))")
    }

    @Test func verbSecondPutsTheSubjectAfterTheCueBehindAFrontedAdjunct() throws {
        let text = "In Berlin sagte Anna Berg, the vote was fair and final. In turn sagte the minister, the count would end soon."
        let found = try statements(text, settings: "verb_second\ttrue\n")
        #expect(found.map(\.speaker?.mention?.text) == ["Anna Berg", "the minister"])
        #expect(found.map(\.content.text) == ["the vote was fair and final", "the count would end soon"])
        // Without the setting, the adjunct is taken for the speaker or nothing is found.
        let off = try statements(text, settings: "")
        #expect(off.map(\.speaker?.mention?.text) != found.map(\.speaker?.mention?.text))
    }

    @Test func invertedContentDoesNotStartWithACue() throws {
        // "sagte" is inverted after "In Berlin", but what follows its comma is the
        // attribution of the sentence, not content.
        let found = try statements("In Berlin sagte Anna Berg, teilte the minister mit.", settings: "verb_second\ttrue\n")
        #expect(found.allSatisfy { !$0.content.text.hasPrefix("teilte") })
    }

    @Test func reportedMoodAfterACueWithoutContentIsIntroducedByIt() throws {
        let text = "Anna Berg sagte nothing more. The count sei complete by Monday. The sun rose."
        let found = try statements(text, settings: "")
        #expect(found.map(\.content.text) == ["The count sei complete by Monday"])
        #expect(found.first?.rule.rawValue == "xx.mood.introduced")
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.cue?.text == "sagte")
        // Across a paragraph break nothing introduces it: the reported mood alone marks
        // speech whose speaker is not known.
        let alone = try statements("Anna Berg sagte nothing more.\n\nThe count sei complete by Monday.", settings: "")
        #expect(alone.map(\.rule.rawValue) == ["xx.mood.alone"])
        #expect(alone.first?.speaker == nil)
    }

    @Test func prepositionBeforeALowerCaseWordEndsASourceInsideAClause() throws {
        let text = "Dabei kam es laut Berichten der Polizei in kleinen Orten zu Rangeleien, einige wurden festgenommen."
        let found = try statements(text, settings: "capitalized_nouns\ttrue\n")
        #expect(found.first?.content.text == "Dabei kam es laut Berichten der Polizei in kleinen Orten zu Rangeleien, einige wurden festgenommen")
        #expect(found.first?.speaker?.mention?.text.hasSuffix("Polizei") == true)
    }

    @Test func sentenceFinalWordsEndSentencesThatICUWouldJoin() throws {
        // ICU's German abbreviation list holds "vor." and "Uhr."; the lexicon overrides it.
        let text = "Er stellte den Plan vor. Dann ging er um 10 Uhr. Das war alles. Die Nr. 5 kam."
        let pipeline = try Self.pipeline(settings: "icu_locale\tde\n")
        let annotated = try pipeline.process(Document(id: "t", text: text, language: Language("xx"))).get()
        let layer = try #require(annotated.document[TokensKey.self])
        #expect(layer.sentences.map { layer.texts[$0.tokens.lowerBound] } == ["Er", "Dann", "Das", "Die"])
        #expect(layer.tokens.indices.allSatisfy { index in layer.sentences[layer.tokens[index].sentence].tokens.contains(index) })
    }

    @Test func commaFrameReachesPastAQuotedAddresseeButNotIntoARelativeClause() throws {
        let told = try statements("Anna Berg sagte der „Berliner Zeitung“ am Abend, the vote was fair and final.", settings: "")
        #expect(told.first?.content.text == "the vote was fair and final")
        let relative = try statements("Anna Berg sagte nothing about the plan, which the city began last year.", settings: "")
        #expect(relative.isEmpty)
    }

    @Test func commaFrameContentMayOpenWithASourceButNotWithAnAttribution() throws {
        let source = try statements("Anna Berg sagte am Abend, laut the minister the vote was fair.", settings: "")
        #expect(source.first?.speaker?.mention?.text == "Anna Berg")
        #expect(source.first?.content.text == "laut the minister the vote was fair")
        let attribution = try statements("In Berlin sagte Anna Berg, teilte the minister mit.", settings: "verb_second\ttrue\n")
        #expect(attribution.allSatisfy { !$0.content.text.hasPrefix("teilte") })
    }

    @Test func verbSecondDirectQuoteTakesTheSubjectAfterTheCue() throws {
        let text = "In Berlin said Anna Berg: “We will win this time, whatever happens.”"
        let found = try statements(text, settings: "verb_second\ttrue\n")
        #expect(found.first?.kind == .direct)
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
        #expect(found.first?.rule == .cueThenQuote)
    }

    @Test func abbreviationSuppressionsThatOnlyMatchAWordEndingAreUndone() throws {
        // ICU's German list holds "r.", matched against word endings: without the check,
        // each of these would be one sentence.
        let text = "Das sagte der minister. Er kam spät. Das sagte Tobias Koller. Er ging. Es kostet 5 Mio. Euro. Dann Dr. Berg kam."
        let pipeline = try Self.pipeline(settings: "icu_locale\tde\n")
        let annotated = try pipeline.process(Document(id: "t", text: text, language: Language("xx"))).get()
        let layer = try #require(annotated.document[TokensKey.self])
        #expect(layer.sentences.map { layer.texts[$0.tokens.lowerBound] } == ["Das", "Er", "Das", "Er", "Es", "Dann"])
    }

    @Test func abbreviationShapes() throws {
        let lexicon = try #require(try Self.pipeline(settings: "").configuration?.lexicons[Language("xx")])
        #expect(Tokenizer.looksLikeAbbreviation("M", id: -1, lexicon: lexicon))
        #expect(Tokenizer.looksLikeAbbreviation("U.S", id: -1, lexicon: lexicon))
        #expect(Tokenizer.looksLikeAbbreviation("Mio", id: -1, lexicon: lexicon))
        #expect(!Tokenizer.looksLikeAbbreviation("Koller", id: -1, lexicon: lexicon))
        #expect(!Tokenizer.looksLikeAbbreviation("CERN", id: -1, lexicon: lexicon))
        #expect(!Tokenizer.looksLikeAbbreviation("minister", id: lexicon.id(of: "minister"), lexicon: lexicon))
    }

    @Test func ordinalFullStopEndsNoSentence() throws {
        let text = "The council meets on the 6. October again. That was 1990. Then it ended."
        func firstWords(_ settings: String) throws -> [String] {
            let annotated = try Self.pipeline(settings: settings).process(Document(id: "t", text: text, language: Language("xx"))).get()
            let layer = try #require(annotated.document[TokensKey.self])
            return layer.sentences.map { layer.texts[$0.tokens.lowerBound] }
        }
        #expect(try firstWords("ordinal_full_stop\ttrue\n") == ["The", "That", "Then"])
        #expect(try firstWords("") == ["The", "October", "That", "Then"])
    }

    @Test func pronounAfterAnAdjunctIsTheSubject() throws {
        let found = try statements("Anna Berg arrived. In the meantime he said that the vote was fair.", settings: "")
        #expect(found.first?.speaker?.mention?.text == "he")
    }

    @Test func sourceInsideTheClauseIsParenthetical() throws {
        let inside = try statements("The count laut Anna Berg in the city would end on Monday.", settings: "")
        #expect(inside.first?.content.text == "The count laut Anna Berg in the city would end on Monday")
        let commas = try statements("The count, laut the minister, would end on Monday.", settings: "")
        #expect(commas.first?.content.text == "The count, laut the minister, would end on Monday")
        let tail = try statements("The count would end on Monday, laut the minister.", settings: "")
        #expect(tail.first?.content.text == "The count would end on Monday")
    }

    @Test func pronounPrefersTheSubjectNamedSinceTheLastSpeaker() throws {
        let text = "Anna Berg said that the vote was fair. Tom Lee arrived on Monday. “We will win this time,” he said."
        let found = try statements(text, settings: "")
        #expect(found.last?.speaker?.name == "Tom Lee")
        #expect(found.last?.speaker?.resolvedBy == .pronoun)
    }

    @Test func speakerAndColonAttributeAQuoteWithoutACue() throws {
        let text = "The vote ended.\n\nThe minister Anna Berg: “We will win this time, whatever happens.”\n\nAnna Berg explained it: “We will win this time, whatever happens.”"
        let found = try statements(text, settings: "")
        #expect(found.first?.rule == .speakerColon)
        #expect(found.first?.speaker?.name == "Anna Berg")
        // A verb before the colon: not a label.
        #expect(found.last?.rule != .speakerColon)
        // Not in the headline.
        #expect(try statements("The minister Anna Berg: “We will win this time, whatever happens.”", settings: "").first?.rule != .speakerColon)
    }

    @Test func frontedDemonstrativeRefersBackToThePreviousSentence() throws {
        // A lone determiner before an inverted cue is a demonstrative pronoun: "Das sagte
        // Anna Berg." has the sentence before it as its content.
        let text = "The count would end on Monday. The said Anna Berg."
        let found = try statements(text, settings: "verb_second\ttrue\n")
        #expect(found.first?.content.text == "The count would end on Monday")
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(try statements(text, settings: "").first?.content.text != "The count would end on Monday")
    }

    @Test func sourceCueEndingInItsNounIsItsOwnSource() throws {
        let found = try statements("Nach ersten Angaben sind alle Personen gerettet worden.", settings: "capitalized_nouns\ttrue\n")
        #expect(found.first?.content.text == "sind alle Personen gerettet worden")
        #expect(found.first?.speaker?.mention?.text.hasSuffix("Angaben") == true)
    }

    @Test func invertedParentheticalAttributionCoversTheSentence() throws {
        // "said" takes no clause after a comma, so what follows is the rest of the content.
        let found = try statements("The count, said Anna Berg, would end on Monday.", settings: "")
        #expect(found.first?.content.text == "The count, said Anna Berg, would end on Monday")
        #expect(found.first?.speaker?.name == "Anna Berg")
    }

    @Test func adverbAfterAnInvertedCueIsNotPartOfTheSubject() throws {
        let found = try statements("In Berlin sagte in turn Anna Berg, the vote was fair and final.", settings: "verb_second\ttrue\n")
        #expect(found.first?.speaker?.mention?.text == "Anna Berg")
    }

    @Test func capitalisedFunctionWordsAreNotNames() throws {
        let text = "Anna Berg arrived in the city. The city waited for Tuesday. “We will win this time,” he said."
        let found = try statements(text, settings: "")
        #expect(found.last?.speaker?.name == "Anna Berg")
    }

    @Test func roleBeforeANameMetInPassingLetsARoleNounFindThePerson() throws {
        // In commas, with one attribute of names: "the minister in Kent, Anna Berg, …".
        let apposition = try statements("The minister in Kent, Anna Berg, opened the hall. The minister said that the vote was fair.", settings: "")
        #expect(apposition.first?.speaker?.name == "Anna Berg")
        #expect(apposition.first?.speaker?.resolvedBy == .roleNoun)
        #expect(apposition.first?.speaker?.role == "minister in Kent")
        // Right before the name, lower case.
        let premodifier = try statements("Then minister Anna Berg opened the hall. The minister said that the vote was fair.", settings: "")
        #expect(premodifier.first?.speaker?.name == "Anna Berg")
        // Not across other words: "the minister visited Kent" gives Kent no role.
        let apart = try statements("The minister visited Kent today. The minister said that the vote was fair.", settings: "")
        #expect(apart.first?.speaker?.name == "The minister")
    }

    @Test func roleSaidWhereTheEntitySpeaksReplacesOneMetInPassing() throws {
        let text = "Then minister Anna Berg opened the hall. Anna Berg, the minister in Kent, said that the vote was fair."
        let found = try statements(text, settings: "")
        #expect(found.first?.speaker?.role == "minister in Kent")
    }

    @Test func elidedDeterminerMakesARoleNounDefinite() throws {
        // As French and Italian lexicons list "l’allenatore" beside "allenatore".
        let text = "The minister in Kent, Anna Berg, opened the hall. In turn l’minister said that the vote was fair."
        let found = try statements(text, settings: "elided_determiner\tl’\n")
        #expect(found.first?.speaker?.name == "Anna Berg")
        #expect(found.first?.speaker?.resolvedBy == .roleNoun)
        let without = try statements(text, settings: "")
        #expect(without.first?.speaker?.name == "l’minister")
    }
}
