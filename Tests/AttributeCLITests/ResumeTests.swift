import Foundation
import Testing

/// `--resume` after a real `kill -9`: the output must be byte-identical to an
/// uninterrupted run, with no document missing or repeated.
@Suite struct ResumeTests {
    func corpus(documents: Int = 400) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qa-resume-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let article = try String(contentsOf: AttributeCommandTests.root.appendingPathComponent("fixtures/en/astana-memorandum.txt"), encoding: .utf8)
        var lines = ""
        for index in 0..<documents {
            let object: [String: Any] = ["id": "doc\(index)", "lang": "en", "text": index % 97 == 5 ? "" : article]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self) + "\n"
        }
        let file = directory.appendingPathComponent("corpus.jsonl")
        try lines.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = AttributeCommandTests.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func resumeAfterKillGivesIdenticalOutput() throws {
        let input = try corpus()
        let directory = input.deletingLastPathComponent()
        let reference = directory.appendingPathComponent("reference.jsonl").path
        let referenceRun = try launch(["run", input.path, "-o", reference, "--errors", reference + ".errors", "--jobs", "2"])
        referenceRun.waitUntilExit()
        #expect(referenceRun.terminationStatus == 0)

        // Kill at several moments; each time, resume until done.
        for delay in [0.05, 1.2, 2.5] {
            let output = directory.appendingPathComponent("out-\(delay).jsonl").path
            let first = try launch(["run", input.path, "-o", output, "--errors", output + ".errors", "--jobs", "2"])
            Thread.sleep(forTimeInterval: delay)
            kill(first.processIdentifier, SIGKILL)
            first.waitUntilExit()
            let second = try launch(["run", input.path, "-o", output, "--errors", output + ".errors", "--jobs", "2", "--resume"])
            second.waitUntilExit()
            #expect(second.terminationStatus == 0)
            #expect(FileManager.default.contents(atPath: output) == FileManager.default.contents(atPath: reference), "killed after \(delay) s")
            #expect(FileManager.default.contents(atPath: output + ".errors") == FileManager.default.contents(atPath: reference + ".errors"))
        }
    }

    @Test func resumeRefusesOtherInputs() throws {
        let input = try corpus(documents: 5)
        let output = input.deletingLastPathComponent().appendingPathComponent("out.jsonl").path
        let first = try launch(["run", input.path, "-o", output])
        first.waitUntilExit()
        let other = try launch(["run", input.path, "fixtures/en", "-o", output, "--resume"])
        other.waitUntilExit()
        #expect(other.terminationStatus != 0)
    }
}
