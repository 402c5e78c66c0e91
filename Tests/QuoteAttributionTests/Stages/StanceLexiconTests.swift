import Testing
@testable import QuoteAttribution

/// Every language's stance lexicon works with its negators: a positive word scores
/// positive alone and negative once negated, in the order the language negates (before
/// the word, or after it where `negation_follows` is set). The words come from the
/// lexicon files themselves, so the test covers every language that is added.
@Suite struct StanceLexiconTests {
    static let languages = sharedConfiguration.lexicons.languages

    /// The first entry of a lexicon file that satisfies `accept`.
    static func firstEntry(_ language: Language, _ file: String, where accept: ([Substring]) -> Bool) -> String? {
        let text = LexiconSource.embedded.files["\(language.rawValue)/\(file)"] ?? ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t").map { $0.split(separator: "#").first.map { $0.trimmingWhitespace() } ?? "" }
            if let first = fields.first, !first.isEmpty, !first.contains(" "), accept(fields) { return String(first) }
        }
        return nil
    }

    func score(_ text: String, _ language: Language) throws -> Double {
        let annotated = try sharedPipeline.process(Document(id: "s", text: text, language: language)).get()
        let layer = try #require(annotated.document[TokensKey.self])
        let normalized = try #require(annotated.document[NormalizedTextKey.self])
        let lexicon = try #require(sharedConfiguration.lexicons[language])
        return StanceClassifier(lexicons: sharedConfiguration.lexicons)
            .judge(0..<layer.tokens.count, cue: nil, view: LexicalView(layer: layer, lexicon: lexicon), normalized: normalized,
                   mentions: NamedMentionIndex([])).score
    }

    @Test(arguments: languages)
    func negatorsReverseEvaluations(language: Language) throws {
        let lexicon = try #require(sharedConfiguration.lexicons[language])
        let word = try #require(Self.firstEntry(language, "stance.tsv") { $0.count >= 2 && (Double($0[1]) ?? 0) >= 1 })
        let negator = try #require(Self.firstEntry(language, "negators.txt") { _ in true })
        #expect(try score(word, language) > 0, "\(language): '\(word)' alone")
        let negated = lexicon.negationFollows ? "\(word) \(negator)" : "\(negator) \(word)"
        #expect(try score(negated, language) < 0, "\(language): '\(negated)'")
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var result = self
        while result.first?.isWhitespace == true { result.removeFirst() }
        while result.last?.isWhitespace == true { result.removeLast() }
        return result
    }
}
