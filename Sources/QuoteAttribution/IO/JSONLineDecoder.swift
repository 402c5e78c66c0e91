import Foundation

/// Decodes one line of a JSONL corpus: `{"id": …, "text": …, "lang": …}`. Extra fields
/// are ignored; `id` may be a string or a number; without an `id`, the line's location
/// names the document.
public struct JSONLineDecoder: Sendable {
    public init() {}

    private struct Line: Decodable {
        var id: String?
        var text: String?
        var lang: String?

        enum CodingKeys: String, CodingKey { case id, text, lang }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let string = try? container.decodeIfPresent(String.self, forKey: .id) {
                id = string
            } else if let number = try? container.decodeIfPresent(Int.self, forKey: .id) {
                id = String(number)
            } else if container.contains(.id), try container.decodeNil(forKey: .id) == false {
                throw DecodingError.typeMismatch(String.self, .init(codingPath: [CodingKeys.id], debugDescription: "\"id\" must be a string or a number"))
            }
            if container.contains(.text), try container.decodeNil(forKey: .text) == false {
                guard let text = try? container.decode(String.self, forKey: .text) else {
                    throw DecodingError.typeMismatch(String.self, .init(codingPath: [CodingKeys.text], debugDescription: "\"text\" must be a string"))
                }
                self.text = text
            }
            lang = try? container.decodeIfPresent(String.self, forKey: .lang)
        }
    }

    /// Decodes `bytes` (one line, without its newline). `location` ("corpus.jsonl:17")
    /// names the document in errors and when it has no id.
    public func decode(_ bytes: some Collection<UInt8>, location: String, defaultLanguage: Language? = nil) -> InputDocument {
        guard let string = String(validating: bytes, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(Array(bytes)) ?? 0
            return .failure(DocumentFailure(documentID: location, code: .invalidUTF8, message: "\(location): invalid UTF-8 at byte \(offset) of the line"))
        }
        let line: Line
        do {
            line = try JSONDecoder().decode(Line.self, from: Data(string.utf8))
        } catch let DecodingError.typeMismatch(_, context) {
            return .failure(DocumentFailure(documentID: location, code: .malformedJSON, message: "\(location): \(context.debugDescription)"))
        } catch {
            return .failure(DocumentFailure(documentID: location, code: .malformedJSON, message: "\(location): not a JSON object: \(Self.describe(error))"))
        }
        let id = line.id ?? location
        guard let text = line.text else {
            return .failure(DocumentFailure(documentID: id, code: .missingField, message: "\(location): no \"text\" field"))
        }
        return .success(Document(id: id, text: text, language: line.lang.map { Language(rawValue: $0) } ?? defaultLanguage))
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        return "\(error)"
    }

    /// The offset of the first byte that breaks UTF-8, for error messages.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += String(scalar).utf8.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
