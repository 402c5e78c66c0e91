/// A problem with the document that a stage met; ``Pipeline`` turns it into a
/// ``DocumentFailure`` with the document's id and the stage.
public struct StageError: Error, Hashable, Sendable, CustomStringConvertible {
    public let code: DocumentFailure.Code
    public let message: String

    public init(_ code: DocumentFailure.Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
