import Foundation
import Testing
@testable import QuoteAttribution

@Suite struct DocumentReaderTests {
    /// A fresh folder with the given files.
    func folder(_ files: [String: [UInt8]]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qa-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        return directory.path
    }

    func describe(_ inputs: [InputDocument]) -> [String] {
        inputs.map {
            switch $0 {
            case .success(let document): "ok \(document.id)"
            case .failure(let failure): "\(failure.code) \(failure.documentID)"
            }
        }
    }

    @Test func jsonlLinesGoodAndBad() throws {
        let lines = [
            #"{"id": "a", "text": "One.", "lang": "en"}"#,
            #"{"id": 7, "text": "Two."}"#,
            #"{"id": "c", "text": "Three."#,
            "",
            #"{"id": "d"}"#,
            #"{"id": "e", "text": 5}"#,
            #"[1, 2]"#,
        ].joined(separator: "\n")
        var bytes = Array(lines.utf8)
        bytes += Array("\n{\"id\": \"f\", \"text\": \"bad ".utf8) + [0xFF, 0xFE] + Array("\"}\n".utf8)
        let path = try folder(["corpus.jsonl": bytes])
        let inputs = Array(DocumentReader(paths: [path]))
        #expect(describe(inputs) == [
            "ok a", "ok 7", "malformed_json \(path)/corpus.jsonl:3", "missing_field d",
            "malformed_json \(path)/corpus.jsonl:6", "malformed_json \(path)/corpus.jsonl:7",
            "invalid_utf8 \(path)/corpus.jsonl:8",
        ])
        if case .failure(let failure) = inputs[2] { #expect(failure.message.hasPrefix("\(path)/corpus.jsonl:3: ")) }
        if case .failure(let failure) = inputs[6] { #expect(failure.message.contains("invalid UTF-8 at byte 25")) }
        if case .success(let document) = inputs[0] { #expect(document.declaredLanguage == .english) }
    }

    @Test func textFilesEmptyFilesAndInvalidUTF8() throws {
        let path = try folder([
            "good.txt": Array("The minister said that it works.".utf8),
            "empty.txt": [],
            "broken.txt": Array("abc".utf8) + [0xC3, 0x28],
            "notes.md": Array("ignored".utf8),
        ])
        let inputs = Array(DocumentReader(paths: [path], defaultLanguage: .english))
        #expect(describe(inputs) == ["invalid_utf8 broken", "ok empty", "ok good"])
        // The empty file is a document; the pipeline refuses it with its own error.
        guard case .success(let empty) = inputs[1] else { return }
        guard case .failure(let failure) = sharedPipeline.process(empty) else { Issue.record("empty accepted"); return }
        #expect(failure.code == .emptyDocument)
    }

    @Test func missingFileIsAnErrorRecordNotAStop() throws {
        let path = try folder(["good.txt": Array("Text.".utf8)])
        let inputs = Array(DocumentReader(paths: ["/nonexistent/file.txt", path]))
        #expect(describe(inputs) == ["unreadable_file /nonexistent/file.txt", "ok good"])
    }

    @Test func longLinesAcrossChunkBoundaries() throws {
        let long = String(repeating: "word ", count: 40_000)
        let lines = (0..<3).map { #"{"id": "l\#($0)", "text": "\#(long)"}"# }.joined(separator: "\r\n")
        let path = try folder(["big.jsonl": Array(lines.utf8)])
        let inputs = Array(DocumentReader(paths: [path]))
        #expect(describe(inputs) == ["ok l0", "ok l1", "ok l2"])
        if case .success(let document) = inputs[2] { #expect(document.text == long) }
    }

    @Test func gzipCompressedJSONL() throws {
        let lines = (0..<3).map { #"{"id": "g\#($0)", "text": "Text number \#($0)."}"# }.joined(separator: "\n")
        let path = try folder(["corpus.jsonl": Array(lines.utf8), "broken.jsonl.gz": Array("not gzip at all".utf8)])
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gzip.arguments = ["gzip", "-k", path + "/corpus.jsonl"]
        try gzip.run()
        gzip.waitUntilExit()
        try FileManager.default.removeItem(atPath: path + "/corpus.jsonl")
        let inputs = Array(DocumentReader(paths: [path]))
        #expect(describe(inputs) == ["unreadable_file \(path)/broken.jsonl.gz", "ok g0", "ok g1", "ok g2"])
    }

    @Test func errorRecordsAreJSONWithCodeAndStage() throws {
        let failure = DocumentFailure(documentID: "x.jsonl:3", code: .malformedJSON, message: "x.jsonl:3: not a JSON object")
        let line = String(decoding: RecordEncoder().errorLine(failure), as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["doc_id"] as? String == "x.jsonl:3")
        let error = try #require(object["error"] as? [String: String])
        #expect(error == ["code": "malformed_json", "message": "x.jsonl:3: not a JSON object", "stage": "input"])
    }
}

@Suite struct RecordEncoderTests {
    /// The hand-written JSON must be exactly what JSONEncoder (sorted keys) produces.
    @Test func writerMatchesJSONEncoderOnRealStatements() throws {
        let text = """
            “Tabs\tand \\ backslashes and "quotes" stay intact,” said Anna Berg, 52.
            Tom Reed said that the plan was a great success. He added: “We will win.”
            """
        let statements = try annotate(text + "\u{1}").statements
        #expect(statements.count >= 3)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for statement in statements {
            var writer = JSONWriter()
            statement.write(to: &writer)
            let expected = try encoder.encode(statement)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }
}
