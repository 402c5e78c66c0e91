/// A half-open range `[start, end)` of Unicode scalar offsets.
///
/// In output records the offsets index the text the caller gave (the same numbers as
/// Python `str` indices). Inside the pipeline, layers index the NFC-normalised text;
/// ``NormalizedText/callerSpan(_:)`` converts at the edge.
public struct TextSpan: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextSpan start \(start) is after its end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    /// The number of scalars both spans cover.
    public func overlapLength(with other: TextSpan) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "[\(start), \(end))" }
}
