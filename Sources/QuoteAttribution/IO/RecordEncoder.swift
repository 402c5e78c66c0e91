public import Foundation

/// Encodes output records as JSON Lines: statements, and one error record per failed
/// document (`{"doc_id", "error": {"code", "message", "stage"}}`).
public struct RecordEncoder: Sendable {
    private let encoder: JSONEncoder
    /// Whether a document without statements gets a `{"doc_id", "lang", "statements": 0}`
    /// record, so that every input document has at least one output line.
    public let recordsEmptyDocuments: Bool

    public init(recordsEmptyDocuments: Bool = false) {
        self.recordsEmptyDocuments = recordsEmptyDocuments
        let encoder = JSONEncoder()
        // Sorted keys: the same input gives byte-identical output (Linux's encoder
        // otherwise follows dictionary order, which changes between runs).
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.encoder = encoder
    }

    private struct ErrorRecord: Encodable {
        struct Details: Encodable {
            var code: String
            var message: String
            var stage: String
        }
        var docID: String
        var error: Details
        enum CodingKeys: String, CodingKey { case docID = "doc_id", error }
    }

    private struct EmptyDocumentRecord: Encodable {
        var docID: String
        var lang: String
        var statements = 0
        enum CodingKeys: String, CodingKey { case docID = "doc_id", lang, statements }
    }

    /// One JSON line (with its newline) for each statement of a result, or one error line.
    public func lines(for result: DocumentResult) -> Data {
        var data = Data()
        switch result {
        case .success(let annotated) where annotated.statements.isEmpty && recordsEmptyDocuments:
            let record = EmptyDocumentRecord(docID: annotated.document.id, lang: annotated.document[NormalizedTextKey.self]?.language.rawValue ?? "und")
            data.append((try? encoder.encode(record)) ?? Data())
            data.append(0x0A)
        case .success(let annotated):
            var writer = JSONWriter(capacity: 1024 * annotated.statements.count)
            for statement in annotated.statements {
                statement.write(to: &writer)
                writer.newline()
            }
            data.append(contentsOf: writer.bytes)
        case .failure(let failure):
            data.append(errorLine(failure))
        }
        return data
    }

    public func errorLine(_ failure: DocumentFailure) -> Data {
        let record = ErrorRecord(docID: failure.documentID, error: .init(code: failure.code.rawValue, message: failure.message, stage: failure.stage.rawValue))
        var data = (try? encoder.encode(record)) ?? Data()
        data.append(0x0A)
        return data
    }
}
