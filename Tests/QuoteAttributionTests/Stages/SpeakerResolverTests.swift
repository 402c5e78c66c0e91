import Testing
@testable import QuoteAttribution

@Suite struct SpeakerResolverTests {
    @Test func surnameJoinsTheFullName() throws {
        let found = try statements("Alexander Lavrentyev said the talks were useful. Lavrentyev added that more rounds would follow.")
        #expect(found.map(\.speakerName) == ["Alexander Lavrentyev", "Alexander Lavrentyev"])
        #expect(found.map(\.speaker?.resolvedBy) == [.name, .surname])
        #expect(found[1].speaker?.mention?.text == "Lavrentyev")
    }

    @Test func ageInCommasStandsBetweenNameAndCue() throws {
        let found = try statements("“That is a legitimate concern, because they are very passionate,” Sarandon, 69, told MSNBC on Monday.")
        #expect(found.map(\.speakerName) == ["Sarandon"])
        #expect(found.first?.addressee == "MSNBC")
    }

    @Test func nameMentionedInPassingIsFoundForASurname() throws {
        let found = try statements("The delegation of Syria was headed by Bashar al-Jaafari. Later al-Jaafari said he was pleased.")
        #expect(found.first?.speakerName == "Bashar al-Jaafari")
        #expect(found.first?.speaker?.role == "head of the delegation of Syria")
        #expect(found.first?.speaker?.affiliation == "Syria")
    }

    @Test func pronounsGoToTheLastCompatibleSpeaker() throws {
        let text = """
            Anna Berg said the budget was too small. She added that cuts were coming.

            Tom Reed said the plan was fair. He added that the union agreed.
            """
        let found = try statements(text)
        #expect(found.map(\.speakerName) == ["Anna Berg", "Anna Berg", "Tom Reed", "Tom Reed"])
        #expect(found.map(\.speaker?.resolvedBy) == [.name, .pronoun, .name, .pronoun])
    }

    @Test func pronounGenderLearnedFromEarlierPronouns() throws {
        let text = """
            Anna Berg said the budget was too small. She added that cuts were coming.

            Tom Reed said the plan was fair. She said that was wrong.
            """
        let found = try statements(text)
        #expect(found.last?.speakerName == "Anna Berg")
    }

    @Test func roleNounFindsTheEntityWithThatRole() throws {
        let found = try statements("Finance Minister Anna Berg said the deficit would shrink. The minister said taxes would not rise.")
        #expect(found.map(\.speakerName) == ["Anna Berg", "Anna Berg"])
        #expect(found.last?.speaker?.resolvedBy == .roleNoun)
    }

    @Test func roleAndAffiliationFromTheRolePhrase() throws {
        let found = try statements("The Kazakh Minister of Foreign Affairs Kairat Abdrakhmanov said that talks would resume.")
        let speaker = try #require(found.first?.speaker)
        #expect(speaker.name == "Kairat Abdrakhmanov")
        #expect(speaker.role == "Minister of Foreign Affairs")
        #expect(speaker.affiliation == "Kazakhstan")
        #expect(speaker.resolvedBy == .apposition)
    }

    @Test func anonymousSourcesAndStates() throws {
        let found = try statements("An Iranian official said the zones were a step forward. Iran said it welcomed the deal. Sources say more talks are planned.")
        #expect(found.map(\.speaker?.type) == [.source, .state, .source])
        #expect(found.map(\.speaker?.anonymous) == [true, false, true])
        #expect(found.first?.speaker?.affiliation == "Iran")
    }

    @Test func floatingQuoteContinuesThePreviousSpeaker() throws {
        let text = "“We have done our part,” Anna Berg said.\n\n“Now it is up to the government to keep its promise to the riders.”"
        let found = try statements(text)
        #expect(found.count == 2)
        #expect(found.last?.speakerName == "Anna Berg")
        #expect(found.last?.speaker?.resolvedBy == .carryOver)
    }

    @Test func addresseeIsRecorded() throws {
        let found = try statements("Alexander Lavrentyev told reporters that the memorandum opens the door.")
        #expect(found.first?.addressee == "reporters")
    }
}
