
/// The lexicons of every available language, compiled once and shared read-only by all
/// stages and workers.
///
/// A language is compiled when it is first needed (a run over English text never pays
/// for German), or up front for the languages named at `init`, so that a user's faulty
/// overlay is reported before any document is read. `attribute lexicons check` and the
/// tests compile every language.
public struct LexiconSet: Sendable {
    private let sources: [Language: [String: String]]
    private let cache: Cache

    /// Holds the compiled lexicons; compilation happens under its lock, once per language.
    private final class Cache: Sendable {
        let compiled = Locked<[Language: Result<Lexicon, LexiconErrors>]>([:])
        let pool = BreakIteratorPool()
    }

    /// Reads the language folders of `source` and compiles the languages in `compileNow`
    /// (all of them when nil); throws ``LexiconErrors`` listing every problem in those.
    public init(source: LexiconSource = .embedded, compileNow: Set<Language>? = nil) throws {
        var byLanguage: [Language: [String: String]] = [:]
        for (path, text) in source.files {
            let parts = path.split(separator: "/", maxSplits: 1)
            guard parts.count == 2 else { continue }
            byLanguage[Language(String(parts[0])), default: [:]][String(parts[1])] = text
        }
        sources = byLanguage
        cache = Cache()
        var errors: [LexiconError] = []
        for language in languages where compileNow?.contains(language) ?? true {
            if case .failure(let failure) = compiled(language) { errors += failure.errors }
        }
        guard errors.isEmpty else { throw LexiconErrors(errors: errors) }
    }

    /// Every language that has a lexicon folder.
    public var languages: [Language] { sources.keys.sorted() }

    /// Whether the language has a lexicon folder (without compiling it).
    public func contains(_ language: Language) -> Bool { sources[language] != nil }

    /// The lexicon of a language, or nil when it has none (or its files are invalid; a
    /// set built with that language in `compileNow` has thrown already).
    public subscript(language: Language) -> Lexicon? {
        try? compiled(language).get()
    }

    /// The problems that keep a language's lexicon from compiling (empty when it compiles
    /// or has no folder), so that a document in that language can say why it failed.
    public func problems(in language: Language) -> [LexiconError] {
        guard contains(language), case .failure(let failure) = compiled(language) else { return [] }
        return failure.errors
    }

    private func compiled(_ language: Language) -> Result<Lexicon, LexiconErrors> {
        cache.compiled.withLock { compiled in
            if let done = compiled[language] { return done }
            guard let files = sources[language] else {
                return .failure(LexiconErrors(errors: [LexiconError(file: language.rawValue, line: 0, message: "no such language")]))
            }
            var compiler = LexiconCompiler(language: language, files: files, pool: cache.pool)
            let result: Result<Lexicon, LexiconErrors> = compiler.compile().map { .success($0) }
                ?? .failure(LexiconErrors(errors: compiler.errors))
            compiled[language] = result
            return result
        }
    }
}
