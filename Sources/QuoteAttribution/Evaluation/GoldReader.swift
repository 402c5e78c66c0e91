import Foundation

/// Reads gold annotations: a shared-format JSONL file, a stance JSONL file, or a
/// fixtures folder (`<slug>.txt` + `<slug>.gold.json`, searched recursively).
public enum GoldReader {
    public enum Contents: Sendable {
        case statements([GoldDocument])
        case stance([GoldStanceSentence])
    }

    public struct ReadError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func read(_ path: String) throws -> Contents {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(description: "\(path): no such file or directory")
        }
        if isDirectory.boolValue { return .statements(try readFixtures(path)) }
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(description: "\(path): cannot be read") }
        if path.hasSuffix(".gold.json") {
            let text = try String(contentsOfFile: String(path.dropLast(".gold.json".count)) + ".txt", encoding: .utf8)
            return .statements([try fixture(data, text: text, path: path)])
        }
        var documents: [GoldDocument] = []
        var sentences: [GoldStanceSentence] = []
        for (number, line) in data.split(separator: 0x0A).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw ReadError(description: "\(path):\(number + 1): not a JSON object")
            }
            if object["stance"] != nil, object["quotes"] == nil {
                sentences.append(try stanceSentence(object, location: "\(path):\(number + 1)"))
            } else {
                documents.append(try sharedDocument(object, location: "\(path):\(number + 1)"))
            }
        }
        return sentences.isEmpty ? .statements(documents) : .stance(sentences)
    }

    private static func span(_ object: [String: Any], _ start: String, _ end: String) -> TextSpan? {
        guard let s = object[start] as? Int, let e = object[end] as? Int, s <= e else { return nil }
        return TextSpan(start: s, end: e)
    }

    static func sharedDocument(_ object: [String: Any], location: String) throws -> GoldDocument {
        guard let text = object["text"] as? String else { throw ReadError(description: "\(location): no \"text\"") }
        let id = (object["id"] as? String) ?? location
        var statements: [GoldStatement] = []
        for quote in object["quotes"] as? [[String: Any]] ?? [] {
            guard let content = span(quote, "start", "end") else { continue }
            statements.append(GoldStatement(
                kind: StatementKind(rawValue: quote["kind"] as? String ?? "") ?? .indirect, content: content,
                cue: span(quote, "cue_start", "cue_end"), speakerSpan: span(quote, "speaker_start", "speaker_end"),
                speakerText: quote["speaker"] as? String))
        }
        return GoldDocument(id: id, language: Language(rawValue: object["lang"] as? String ?? "und"), text: text, statements: statements)
    }

    static func stanceSentence(_ object: [String: Any], location: String) throws -> GoldStanceSentence {
        guard let text = object["text"] as? String, let target = span(object, "target_start", "target_end"),
              let stance = object["stance"] as? String else { throw ReadError(description: "\(location): needs text, target_start, target_end and stance") }
        let label: StanceLabel = switch stance {
        case "positive", "support": .support
        case "negative", "oppose": .oppose
        default: .neutral
        }
        return GoldStanceSentence(id: object["id"] as? String ?? location, language: Language(rawValue: object["lang"] as? String ?? "en"),
                                  text: text, target: target, stance: label)
    }

    static func readFixtures(_ directory: String) throws -> [GoldDocument] {
        var documents: [GoldDocument] = []
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var goldFiles: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".gold.json") { goldFiles.append(relative) }
        }
        for relative in goldFiles.sorted() {
            let path = (directory as NSString).appendingPathComponent(relative)
            let textPath = String(path.dropLast(".gold.json".count)) + ".txt"
            guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(description: "\(path): cannot be read") }
            guard let text = try? String(contentsOfFile: textPath, encoding: .utf8) else {
                throw ReadError(description: "\(path): its article \(textPath) is missing")
            }
            documents.append(try fixture(data, text: text, path: path))
        }
        return documents
    }

    /// A fixture gold file (see fixtures/README.md).
    static func fixture(_ data: Data, text: String, path: String) throws -> GoldDocument {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ReadError(description: "\(path): not a JSON object")
        }
        func excerpt(_ value: Any?) -> TextSpan? {
            guard let value = value as? [String: Any] else { return nil }
            return span(value, "start", "end")
        }
        var statements: [GoldStatement] = []
        for (index, item) in (object["statements"] as? [[String: Any]] ?? []).enumerated() {
            guard let content = excerpt(item["content"]) else { throw ReadError(description: "\(path): statement \(index + 1) has no content span") }
            let speaker = item["speaker"] as? [String: Any]
            statements.append(GoldStatement(
                kind: StatementKind(rawValue: item["kind"] as? String ?? "") ?? .indirect, content: content,
                cue: excerpt(item["cue"]), speakerSpan: excerpt(speaker), speakerText: speaker?["text"] as? String,
                speakerName: speaker?["name"] as? String, role: speaker?["role"] as? String,
                affiliation: speaker?["affiliation"] as? String,
                stance: (item["stance"] as? String).flatMap(StanceLabel.init(rawValue:))))
        }
        let notStatements = (object["not_statements"] as? [Any] ?? []).compactMap(excerpt)
        return GoldDocument(id: object["id"] as? String ?? path, language: Language(rawValue: object["lang"] as? String ?? "und"),
                            text: text, statements: statements, notStatements: notStatements)
    }
}
