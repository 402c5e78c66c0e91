import Testing
@testable import QuoteAttribution

/// Right-to-left text: offsets stay in logical order, and bidi control characters
/// (RLM, embeddings) inside or between words do not break tokens or statements.
@Suite struct RightToLeftTests {
    @Test func bidiControlsDoNotBreakArabicStatements() throws {
        let plain = "وقال الوزير سامر الخطيب إن الاتفاق مهم جدا للبلدين."
        let marked = "\u{200F}وقال الوزير\u{200F} سامر الخ\u{200F}طيب إن \u{202B}الاتفاق مهم جدا\u{202C} للبلدين."
        for text in [plain, marked] {
            let statements = try annotate(text, language: Language("ar")).statements
            #expect(statements.count == 1, "\(text.debugDescription)")
            #expect(OutputInvariants.violations(of: statements, in: text).isEmpty)
            let content = try #require(statements.first?.content)
            // Logical order: the content starts after the speaker and runs to the end.
            #expect(content.start > (statements.first?.speaker?.mention?.end ?? .max))
            #expect(content.text.hasSuffix("للبلدين"))
        }
        let name = try annotate(marked, language: Language("ar")).statements.first?.speaker?.name ?? ""
        #expect(name.unicodeScalars.filter { $0 != "\u{200F}" }.map(String.init).joined() == "سامر الخطيب")
    }
}
