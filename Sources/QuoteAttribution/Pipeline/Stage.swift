public import Logging

/// One step of the attribution pipeline. It reads the layers in ``requires`` and adds the
/// layers in ``provides``; it never edits a layer that another stage added. ``Pipeline``
/// checks the chain when it is built, so a missing prerequisite is a construction error.
///
/// Stages are immutable values with their dependencies (a compiled ``LexiconSet``)
/// injected at `init`; state that spans sentences lives inside one `process` call.
public protocol Stage: Sendable {
    /// Stable: used in CLI flags, traces and error records.
    var id: StageID { get }
    var requires: Set<AnnotationLayer> { get }
    var provides: Set<AnnotationLayer> { get }
    /// Throw for a problem with this document (it becomes a ``DocumentFailure``); trap
    /// only for a broken invariant of the stage itself.
    func process(_ document: inout Document, context: StageContext) throws
}

/// The name of a stage. A struct with static members, not an enum, so that stages
/// outside this package can have identifiers too.
public struct StageID: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// Not a stage: reading the input.
    public static let input = StageID(rawValue: "input")
    public static let normalize = StageID(rawValue: "normalize")
    public static let tokenize = StageID(rawValue: "tokenize")
    public static let detectQuotes = StageID(rawValue: "quotes")
    public static let findMentions = StageID(rawValue: "mentions")
    public static let resolveSpeakers = StageID(rawValue: "speakers")
    public static let classifyStance = StageID(rawValue: "stance")
}

/// What a stage gets besides the document.
public struct StageContext: Sendable {
    /// Logs at `.debug` and `.trace` only; the library never prints.
    public var logger: Logger

    public init(logger: Logger) { self.logger = logger }
}
