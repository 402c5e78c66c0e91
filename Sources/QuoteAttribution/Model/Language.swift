/// A language, named by its BCP 47 primary tag ("en", "de", "ar").
///
/// A struct with static members rather than an enum: languages are added by adding a
/// lexicon folder, not by changing code.
public struct Language: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    public init(_ tag: String) { self.init(rawValue: tag) }

    public var description: String { rawValue }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let english = Language("en")
    public static let undetermined = Language("und")
}
