import Foundation
import Testing
@testable import QuoteAttribution

/// Adversarial shapes must take time linear in their size. Each shape is processed at a
/// base size and at ten times that size, and the ratio of the times is asserted, never
/// an absolute time: linear work gives about 10, quadratic work about 100, so 30 leaves
/// room for a noisy machine. (scripts/worst-case runs the full sizes of the issue, 1 MB
/// and 5 MB, through the release binary.)
@Suite(.serialized) struct WorstCaseTimeTests {
    /// The shapes, as functions of a repetition count.
    static let shapes: [(name: String, make: @Sendable (Int) -> String)] = [
        ("alternating quote marks", { String(repeating: "\"“", count: $0) }),
        ("nested quotes", { String(repeating: "“‘«„", count: $0 / 4) + "deep" + String(repeating: "“’»”", count: $0 / 4) }),
        ("a paragraph with no sentence end", { String(repeating: "the minister said that prices rise, ", count: $0 / 18) }),
        ("cue verbs in a row", { String(repeating: "said ", count: $0 / 2) }),
        ("only pronouns", { String(repeating: "he she they it ", count: $0 / 8) }),
        ("every script in one line", { String(repeating: "Anna said «да» قال 表示「好」と述べた 안녕 שלום नमस्ते ไทย ", count: $0 / 40) }),
        ("coordinated cues in one sentence", { String(repeating: "Wilson praised the plan and said ", count: $0 / 16) }),
    ]

    static func seconds(_ text: String) throws -> Double {
        var best = Double.infinity
        for _ in 0..<2 {
            let start = ContinuousClock.now
            let result = sharedPipeline.process(Document(id: "w", text: text, language: .english))
            let elapsed = ContinuousClock.now - start
            if case .success(let annotated) = result {
                #expect(OutputInvariants.violations(of: annotated.statements, in: text).isEmpty)
            }
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    @Test(arguments: 0..<7)
    func timeGrowsLinearly(shape: Int) throws {
        let (name, make) = Self.shapes[shape]
        let small = make(4_000)
        let large = make(40_000)
        let ratio = try Self.seconds(large) / max(Self.seconds(small), 1e-4)
        #expect(ratio < 30, "\(name): 10× the input took \(ratio)× the time")
    }

    @Test func unclosedQuoteIsClosedAtTheParagraphEndWithAWarning() throws {
        let text = "Anna Berg said: “we will never give up on this town\n\nThe council met on Monday."
        let statements = try annotate(text).statements
        #expect(statements.first?.warnings?.isEmpty == false, "\(statements)")
    }
}
