import Foundation
import QuoteAttribution
import Testing

/// The acceptance table of the seed article (the article the project started from):
/// twelve statements, each with its kind, cue, speaker, role, affiliation and stance.
@Suite struct SeedArticleTests {
    struct Row: Sendable {
        var kind: StatementKind
        var cue: String
        var speaker: String
        var mention: String
        var roleContains: String?
        var affiliation: String?
        var anonymous: Bool
        var stance: StanceLabel
        var addressee: String?
    }

    static let table: [Row] = [
        Row(kind: .indirect, cue: "say", speaker: "Sources", mention: "Sources", roleContains: nil, affiliation: nil, anonymous: true, stance: .neutral),
        Row(kind: .indirect, cue: "according to", speaker: "the document", mention: "the document", roleContains: nil, affiliation: nil, anonymous: false, stance: .neutral),
        Row(kind: .indirect, cue: "said", speaker: "Kairat Abdrakhmanov", mention: "Kairat Abdrakhmanov", roleContains: "Minister of Foreign Affairs", affiliation: "Kazakhstan", anonymous: false, stance: .support),
        Row(kind: .indirect, cue: "added", speaker: "Kairat Abdrakhmanov", mention: "He", roleContains: "Minister of Foreign Affairs", affiliation: "Kazakhstan", anonymous: false, stance: .support),
        Row(kind: .indirect, cue: "said", speaker: "Bashar al-Jaafari", mention: "al-Jaafari", roleContains: "head of the delegation", affiliation: "Syria", anonymous: false, stance: .support),
        Row(kind: .mixed, cue: "added", speaker: "Bashar al-Jaafari", mention: "He", roleContains: "head of the delegation", affiliation: "Syria", anonymous: false, stance: .support),
        Row(kind: .indirect, cue: "told", speaker: "Alexander Lavrentyev", mention: "Alexander Lavrentyev", roleContains: "head of the Russian delegation to Astana meeting", affiliation: "Russia", anonymous: false, stance: .support, addressee: "reporters"),
        Row(kind: .indirect, cue: "stressed", speaker: "Alexander Lavrentyev", mention: "Lavrentyev", roleContains: "head of the Russian delegation", affiliation: "Russia", anonymous: false, stance: .neutral),
        Row(kind: .indirect, cue: "noted", speaker: "Alexander Lavrentyev", mention: "He", roleContains: "head of the Russian delegation", affiliation: "Russia", anonymous: false, stance: .neutral),
        Row(kind: .indirect, cue: "said", speaker: "Alexander Lavrentyev", mention: "Lavrentyev", roleContains: "head of the Russian delegation", affiliation: "Russia", anonymous: false, stance: .oppose),
        Row(kind: .indirect, cue: "stated", speaker: "Iran", mention: "Iran", roleContains: nil, affiliation: "Iran", anonymous: false, stance: .support),
        Row(kind: .direct, cue: "told", speaker: "an Iranian Foreign Ministry official", mention: "an Iranian Foreign Ministry official", roleContains: "official", affiliation: "Iran", anonymous: true, stance: .support, addressee: "RIA Novosti"),
    ]

    @Test func seedArticleGivesItsTwelveStatements() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("fixtures/en/astana-memorandum.txt"), encoding: .utf8)
        let statements = try FixtureGoldenTests.pipeline.process(Document(id: "seed", text: text)).get().statements
        try #require(statements.count == Self.table.count, "got \(statements.map(\.content.text))")
        for (index, (row, statement)) in zip(Self.table, statements).enumerated() {
            let speaker = try #require(statement.speaker, "statement \(index + 1) has no speaker")
            #expect(statement.kind == row.kind, "statement \(index + 1)")
            #expect(statement.cue?.text == row.cue, "statement \(index + 1)")
            #expect(speaker.name == row.speaker, "statement \(index + 1)")
            #expect(speaker.mention?.text == row.mention, "statement \(index + 1)")
            if let role = row.roleContains { #expect(speaker.role?.contains(role) == true, "statement \(index + 1): role \(speaker.role ?? "nil")") }
            #expect(speaker.affiliation == row.affiliation, "statement \(index + 1)")
            #expect(speaker.anonymous == row.anonymous, "statement \(index + 1)")
            #expect(statement.stance.label == row.stance, "statement \(index + 1): evidence \(statement.stance.evidence)")
            if let addressee = row.addressee { #expect(statement.addressee == addressee, "statement \(index + 1)") }
            #expect(statement.language == .english)
        }
    }
}
