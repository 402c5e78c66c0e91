/// The compiled lexicons of every available language, loaded once, validated, and shared
/// read-only by all stages and workers.
public struct LexiconSet: Sendable {
    public let lexicons: [Language: Lexicon]

    /// Compiles every language folder of `source`; throws ``LexiconErrors`` listing every
    /// problem when any file is invalid.
    public init(source: LexiconSource = .embedded) throws {
        let pool = BreakIteratorPool()
        var byLanguage: [Language: [String: String]] = [:]
        for (path, text) in source.files {
            let parts = path.split(separator: "/", maxSplits: 1)
            guard parts.count == 2 else { continue }
            byLanguage[Language(String(parts[0])), default: [:]][String(parts[1])] = text
        }
        var lexicons: [Language: Lexicon] = [:]
        var errors: [LexiconError] = []
        for (language, files) in byLanguage.sorted(by: { $0.key < $1.key }) {
            var compiler = LexiconCompiler(language: language, files: files, pool: pool)
            if let lexicon = compiler.compile() { lexicons[language] = lexicon }
            errors += compiler.errors
        }
        guard errors.isEmpty else { throw LexiconErrors(errors: errors) }
        self.lexicons = lexicons
    }

    public var languages: [Language] { lexicons.keys.sorted() }

    public subscript(language: Language) -> Lexicon? { lexicons[language] }
}
