/// Bounds on the work the pipeline does for one document, so that hostile input stays
/// linear in time and bounded in memory. Every limit is a setting with a documented
/// default.
public struct Limits: Sendable, Hashable {
    /// Documents longer than this many Unicode scalars are refused with an error record
    /// (default 5,000,000: about a 5 MB article, far beyond any real one).
    public var maximumDocumentScalars: Int = 5_000_000
    /// A direct quote is not carried over more than this many paragraphs before it is
    /// closed with a warning (default 8).
    public var maximumQuoteParagraphs: Int = 8
    /// A quote with no attribution inherits the speaker of a statement at most this many
    /// paragraphs before it (default 1).
    public var maximumCarryOverParagraphs: Int = 1
    /// Quotation marks nested deeper than this are ignored (default 8).
    public var maximumQuoteNesting: Int = 8

    public init() {}
}
