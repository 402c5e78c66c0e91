import ArgumentParser
import Foundation

/// One result file per input file, in a directory (`run --output-dir`): the records of
/// `corpus/a.jsonl` go to `DIR/a.jsonl`. Inputs arrive grouped by file, in order, so only
/// the current file is open.
final class OutputDirectory {
    private let directory: String
    private var names: [String: String] = [:]
    private var used = Set<String>()
    private var current: (source: String, file: OutputFile)?

    init(path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ValidationError("--output-dir \(path) is a file, not a directory") }
        } else {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        directory = path
    }

    /// The output file for documents read from `source`.
    func file(for source: String?) throws -> OutputFile {
        let source = source ?? "stdin"
        if let current, current.source == source { return current.file }
        current?.file.flush()
        let file = try OutputFile(path: (directory as NSString).appendingPathComponent(name(for: source)), fallback: .standardOutput)
        current = (source, file)
        return file
    }

    func flush() { current?.file.flush() }

    /// "corpus/en.jsonl.gz" → "en.jsonl"; a second "en" elsewhere becomes "en-2.jsonl".
    private func name(for source: String) -> String {
        if let name = names[source] { return name }
        var stem = (source as NSString).lastPathComponent
        for suffix in [".gz", ".jsonl", ".txt"] where stem.hasSuffix(suffix) { stem = String(stem.dropLast(suffix.count)) }
        var name = stem + ".jsonl"
        var counter = 2
        while used.contains(name) {
            name = "\(stem)-\(counter).jsonl"
            counter += 1
        }
        used.insert(name)
        names[source] = name
        return name
    }
}
