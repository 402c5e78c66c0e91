import Testing
@testable import QuoteAttribution

/// Inputs that once crashed the pipeline or broke an output invariant, kept so they never
/// do again. Add every finding of scripts/fuzz here (the first byte of a pipeline
/// finding picks the language: languages sorted by tag, byte modulo their count).
@Suite struct FuzzRegressionTests {
    static let cases: [(language: String, text: String, why: String)] = [
        // A caseless speaker phrase that ends up empty (a quotation mark right before the
        // cue) made the adjunct cut build the range (start + 1)..<start.
        ("zh", "他说“好”表示支持这个计划。", "empty caseless phrase before a cue"),
        ("ja", "「はい」述べた。", "empty caseless phrase before a cue"),
        // A separable German verb whose particle closes the sentence right after it.
        ("de", "Er teilte mit. Sie gab bekannt", "separable cue at the end of the text"),
        // A verb-final cue with nothing before it.
        ("tr", "dedi.", "verb-final cue alone"),
        // A verb-initial cue followed only by a complementizer.
        ("ar", "وقال إن", "verb-initial cue without content"),
    ]

    @Test(arguments: 0..<cases.count)
    func findingStaysFixed(index: Int) throws {
        let (language, text, why) = Self.cases[index]
        let result = sharedPipeline.process(Document(id: "fuzz", text: text, language: Language(language)))
        if case .success(let annotated) = result {
            let problems = OutputInvariants.violations(of: annotated.statements, in: text)
            #expect(problems.isEmpty, "\(why): \(problems)")
        }
    }
}
