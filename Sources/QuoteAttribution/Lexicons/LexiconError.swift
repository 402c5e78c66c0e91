/// A problem in a lexicon file, located like a compiler diagnostic.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, relative to the lexicon root ("en/cues.tsv").
    public let file: String
    /// 1-based line number, or 0 for the file as a whole.
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// Every problem found while loading lexicons; loading fails when there is any.
public struct LexiconErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [LexiconError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
