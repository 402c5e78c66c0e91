import Foundation
import Testing

/// Runs the real `attribute` executable, as a user would.
@Suite struct AttributeCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `attribute` binary built next to this test bundle.
    static var executable: URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("attribute")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return root.appendingPathComponent(".build/debug/attribute")
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [[String: Any]] {
            stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
    }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> Output {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = Self.root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func runOnTheSeedArticle() throws {
        let output = try run(["run", "fixtures/en/astana-memorandum.txt"])
        #expect(output.status == 0)
        #expect(output.lines.count == 12)
        #expect(output.stderr.hasPrefix("attribute: 1 documents (1 processed, 0 errors), 12 statements in "))
        let speakers = output.lines.compactMap { ($0["speaker"] as? [String: Any])?["name"] as? String }
        #expect(speakers.contains("Alexander Lavrentyev"))
    }

    @Test func outputValidatesAgainstTheSchema() throws {
        let validator = try SchemaValidator(contentsOf: Self.root.appendingPathComponent("schema/statement.schema.json"))
        let output = try run(["run", "fixtures/en", "/nonexistent.txt"])
        #expect(output.status == 0)
        #expect(output.lines.count > 50)
        for line in output.lines {
            let problems = validator.validate(line)
            #expect(problems.isEmpty, "\(problems)")
        }
        #expect(output.lines.contains { $0["error"] != nil })
    }

    @Test func emptyDocumentsGetARecordWhenAsked() throws {
        let validator = try SchemaValidator(contentsOf: Self.root.appendingPathComponent("schema/statement.schema.json"))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qa-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let corpus = #"{"id": "quiet", "text": "The sun rose over the harbour.", "lang": "en"}"# + "\n"
            + #"{"id": "speech", "text": "The minister said that the plan would work.", "lang": "en"}"# + "\n"
        try Data(corpus.utf8).write(to: directory.appendingPathComponent("corpus.jsonl"))
        let plain = try run(["run", directory.path])
        #expect(plain.lines.map { $0["doc_id"] as? String } == ["speech"])
        let output = try run(["run", directory.path, "--empty-documents"])
        #expect(output.lines.map { $0["doc_id"] as? String } == ["quiet", "speech"])
        #expect(output.lines.first?["statements"] as? Int == 0)
        for line in output.lines { #expect(validator.validate(line).isEmpty) }
    }

    @Test func badInputIsAccountedForAndTheRunGoesOn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qa-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var corpus = Data(#"{"id": "good", "text": "The minister said that the plan would work.", "lang": "en"}"#.utf8)
        corpus.append(Data("\n{\"id\": \"broken\", \"text\": \"unterminated\n".utf8))
        corpus.append(Data(#"{"id": "nolang", "text": "Habari za asubuhi, leo hali ya hewa ni nzuri sana na kila mtu yuko nje.", "lang": "sw"}"#.utf8))
        corpus.append(Data("\n".utf8))
        try corpus.write(to: directory.appendingPathComponent("corpus.jsonl"))
        try Data().write(to: directory.appendingPathComponent("empty.txt"))
        try Data([0x41, 0xFF, 0x42]).write(to: directory.appendingPathComponent("latin1.txt"))
        let output = try run(["run", directory.path, "--lang", "en"])
        #expect(output.status == 0)
        let errors = output.lines.compactMap { $0["error"] as? [String: Any] }
        #expect(errors.compactMap { $0["code"] as? String }.sorted() == ["empty_document", "invalid_utf8", "malformed_json", "unsupported_language"])
        #expect(output.lines.filter { $0["statement_id"] != nil }.count == 1)
        #expect(output.stderr.contains("5 documents (1 processed, 4 errors)"))
        let strict = try run(["run", directory.path, "--lang", "en", "--strict", "--quiet"])
        #expect(strict.status == 1)
        #expect(strict.stderr.isEmpty)
    }

    @Test func standardInputAsTextAndAsJSONL() throws {
        let text = try run(["run", "-", "--lang", "en"], stdin: Data("Anna Berg said that the vote was fair.".utf8))
        #expect(text.lines.count == 1)
        #expect(text.lines.first?["doc_id"] as? String == "stdin")
        let jsonl = try run(["run", "-"], stdin: Data((#"{"id": "a", "lang": "en", "text": "Anna Berg said that the vote was fair."}"# + "\n").utf8))
        #expect(jsonl.lines.first?["doc_id"] as? String == "a")
    }

    @Test func jobsDoNotChangeTheOutput() throws {
        let one = try run(["run", "fixtures", "--jobs", "1", "--quiet"])
        let two = try run(["run", "fixtures", "--jobs", "2", "--quiet"])
        #expect(one.stdout == two.stdout)
        #expect(!one.stdout.isEmpty)
    }

    @Test func explainMarksStanceEvidenceNegationAndTarget() throws {
        let output = try run(["explain", "fixtures/en/astana-memorandum.txt", "--stage", "stance"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        // "there is no military solution to the crisis": the negation scope is marked
        // with ~, the evidence words with ^, the target with =.
        let marked = try #require(lines.firstIndex { $0.contains("there is no military solution") })
        #expect(lines[marked + 1].contains("~") && lines[marked + 1].contains("^"))
        #expect(lines.contains { $0.contains("=") && !$0.contains("target") })
    }

    @Test func explainShowsEveryStage() throws {
        let output = try run(["explain", "fixtures/en/astana-memorandum.txt"])
        #expect(output.status == 0)
        for stage in ["normalize", "tokenize", "quotes", "mentions", "speakers", "stance"] {
            #expect(output.stdout.contains("stage \(stage)  doc astana-memorandum"), "missing \(stage)")
        }
        #expect(output.stdout.contains("resolved_by=surname"))
        let speakers = try run(["explain", "fixtures/en/astana-memorandum.txt", "--stage", "speakers", "--format", "json"])
        let sections = try JSONSerialization.jsonObject(with: Data(speakers.stdout.utf8)) as? [[String: Any]]
        #expect(sections?.count == 1)
        let unknown = try run(["explain", "fixtures/en/astana-memorandum.txt", "--stage", "parse"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("stages are normalize, tokenize, quotes, mentions, speakers, stance"))
    }

    @Test func evalReportsScores() throws {
        let output = try run(["eval", "fixtures/en"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("lang  docs  gold  pred"))
        let json = try run(["eval", "fixtures/en", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let all = object?["all"] as? [String: Any]
        #expect((all?["f1"] as? Double ?? 0) >= 0.9)
    }

    @Test func lexiconsCheck() throws {
        let output = try run(["lexicons", "check"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("ok: "))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qa-lex-\(UUID().uuidString)/en")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("say\tsaid\tthat nonsense\tneutral\t0\n".utf8).write(to: directory.appendingPathComponent("cues.tsv"))
        let bad = try run(["lexicons", "check", "--lexicons", directory.deletingLastPathComponent().path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("en/cues.tsv:1: unknown frame 'nonsense'"))
    }

    @Test func detectLanguageOnTheFixtures() throws {
        let output = try run(["detect-language", "fixtures"])
        #expect(output.status == 0)
        for line in output.stdout.split(separator: "\n") where line.hasPrefix("astana-memorandum\t") {
            #expect(line.contains("\ten\t"))
        }
        let summary = try #require(output.stdout.split(separator: "\n").last)
        for language in ["en", "de", "fr", "es"] { #expect(summary.contains(language)) }
    }

    @Test func outputDirectoryHasOneFilePerInput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qa-outdir-\(UUID().uuidString)").path
        let split = try run(["run", "fixtures/en", "--output-dir", directory, "--quiet"])
        #expect(split.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(files.count == 7)
        #expect(files.contains("astana-memorandum.jsonl"))
        let whole = try run(["run", "fixtures/en", "--quiet"])
        var joined = ""
        for file in files { joined += try String(contentsOfFile: directory + "/" + file, encoding: .utf8) }
        #expect(joined.split(separator: "\n").sorted() == whole.stdout.split(separator: "\n").sorted())
        let seed = try String(contentsOfFile: directory + "/astana-memorandum.jsonl", encoding: .utf8)
        #expect(seed.split(separator: "\n").count == 12)
    }
}
