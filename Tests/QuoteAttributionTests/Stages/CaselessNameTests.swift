import Testing
@testable import QuoteAttribution

/// Names in scripts written without spaces or capitals: lexicon words the word breaker
/// splits, family names that come first, and scripts no name is written in. A small
/// made-up language "xx" written in Japanese script, so that ICU's dictionary
/// segmentation applies, with only the entries each test needs.
@Suite struct CaselessNameTests {
    static func statements(_ text: String, settings: String = "") throws -> [AttributedStatement] {
        let files = [
            "xx/language.tsv": "name\tTest\nicu_locale\tja\nword_order\tSOV\ncased\tfalse\nnull_subject\ttrue\n" + settings,
            "xx/cues.tsv": "述べる\t述べた\tbefore\tneutral\t0\n話す\t話した\tbefore\tneutral\t0\n",
            "xx/complementizers.txt": "と\n",
            "xx/function-words.tsv": "は\tsubject_marker\nを\tpreposition\n",
            "xx/roles.txt": "財務相\n相\n官房長官\n長官\n",
            "xx/titles.txt": "氏\nさん\n",
        ]
        return try xxStatements(text, files: files)
    }

    @Test func roleTheWordBreakerSplitsIsNotPartOfTheName() throws {
        // 財務相 is broken 財務|相; without the lexicon phrase, 財務 ended the name.
        let found = try Self.statements("藤原昌弘財務相は「予算は十分だ」と述べた。")
        #expect(found.first?.speaker?.name == "藤原昌弘")
        #expect(found.first?.speaker?.role == "財務相")
    }

    @Test func familyNameFirstLetsTheFamilyNameFindTheFullName() throws {
        let text = "村井健一官房長官は「支援を続ける」と述べた。\n\n村井氏は「来月にも決める」と話した。"
        let first = try Self.statements(text, settings: "family_name_first\ttrue\n")
        #expect(first.count == 2)
        #expect(first.last?.speaker?.name == "村井健一")
        #expect(first.last?.speaker?.resolvedBy == .surname)
        #expect(first.last?.speaker?.entityID == first.first?.speaker?.entityID)
        // Read family name last, "村井" would have to end "村井健一"; it does not.
        let last = try Self.statements(text)
        #expect(last.last?.speaker?.name == "村井")
    }

    @Test func wordInANonNameScriptEndsTheNameBeforeIt() throws {
        // The hiragana verb of a relative clause ("who runs a shop") is no part of the name.
        let text = "店を経営する坂本健太さんは「客が減った」と話した。"
        let found = try Self.statements(text, settings: "non_name_script\tHira\n")
        #expect(found.first?.speaker?.name == "坂本健太")
        let without = try Self.statements(text)
        #expect(without.first?.speaker?.name != "坂本健太")
    }

    @Test func nonNameScriptMustBeAScriptCode() {
        let files = ["xx/language.tsv": "name\tTest\nnon_name_script\thiragana\n"]
        do {
            _ = try LexiconSet(source: LexiconSource(files: files))
            Issue.record("invalid script code accepted")
        } catch let errors as LexiconErrors {
            #expect(errors.errors.map(\.description).contains { $0.hasPrefix("xx/language.tsv:2: non_name_script takes one ISO 15924 script code") })
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
