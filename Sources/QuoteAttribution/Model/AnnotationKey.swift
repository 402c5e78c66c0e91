/// A type that names one layer of annotations on a ``Document`` and fixes its value type.
///
/// Keys are types, not strings, so that a stage's requirements are checked when the
/// ``Pipeline`` is built and a misspelt layer name cannot exist.
public protocol AnnotationKey: Sendable {
    associatedtype Value: Sendable
    /// A short stable name for traces and errors ("tokens").
    static var name: String { get }
}

/// A type-erased ``AnnotationKey``, for the `requires` and `provides` sets of a stage.
public struct AnnotationLayer: Hashable, Sendable, CustomStringConvertible {
    let identifier: ObjectIdentifier
    public let name: String

    public init<Key: AnnotationKey>(_ key: Key.Type) {
        identifier = ObjectIdentifier(key)
        name = Key.name
    }

    public static func == (lhs: AnnotationLayer, rhs: AnnotationLayer) -> Bool { lhs.identifier == rhs.identifier }
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }
    public var description: String { name }
}
