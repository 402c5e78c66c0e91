/// One word, number or punctuation mark, from ICU's word break iterator. Whitespace is
/// not a token; ``spaceBefore`` remembers it.
///
/// A token holds no string (its text is ``TokenLayer/texts``, its look-up key
/// ``TokenLayer/foldedWords``): the phrase finders copy tokens all the time, and a
/// trivial struct is copied without reference counting.
public struct Token: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case word, number, punctuation, quoteMark = "quote_mark", dash, ideographic, kana, symbol
    }

    /// What a punctuation mark does, read once at tokenization so the phrase finders
    /// compare a byte instead of strings (`none` for words and numbers).
    public enum Mark: UInt8, Sendable, Hashable {
        case none, comma, colon, fullStop, terminal, hyphen, openParenthesis, closeParenthesis, apostrophe, ampersand, other

        /// The mark of a token's scalars; every mark with a role is one scalar.
        init(_ scalars: some Collection<Unicode.Scalar>) {
            guard scalars.count == 1, let scalar = scalars.first else {
                self = .other
                return
            }
            switch scalar {
            case ",", "،", "、", "，": self = .comma
            case ":", "：": self = .colon
            case ".": self = .fullStop
            case "!", "?", "…", "。", "！", "？", "؟", ";", "؛": self = .terminal
            case "-", "‐": self = .hyphen
            case "(": self = .openParenthesis
            case ")": self = .closeParenthesis
            case "'", "’": self = .apostrophe
            case "&": self = .ampersand
            default: self = .other
            }
        }
    }

    public var span: TextSpan
    public var kind: Kind
    /// Whether whitespace (or the start of the text) precedes the token.
    public var spaceBefore: Bool
    /// Whether the token starts with an upper-case letter.
    public var isCapitalized: Bool
    public var sentence: Int
    public var paragraph: Int
    public var mark: Mark = .none

    public var isWordLike: Bool { kind == .word || kind == .number || kind == .ideographic || kind == .kana }
}

/// A sentence from ICU's sentence break iterator (with abbreviation suppressions),
/// never crossing a paragraph.
public struct Sentence: Sendable, Hashable {
    public var span: TextSpan
    public var tokens: Range<Int>
    public var paragraph: Int
}

/// A paragraph: a line of the text. Headings are short lines without final punctuation.
public struct Paragraph: Sendable, Hashable {
    public var span: TextSpan
    public var tokens: Range<Int>
    public var sentences: Range<Int>
    public var isHeading: Bool
}

/// The tokenize stage's layer.
public struct TokenLayer: Sendable {
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var paragraphs: [Paragraph]
    /// Each token's text, as in the normalised text.
    public let texts: [String]
    /// Each token's case-folded text without bidi controls: the key for lexicon look-ups.
    public let foldedWords: [String]
    /// Each token's id in the language's lexicon vocabulary (-1 for words no entry
    /// uses): every lexicon look-up works on these.
    let wordIDs: [Int32]

    init(tokens: [Token], sentences: [Sentence], paragraphs: [Paragraph], texts: [String], foldedWords: [String], wordIDs: [Int32]) {
        precondition(texts.count == tokens.count && foldedWords.count == tokens.count && wordIDs.count == tokens.count,
                     "one text, key and word id per token")
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.texts = texts
        self.foldedWords = foldedWords
        self.wordIDs = wordIDs
    }

    /// The span from the first to the last token of a non-empty range.
    func span(of range: Range<Int>) -> TextSpan {
        TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }

    /// The index of the first token that starts at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

public enum TokensKey: AnnotationKey {
    public typealias Value = TokenLayer
    public static let name = "tokens"
}
