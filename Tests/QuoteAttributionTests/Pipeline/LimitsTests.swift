import Testing
@testable import QuoteAttribution

/// The carry-over limit at its boundary (the scanner's limits are tested in
/// QuotationScannerTests, the document size in NormalizerTests).
@Suite struct LimitsTests {
    func statements(_ text: String, carryOver: Int) throws -> [AttributedStatement] {
        var configuration = sharedConfiguration
        configuration.limits.maximumCarryOverParagraphs = carryOver
        return try Pipeline(configuration: configuration).process(Document(id: "l", text: text, language: .english)).get().statements
    }

    @Test func carryOverReachesExactlyTheLimit() throws {
        let text = "Anna Berg said: “We will win this time.”\n\n“The team has worked hard for years, and it shows in every match.”"
        let within = try statements(text, carryOver: 1)
        #expect(within.last?.speaker?.name == "Anna Berg")
        #expect(within.last?.rule == .carryOver)
        let beyond = try statements(text, carryOver: 0)
        #expect(beyond.last?.rule == .unattributed)
        #expect(beyond.last?.speaker == nil)
    }
}
