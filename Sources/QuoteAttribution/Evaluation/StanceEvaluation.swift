/// Scores the stance classifier on sentences labelled with the sentiment toward one
/// target mention (NewsMTSC): the classifier judges the sentence, and its label is
/// compared with the gold one. Reports accuracy and macro-F1 over the three labels.
public struct StanceEvaluation: Sendable {
    /// Which part of a stance file to score. `heldOut` is a fixed fifth of the sentences
    /// (by a hash of their id) that is never looked at while writing lexicons.
    public enum Split: String, Sendable, CaseIterable {
        case all, heldOut = "heldout", development
    }

    public struct Result: Sendable, Hashable, Codable {
        public var sentences = 0
        public var correct = 0
        /// confusion[gold][predicted]
        public var confusion: [String: [String: Int]] = [:]

        public var accuracy: Double { sentences == 0 ? 0 : Double(correct) / Double(sentences) }

        public func f1(of label: StanceLabel) -> Double {
            let truePositive = Double(confusion[label.rawValue]?[label.rawValue] ?? 0)
            let predicted = Double(confusion.values.reduce(0) { $0 + ($1[label.rawValue] ?? 0) })
            let actual = Double(confusion[label.rawValue]?.values.reduce(0, +) ?? 0)
            let precision = predicted == 0 ? 0 : truePositive / predicted
            let recall = actual == 0 ? 0 : truePositive / actual
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }

        public var macroF1: Double { StanceLabel.allCases.map(f1(of:)).reduce(0, +) / Double(StanceLabel.allCases.count) }
    }

    let pipeline: Pipeline
    let classifier: StanceClassifier
    let lexicons: LexiconSet

    public init(pipeline: Pipeline, lexicons: LexiconSet) {
        self.pipeline = pipeline
        self.classifier = StanceClassifier(lexicons: lexicons)
        self.lexicons = lexicons
    }

    public static func isHeldOut(_ id: String) -> Bool {
        // FNV-1a: stable across runs and platforms, unlike Swift's seeded Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash % 5 == 0
    }

    public func evaluate(_ sentences: [GoldStanceSentence], split: Split) -> Result {
        var result = Result()
        for sentence in sentences {
            switch split {
            case .all: break
            case .heldOut where !Self.isHeldOut(sentence.id): continue
            case .development where Self.isHeldOut(sentence.id): continue
            default: break
            }
            guard let predicted = judge(sentence) else { continue }
            result.sentences += 1
            if predicted == sentence.stance { result.correct += 1 }
            result.confusion[sentence.stance.rawValue, default: [:]][predicted.rawValue, default: 0] += 1
        }
        return result
    }

    /// The classifier's label for one sentence.
    public func judge(_ sentence: GoldStanceSentence) -> StanceLabel? {
        let document = Document(id: sentence.id, text: sentence.text, language: sentence.language)
        guard case .success(let annotated) = pipeline.process(document),
              let normalized = annotated.document[NormalizedTextKey.self],
              let layer = annotated.document[TokensKey.self],
              let lexicon = lexicons[normalized.language] else { return nil }
        let view = LexicalView(layer: layer, lexicon: lexicon)
        let mentions = NamedMentionIndex(annotated.document[MentionsKey.self]?.mentions ?? [])
        let target = normalized.normalizedSpan(ofCallerSpan: sentence.target)
        // "Trump said the deal was a disaster": what the target says is the target's
        // stance toward something else, not the writer's toward the target.
        let spokenByTarget = annotated.statements.compactMap { statement -> TextSpan? in
            guard let mention = statement.speaker?.mention,
                  TextSpan(start: mention.start, end: mention.end).overlaps(sentence.target) else { return nil }
            return normalized.normalizedSpan(ofCallerSpan: TextSpan(start: statement.content.start, end: statement.content.end))
        }
        return classifier.judge(0..<layer.tokens.count, cue: nil, view: view, normalized: normalized, mentions: mentions,
                                toward: target, ignoring: spokenByTarget).label
    }
}
