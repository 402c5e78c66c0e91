/// A readable account of what each stage added to a document: the basis of
/// `attribute explain`. Built from the snapshots a ``SnapshotRecorder`` took, so it
/// shows exactly what each stage saw and left.
public struct Explanation: Sendable {
    public struct Section: Sendable, Codable {
        public var stage: String
        public var milliseconds: Double
        public var lines: [String]
    }

    public var documentID: String
    public var sections: [Section]

    public init(documentID: String, snapshots: [(stage: StageID, document: Document, duration: Duration)]) {
        self.documentID = documentID
        sections = snapshots.map { snapshot in
            let seconds = Double(snapshot.duration.components.seconds) + Double(snapshot.duration.components.attoseconds) / 1e18
            return Section(stage: snapshot.stage.rawValue, milliseconds: (seconds * 100_000).rounded() / 100,
                           lines: Self.describe(snapshot.stage, snapshot.document))
        }
    }

    /// Text for a terminal: one block per stage.
    public var text: String {
        sections.map { section in
            (["stage \(section.stage)  doc \(documentID)  \(section.milliseconds) ms"] + section.lines.map { "  " + $0 })
                .joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func describe(_ stage: StageID, _ document: Document) -> [String] {
        guard let normalized = document[NormalizedTextKey.self] else { return ["(no normalized text)"] }
        let renderer = SpanRenderer(normalized: normalized, layer: document[TokensKey.self])
        switch stage {
        case .normalize:
            return [
                "language \(normalized.language) (\(normalized.languageEvidence)), script \(normalized.script)",
                "\(normalized.callerScalarCount) characters; NFC \(normalized.origins == nil ? "unchanged" : "changed the text (offsets are mapped back)")",
            ]
        case .tokenize:
            guard let layer = document[TokensKey.self] else { return [] }
            var lines = ["\(layer.tokens.count) tokens, \(layer.sentences.count) sentences, \(layer.paragraphs.count) paragraphs"]
            for (index, paragraph) in layer.paragraphs.enumerated() {
                let kind = paragraph.isHeading ? "heading" : "\(paragraph.sentences.count) sentence\(paragraph.sentences.count == 1 ? "" : "s")"
                lines.append("¶\(index) \(kind): \(renderer.excerpt(paragraph.span, limit: 70))")
                if paragraph.sentences.count > 1 {
                    for sentence in paragraph.sentences { lines.append("    s\(sentence) \(renderer.excerpt(layer.sentences[sentence].span, limit: 60))") }
                }
            }
            return lines
        case .detectQuotes:
            guard let layer = document[QuotesKey.self] else { return [] }
            var lines: [String] = []
            for (index, quote) in layer.quotes.enumerated() {
                lines.append("[\(index)] \(quote.kind.rawValue) rule=\(quote.rule) cue=\(quote.cue.map { "'\($0.text)' (\($0.lemma), \($0.reportingStance.rawValue))" } ?? "none")")
                lines.append("    content \(quote.content): \(renderer.excerpt(quote.content, limit: 90))")
                if let source = quote.sourceTokens, let tokens = renderer.layer {
                    lines.append("    speaker phrase: \(renderer.excerpt(tokens.span(of: source), limit: 80))")
                }
                if let apposition = quote.appositionTokens, let tokens = renderer.layer {
                    lines.append("    apposition: \(renderer.excerpt(tokens.span(of: apposition), limit: 80))")
                }
                if let addressee = quote.addresseeTokens, let tokens = renderer.layer {
                    lines.append("    addressee: \(renderer.excerpt(tokens.span(of: addressee), limit: 40))")
                }
                if let continues = quote.continues { lines.append("    continues the speaker of [\(continues)]") }
                for fragment in quote.quotedFragments { lines.append("    quoted fragment: \(renderer.excerpt(fragment, limit: 60))") }
                for warning in quote.warnings { lines.append("    warning: \(warning)") }
                if let cue = quote.cue { lines += renderer.underline(cue.span, label: "cue") }
            }
            for ignored in layer.ignored {
                lines.append("ignored \(ignored.span): \(renderer.excerpt(ignored.span, limit: 60)) — \(ignored.reason)")
            }
            return lines.isEmpty ? ["no statements"] : lines
        case .findMentions:
            guard let layer = document[MentionsKey.self] else { return [] }
            return layer.mentions.enumerated().map { index, mention in
                var line = "M\(index) \(mention.form.rawValue)/\(mention.type.rawValue) '\(mention.text)'"
                if let name = mention.name, mention.form == .name { line += " name='\(name)'" }
                if let role = mention.role { line += " role='\(role)' (\(mention.roleSource ?? "?"))" }
                if let affiliation = mention.affiliation { line += " affiliation=\(affiliation)" }
                if mention.anonymous { line += " anonymous" }
                if mention.form == .pronoun { line += " gender=\(mention.gender.rawValue) number=\(mention.number.rawValue)" }
                if let quote = mention.quote { line += " ← speaker phrase of [\(quote)]" }
                return line
            }
        case .resolveSpeakers:
            guard let layer = document[SpeakersKey.self] else { return [] }
            let mentions = document[MentionsKey.self]?.mentions ?? []
            var lines = layer.entities.map { entity in
                "\(entity.id) \(entity.type.rawValue) '\(entity.name)' role=\(entity.role ?? "—") affiliation=\(entity.affiliation ?? "—")\(entity.anonymous ? " anonymous" : "") gender=\(entity.gender.rawValue) mentions=\(entity.mentions.map { "M\($0)" }.joined(separator: ","))"
            }
            let quotes = document[QuotesKey.self]?.quotes ?? []
            for attribution in layer.attributions {
                let entity = attribution.entity.map { layer.entities[$0] }
                lines.append("[\(attribution.quote)] speaker \(entity.map { "\($0.id) \($0.name)" } ?? "unknown")  resolved_by=\(attribution.resolvedBy.rawValue)  confidence=\(attribution.confidence)")
                if let mentionIndex = attribution.mention, mentionIndex < mentions.count, attribution.quote < quotes.count,
                   let cue = quotes[attribution.quote].cue {
                    lines += renderer.underline(mentions[mentionIndex].span, label: "mention", and: cue.span, label: "cue")
                }
            }
            return lines
        case .classifyStance:
            guard let judgements = document[StanceKey.self] else { return [] }
            let quotes = document[QuotesKey.self]?.quotes ?? []
            var lines: [String] = []
            for (index, judgement) in judgements.enumerated() {
                lines.append("[\(index)] \(judgement.label.rawValue) \(judgement.score)  target=\(judgement.target.map { "'\($0)'" } ?? "none")  reporting=\(judgement.reportingStance.rawValue)")
                for evidence in judgement.evidence {
                    lines.append("    \(evidence.score > 0 ? "+" : "")\(evidence.score) '\(evidence.text)'\(evidence.modifiers.isEmpty ? "" : " (" + evidence.modifiers.joined(separator: ", ") + ")")")
                }
                if index < quotes.count {
                    lines += renderer.marked(quotes[index].content, judgement: judgement)
                }
            }
            return lines
        default:
            return document.layerOrder.map { "layer \($0.name)" }
        }
    }
}

/// Renders spans of a document for the terminal: excerpts, and compiler-style
/// underlines of spans in their line.
struct SpanRenderer {
    let normalized: NormalizedText
    let layer: TokenLayer?

    func excerpt(_ span: TextSpan, limit: Int) -> String {
        let text = normalized.text(of: span).replacingNewlines()
        guard text.count > limit else { return "“\(text)”" }
        return "“\(text.prefix(limit / 2 - 1))…\(text.suffix(limit / 2 - 1))”"
    }

    /// A statement's content in lines of at most 100 characters, each with a line of
    /// marks under it: `^` evidence, `~` a negation scope (negator to negated word), `=`
    /// the target.
    func marked(_ content: TextSpan, judgement: StanceJudgement) -> [String] {
        guard content.start < content.end else { return [] }
        var marks = [Character](repeating: " ", count: content.end - content.start)
        func mark(_ span: TextSpan, _ character: Character, over: Bool) {
            for offset in max(span.start, content.start)..<min(span.end, content.end) where over || marks[offset - content.start] == " " {
                marks[offset - content.start] = character
            }
        }
        if let target = judgement.targetSpan { mark(target, "=", over: true) }
        for evidence in judgement.evidence {
            if let negator = evidence.negator {
                mark(TextSpan(start: min(negator.start, evidence.span.start), end: max(negator.end, evidence.span.end)), "~", over: false)
            }
        }
        for evidence in judgement.evidence where evidence.modifiers != ["cue"] { mark(evidence.span, "^", over: true) }
        guard marks.contains(where: { $0 != " " }) else { return [] }
        let text = Array(normalized.text(of: content).replacingNewlines())
        guard text.count == marks.count else { return [] }  // one character per scalar only
        var lines: [String] = []
        var start = 0
        while start < text.count {
            let end = min(text.count, start + 100)
            lines.append("      " + String(text[start..<end]))
            let under = String(marks[start..<end]).trimmingTrailingSpaces()
            if !under.isEmpty { lines.append("      " + under) }
            start = end
        }
        lines.append("      ^ evidence  ~ negation scope  = target")
        return lines
    }

    func underline(_ span: TextSpan, label: String) -> [String] {
        underline(span, label: label, and: nil, label: "")
    }

    /// The sentence around two spans with carets under each.
    func underline(_ first: TextSpan, label firstLabel: String, and second: TextSpan?, label secondLabel: String) -> [String] {
        let spans = [first] + (second.map { [$0] } ?? [])
        let start = max(0, spans.map(\.start).min()! - 20)
        let end = min(normalized.scalars.count, spans.map(\.end).max()! + 20)
        guard end - start <= 240 else { return [] }
        let line = normalized.text(of: TextSpan(start: start, end: end)).replacingNewlines()
        var marks = Array(repeating: Character(" "), count: end - start)
        for span in spans { for offset in span.start..<span.end where offset - start < marks.count { marks[offset - start] = "^" } }
        var labels = "    " + String(marks).trimmingTrailingSpaces() + " " + firstLabel
        if second != nil { labels += " / " + secondLabel }
        return ["    …" + line + "…", " " + labels]
    }
}

extension String {
    func replacingNewlines() -> String { String(map { $0.isNewline ? " " : $0 }) }
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
