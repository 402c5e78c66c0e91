/// An error in how a pipeline is put together or used (not a problem with a document).
public struct PipelineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, extensible error code.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let missingPrerequisite = Code(rawValue: "missing_prerequisite")
        public static let duplicateStage = Code(rawValue: "duplicate_stage")
        public static let unknownStage = Code(rawValue: "unknown_stage")
        public static let layerAlreadyPresent = Code(rawValue: "layer_already_present")
        public static let missingLayer = Code(rawValue: "missing_layer")
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
