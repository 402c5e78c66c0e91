import Testing
@testable import QuoteAttribution

/// Dirty and adversarial text: the pipeline must not crash, every span must point at
/// the text it names, spans must lie inside the text, and the output must be the same
/// twice. Inputs are generated from a fixed seed, so a failure is reproducible.
@Suite struct HostileInputTests {
    /// A small deterministic generator (SplitMix64), so the inputs are the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that stress the quote scanner, the phrase finders and the offset maps.
    static let pieces = [
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "「", "」", "—", "-", " — ", ":", ",", ".", "\n", "\n\n",
        " said ", " told reporters that ", " according to ", " he ", " She ", "Anna Berg", " al-", "Dr.", "(", ")",
        "e\u{301}", "🎉", "\u{200F}", "\u{202F}", "\u{0}", "\t", "قال", "сказал", "表示", " the minister ", " no ", " not ",
        "https://example.org/a?b=c", "<p>", "&amp;", "###", "…", "  ", "Ⅻ", "\u{FEFF}",
    ]

    static func document(seed: UInt64, length: Int) -> String {
        var generator = Generator(state: seed)
        var text = ""
        for _ in 0..<length { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
        return text
    }

    static func check(_ text: String, language: Language = .english) throws {
        let first = sharedPipeline.process(Document(id: "h", text: text, language: language))
        let second = sharedPipeline.process(Document(id: "h", text: text, language: language))
        switch (first, second) {
        case (.success(let a), .success(let b)):
            #expect(a.statements == b.statements, "not deterministic")
            let problems = OutputInvariants.violations(of: a.statements, in: text)
            #expect(problems.isEmpty, "\(problems)")
        case (.failure(let a), .failure(let b)):
            #expect(a == b)
        default:
            Issue.record("one run failed and the other did not")
        }
    }

    @Test(arguments: 0..<40)
    func generatedDocuments(seed: Int) throws {
        try Self.check(Self.document(seed: UInt64(seed), length: 20 + seed * 10))
    }

    @Test func adversarialShapes() throws {
        let shapes = [
            String(repeating: "\"“", count: 3000),
            String(repeating: "“", count: 2000) + String(repeating: "”", count: 2000),
            String(repeating: "word ", count: 20_000),
            String(repeating: "said ", count: 5000),
            String(repeating: "He said that ", count: 2000) + "it works.",
            String(repeating: "he she they it ", count: 2000),
            "«" + String(repeating: "a ", count: 10_000),
            String(repeating: "— ", count: 3000),
            String(repeating: "قال \"نعم\" ", count: 500) + String(repeating: "表示「好」", count: 500),
        ]
        for shape in shapes { try Self.check(shape) }
    }
}
