import Foundation
import QuoteAttribution
import Testing

/// End to end on every fixture: the pipeline's output must equal the golden file
/// (`Tests/GoldenTests/Expected/<lang>/<slug>.jsonl`, diffable JSON Lines), and score
/// well against the hand-written gold annotations. After an intended change, regenerate
/// the golden files with `UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review
/// the diff before committing it.
@Suite struct FixtureGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("fixtures")
    static let expected = root.appendingPathComponent("Tests/GoldenTests/Expected")

    static let pipeline: Pipeline = {
        do { return try Pipeline(configuration: .standard()) } catch { fatalError("\(error)") }
    }()

    /// Every `<lang>/<slug>.txt` under fixtures/.
    static var articles: [String] {
        let manager = FileManager.default
        let languages = (try? manager.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return languages.sorted().flatMap { language -> [String] in
            let files = (try? manager.contentsOfDirectory(atPath: fixtures.appendingPathComponent(language).path)) ?? []
            return files.filter { $0.hasSuffix(".txt") }.sorted().map { "\(language)/\($0.dropLast(4))" }
        }
    }

    static func output(for article: String) throws -> String {
        let language = String(article.split(separator: "/")[0])
        let text = try String(contentsOf: fixtures.appendingPathComponent(article + ".txt"), encoding: .utf8)
        let slug = String(article.split(separator: "/")[1])
        let result = try pipeline.process(Document(id: slug, text: text, language: Language(language))).get()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try result.statements.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    @Test func everyLanguageHasFixtures() throws {
        #expect(Self.articles.count >= 7)
        let languages = Set(Self.articles.map { $0.split(separator: "/")[0] })
        let lexicons = Set(try LexiconSet().languages.map(\.rawValue))
        #expect(languages == Set(lexicons.map { Substring($0) }), "every language with a lexicon needs fixtures")
    }

    @Test(arguments: articles)
    func outputMatchesGoldenFile(_ article: String) throws {
        let actual = try Self.output(for: article)
        let file = Self.expected.appendingPathComponent(article + ".jsonl")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n"), expectedLines = expected.split(separator: "\n")
        let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
        Issue.record("""
            \(article): output differs from \(file.path) at statement \(first + 1) \
            (\(actualLines.count) statements, golden file has \(expectedLines.count)).
            expected: \(first < expectedLines.count ? String(expectedLines[first]) : "(nothing)")
            actual:   \(first < actualLines.count ? String(actualLines[first]) : "(nothing)")
            If the change is intended: UPDATE_GOLDEN=1 swift test --filter GoldenTests, then review git diff.
            """)
    }

    /// Measured quality per language, as floors that only move up: a change that makes a
    /// language worse fails here. The target for every language is F1 and speaker
    /// accuracy ≥ 0.90, and every language meets it.
    static let floors: [Language: (f1: Double, speaker: Double)] = [
        Language("en"): (0.95, 0.95),
        Language("de"): (0.92, 0.93),
        Language("fr"): (0.92, 0.91),
        Language("es"): (0.97, 0.95),
        Language("tr"): (0.94, 0.97),
        Language("zh"): (0.97, 0.91),
        Language("ru"): (0.95, 0.99),
        Language("uk"): (0.92, 0.99),
        Language("it"): (0.95, 0.96),
        Language("pt"): (0.91, 0.94),
        Language("ar"): (0.95, 0.94),
        Language("fa"): (0.96, 0.93),
        Language("ja"): (0.92, 0.90),
    ]

    @Test func qualityOnFixturesPerLanguage() throws {
        guard case .statements(let documents) = try GoldReader.read(Self.fixtures.path) else {
            Issue.record("fixtures are not statement gold"); return
        }
        let scorer = Scorer()
        var byLanguage: [Language: Scorer.Tally] = [:]
        for document in documents {
            let statements = try Self.pipeline.process(Document(id: document.id, text: document.text, language: document.language)).get().statements
            byLanguage[document.language, default: Scorer.Tally()] = byLanguage[document.language, default: Scorer.Tally()] + scorer.score(gold: document, predicted: statements).0
        }
        #expect(!byLanguage.isEmpty)
        for (language, tally) in byLanguage {
            let floor = try #require(Self.floors[language], "\(language) has fixtures but no quality floor")
            #expect(tally.f1 >= floor.f1, "\(language): F1 \(tally.f1)")
            #expect((tally.speakerAccuracy ?? 0) >= floor.speaker, "\(language): speaker accuracy \(tally.speakerAccuracy ?? 0)")
            #expect(tally.notStatementHits == 0, "\(language): statements emitted for scare quotes or titles")
        }
    }

    /// Every gold span points at the text it claims.
    @Test func goldOffsetsMatchTheirText() throws {
        let manager = FileManager.default
        for article in Self.articles {
            let text = Array(try String(contentsOf: Self.fixtures.appendingPathComponent(article + ".txt"), encoding: .utf8).unicodeScalars)
            let data = try #require(manager.contents(atPath: Self.fixtures.appendingPathComponent(article + ".gold.json").path))
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            var excerpts: [[String: Any]] = (object["not_statements"] as? [[String: Any]]) ?? []
            for statement in object["statements"] as? [[String: Any]] ?? [] {
                for key in ["content", "cue", "speaker"] { if let excerpt = statement[key] as? [String: Any] { excerpts.append(excerpt) } }
            }
            // A speaker with no mention (a dropped subject) has null offsets.
            for excerpt in excerpts where !(excerpt["start"] is NSNull) {
                let start = try #require(excerpt["start"] as? Int), end = try #require(excerpt["end"] as? Int)
                #expect(String(String.UnicodeScalarView(text[start..<end])) == excerpt["text"] as? String, "\(article) [\(start), \(end))")
            }
        }
    }
}
