import Testing
@testable import QuoteAttribution

/// The standard configuration, compiled once for all tests.
let sharedConfiguration: Configuration = {
    do { return try Configuration.standard() } catch { fatalError("built-in lexicons do not compile: \(error)") }
}()

let sharedPipeline: Pipeline = {
    do { return try Pipeline(configuration: sharedConfiguration) } catch { fatalError("\(error)") }
}()

/// Runs the whole pipeline on an English text and returns the annotated document.
func annotate(_ text: String, language: Language? = .english, id: String = "test") throws -> AnnotatedDocument {
    try sharedPipeline.process(Document(id: id, text: text, language: language)).get()
}

/// The statements of an English text.
func statements(_ text: String) throws -> [AttributedStatement] {
    try annotate(text).statements
}

/// The text of the scalars `[start, end)` of `text` (what an output span must point at).
func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[start..<end]))
}

extension AttributedStatement {
    var speakerName: String? { speaker?.name }
}

/// A pipeline for the made-up language "xx" whose lexicon is `files` ("xx/language.tsv":
/// …), so that a test of a mechanism depends on no real language's data.
func xxPipeline(_ files: [String: String]) throws -> Pipeline {
    var configuration = Configuration(lexicons: try LexiconSet(source: LexiconSource(files: files)))
    configuration.fallbackLanguage = Language("xx")
    return try Pipeline(configuration: configuration)
}

/// The statements of `text` in the made-up language "xx" with the lexicon `files`.
func xxStatements(_ text: String, files: [String: String]) throws -> [AttributedStatement] {
    try xxPipeline(files).process(Document(id: "t", text: text, language: Language("xx"))).get().statements
}
