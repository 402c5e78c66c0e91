import Foundation
import QuoteAttribution

/// Renders evaluation results for people (aligned tables) and machines (JSON).
enum EvalReport {
    static func percent(_ value: Double?) -> String {
        guard let value else { return "    –" }
        return String(format: "%5.1f", value * 100)
    }

    static func table(total: Scorer.Tally, byLanguage: [String: Scorer.Tally]) -> String {
        var lines = ["lang  docs  gold  pred |  P     R     F1  | exact F1 | speaker resolved  cue   role  affil stance | not-stmt hits"]
        func row(_ name: String, _ t: Scorer.Tally) -> String {
            let head = name.padding(toLength: 4, withPad: " ", startingAt: 0)
            return String(format: "%@ %5d %5d %5d |", head, t.documents, t.gold, t.predicted)
                + " \(percent(t.precision)) \(percent(t.recall)) \(percent(t.f1)) |   \(percent(t.exactF1))  |  "
                + "\(percent(t.speakerAccuracy))   \(percent(t.resolvedSpeakerAccuracy)) \(percent(t.cueAccuracy)) \(percent(t.roleAccuracy)) \(percent(t.affiliationAccuracy)) \(percent(t.stanceAccuracy)) | \(t.notStatementHits)"
        }
        for (language, tally) in byLanguage.sorted(by: { $0.key < $1.key }) { lines.append(row(language, tally)) }
        if byLanguage.count > 1 { lines.append(row("all", total)) }
        lines.append("recall by kind: " + StatementKind.allCases.map { "\($0.rawValue) \(percent(total.recall(of: $0)))" }.joined(separator: ", "))
        if total.nestedGold > 0 {
            lines.append("gold statements nested in another: \(total.nestedGold); unmatched ones found as a quoted fragment: \(total.nestedFoundAsFragment) (not counted above)")
        }
        return lines.joined(separator: "\n")
    }

    static func kindTable(_ total: Scorer.Tally) -> String {
        var lines = ["kind      gold  matched  recall"]
        for kind in StatementKind.allCases {
            let gold = total.goldByKind[kind.rawValue] ?? 0
            let matched = total.matchedByKind[kind.rawValue] ?? 0
            lines.append(String(format: "%-8@ %5d  %7d  ", kind.rawValue, gold, matched) + percent(total.recall(of: kind)))
        }
        return lines.joined(separator: "\n")
    }

    static func json(total: Scorer.Tally, byLanguage: [String: Scorer.Tally]) -> String {
        func summary(_ t: Scorer.Tally) -> [String: Any] {
            var object: [String: Any] = [
                "documents": t.documents, "gold": t.gold, "predicted": t.predicted,
                "precision": t.precision, "recall": t.recall, "f1": t.f1,
                "exact_precision": t.exactPrecision, "exact_recall": t.exactRecall, "exact_f1": t.exactF1,
                "not_statement_hits": t.notStatementHits,
                "nested_gold": t.nestedGold, "nested_found_as_fragment": t.nestedFoundAsFragment,
            ]
            object["speaker_accuracy"] = t.speakerAccuracy
            object["resolved_speaker_accuracy"] = t.resolvedSpeakerAccuracy
            object["cue_accuracy"] = t.cueAccuracy
            object["role_accuracy"] = t.roleAccuracy
            object["affiliation_accuracy"] = t.affiliationAccuracy
            object["stance_accuracy"] = t.stanceAccuracy
            object["recall_by_kind"] = Dictionary(uniqueKeysWithValues: StatementKind.allCases.compactMap { kind in t.recall(of: kind).map { (kind.rawValue, $0) } })
            return object
        }
        let object: [String: Any] = ["all": summary(total), "by_lang": byLanguage.mapValues(summary)]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func table(_ result: StanceEvaluation.Result, split: StanceEvaluation.Split) -> String {
        var lines = ["stance (\(split.rawValue)): \(result.sentences) sentences, accuracy \(percent(result.accuracy)), macro-F1 \(percent(result.macroF1))"]
        lines.append("gold \\ predicted   support  oppose neutral |   F1")
        for gold in StanceLabel.allCases {
            let row = StanceLabel.allCases.map { String(format: "%7d", result.confusion[gold.rawValue]?[$0.rawValue] ?? 0) }.joined(separator: " ")
            lines.append("\(gold.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)) \(row) | \(percent(result.f1(of: gold)))")
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ result: StanceEvaluation.Result) -> String {
        let object: [String: Any] = [
            "sentences": result.sentences, "accuracy": result.accuracy, "macro_f1": result.macroF1,
            "f1": Dictionary(uniqueKeysWithValues: StanceLabel.allCases.map { ($0.rawValue, result.f1(of: $0)) }),
            "confusion": result.confusion,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// A finding with the text around it.
    static func describe(_ finding: Scorer.Finding, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let start = max(0, min(finding.span.start, scalars.count)), end = max(start, min(finding.span.end, scalars.count))
        let context = String(String.UnicodeScalarView(scalars[max(0, start - 60)..<start])) + "[["
            + String(String.UnicodeScalarView(scalars[start..<end])) + "]]"
            + String(String.UnicodeScalarView(scalars[end..<min(scalars.count, end + 60)]))
        return "\(finding.kind.rawValue.uppercased()) \(finding.documentID) \(finding.span): \(finding.detail)\n    \(context.replacingOccurrences(of: "\n", with: " ⏎ "))"
    }
}
