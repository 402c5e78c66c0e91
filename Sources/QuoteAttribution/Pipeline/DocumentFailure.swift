/// Why one document could not be processed. A value, not a thrown stream error: one bad
/// document never stops a batch, and it is reported as an error record in the output.
public struct DocumentFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, extensible error code; it reaches users in error records.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let invalidUTF8 = Code(rawValue: "invalid_utf8")
        public static let emptyDocument = Code(rawValue: "empty_document")
        public static let documentTooLarge = Code(rawValue: "document_too_large")
        public static let malformedJSON = Code(rawValue: "malformed_json")
        public static let missingField = Code(rawValue: "missing_field")
        public static let unsupportedLanguage = Code(rawValue: "unsupported_language")
        public static let undeterminedLanguage = Code(rawValue: "undetermined_language")
        public static let unreadableFile = Code(rawValue: "unreadable_file")
        public static let stageFailed = Code(rawValue: "stage_failed")
    }

    /// The document's id; for input that never became a document, a name made from the
    /// file and line ("corpus.jsonl:17").
    public let documentID: String
    public let code: Code
    public let message: String
    /// The stage that failed, or "input" when the document could not be read.
    public let stage: StageID
    /// The file the document came from, if any.
    public var source: String?

    public init(documentID: String, code: Code, message: String, stage: StageID = .input) {
        self.documentID = documentID
        self.code = code
        self.message = message
        self.stage = stage
    }

    public var description: String { "\(documentID): \(message) [\(code), stage \(stage)]" }

    public static func == (lhs: DocumentFailure, rhs: DocumentFailure) -> Bool {
        (lhs.documentID, lhs.code, lhs.message, lhs.stage) == (rhs.documentID, rhs.code, rhs.message, rhs.stage)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(documentID)
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(stage)
    }
}
