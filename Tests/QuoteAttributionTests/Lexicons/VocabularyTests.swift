import Testing
@testable import QuoteAttribution

@Suite struct VocabularyTests {
    @Test func idsAreDenseStableAndFoundAgain() {
        var vocabulary = Vocabulary()
        let words = ["said", "according", "to", "", "präsident", "заявил", "قال", "表示", "a-very-long-hyphenated-word", "according-to"]
        let ids = words.map { vocabulary.add($0) }
        #expect(ids == (0..<Int32(words.count)).map { $0 })
        #expect(vocabulary.count == words.count)
        #expect(words.map { vocabulary.add($0) } == ids, "adding a known word returns its id")
        #expect(words.map { vocabulary.id(of: $0) } == ids)
    }

    @Test func unknownWordsAndNearMissesAreMinusOne() {
        var vocabulary = Vocabulary()
        _ = vocabulary.add("according")
        _ = vocabulary.add("a-very-long-hyphenated-word")
        // Same first eight bytes, or same length, as a known word.
        #expect(vocabulary.id(of: "accordinG") == -1)
        #expect(vocabulary.id(of: "accordingly") == -1)
        #expect(vocabulary.id(of: "a-very-long-hyphenated-wore") == -1)
        #expect(vocabulary.id(of: "accord") == -1)
        #expect(vocabulary.id(of: "") == -1)
    }

    @Test func growingPastManyRehashesKeepsEveryWord() {
        var vocabulary = Vocabulary()
        let words = (0..<5_000).map { "word\($0)" }
        for word in words { _ = vocabulary.add(word) }
        #expect(words.enumerated().allSatisfy { vocabulary.id(of: $1) == Int32($0) })
        #expect(vocabulary.id(of: "word5000") == -1)
    }
}

@Suite struct LexiconLineTests {
    @Test func fieldsCommentsAndLineNumbers() {
        let text = "# header\nsaid\tthat, bare\tneutral # trailing comment\n\n  told \t addressee\r\n\t\t\nnach\tsource\t\t\n"
        let lines = LexiconLine.parse(text, file: "cues.tsv")
        #expect(lines.map(\.number) == [2, 4, 6])
        #expect(lines.map(\.fields) == [["said", "that, bare", "neutral"], ["told", "addressee"], ["nach", "source"]])
        #expect(lines.allSatisfy { $0.file == "cues.tsv" })
    }

    @Test func emptyFieldsInsideALineAreKept() {
        let lines = LexiconLine.parse("form\t\tvalue", file: "x.tsv")
        #expect(lines.first?.fields == ["form", "", "value"])
    }

    @Test func noTrailingNewlineAndNonASCII() {
        let lines = LexiconLine.parse("заявил\tthat\n「\t」", file: "x.tsv")
        #expect(lines.map(\.fields) == [["заявил", "that"], ["「", "」"]])
        #expect(LexiconLine.parse("", file: "x.tsv").isEmpty)
    }
}
