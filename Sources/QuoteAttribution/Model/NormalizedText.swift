/// The normalise stage's layer: the NFC text every later stage reads, the way back to
/// the caller's offsets, and the document's language and script.
public struct NormalizedText: Sendable {
    /// The text in NFC. Offsets in every later layer index its scalars.
    public let text: String
    /// The scalars of ``text``, for O(1) access by offset.
    public let scalars: [Unicode.Scalar]
    /// The UTF-8 of ``text`` and, for each scalar offset (plus the end), where its bytes
    /// start: slicing text by scalar offsets is then one copy of bytes.
    private let utf8: [UInt8]
    private let utf8Offsets: [Int32]
    /// For each scalar of ``text``, the caller's scalar offset it came from; `nil` when
    /// the caller's text was already NFC (the offsets are then the same).
    let origins: [Int]?
    /// The number of scalars in the caller's text.
    public let callerScalarCount: Int
    public let language: Language
    public let languageEvidence: LanguageEvidence
    /// ISO 15924 code of the dominant script ("Latn", "Arab").
    public let script: String

    /// ``text`` as UTF-16, with the map to scalar offsets, for ICU.
    let utf16: UTF16Text

    init(text: String, encoded: EncodedText, origins: [Int]?, callerScalarCount: Int, language: Language,
         languageEvidence: LanguageEvidence, script: String) {
        self.text = text
        self.utf16 = encoded.utf16
        self.scalars = encoded.scalars
        self.utf8 = encoded.utf8
        self.utf8Offsets = encoded.utf8Offsets
        self.origins = origins
        self.callerScalarCount = callerScalarCount
        self.language = language
        self.languageEvidence = languageEvidence
        self.script = script
    }

    /// The text of a span of the normalised text.
    public func text(of span: TextSpan) -> String {
        String(decoding: utf8[Int(utf8Offsets[span.start])..<Int(utf8Offsets[span.end])], as: UTF8.self)
    }

    /// The span of the normalised text that covers a span of the caller's text.
    public func normalizedSpan(ofCallerSpan span: TextSpan) -> TextSpan {
        guard let origins else { return span }
        let start = origins.firstIndex { $0 >= span.start } ?? origins.count
        let end = origins.firstIndex { $0 >= span.end } ?? origins.count
        return TextSpan(start: start, end: max(start, end))
    }

    /// The span of the caller's text that a span of the normalised text came from.
    public func callerSpan(_ span: TextSpan) -> TextSpan {
        guard let origins else { return span }
        let start = span.start < origins.count ? origins[span.start] : callerScalarCount
        let end = span.end < origins.count ? origins[span.end] : callerScalarCount
        return TextSpan(start: start, end: max(start, end))
    }
}

/// Where a document's language came from.
public enum LanguageEvidence: Sendable, Hashable, CustomStringConvertible {
    /// The caller (the `lang` field, or `--lang`).
    case declared
    /// CLD2, with its confidence.
    case detected(percent: Int, reliable: Bool)
    /// The whole-document guess was unreliable or unsupported; per-paragraph CLD2 found
    /// this language in `paragraphs` of the `of` paragraphs it could identify.
    case paragraphs(Int, of: Int)

    public var description: String {
        switch self {
        case .declared: "declared"
        case .detected(let percent, let reliable): "detected by CLD2 (\(percent)%\(reliable ? ", reliable" : ", unreliable"))"
        case .paragraphs(let count, let total): "detected by CLD2 per paragraph (\(count) of \(total) paragraphs)"
        }
    }
}

/// The normalise stage's layer key.
public enum NormalizedTextKey: AnnotationKey {
    public typealias Value = NormalizedText
    public static let name = "normalized"
}
