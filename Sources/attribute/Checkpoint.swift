import ArgumentParser
import Foundation

/// Where an interrupted `attribute run --output FILE` stopped: how many input documents
/// are completely written, and how long the output (and error) files were at that
/// moment. Kept next to the output as `FILE.checkpoint` and replaced atomically (write a
/// temporary file, then rename), so after a `kill -9` at any moment it describes a
/// state the files really passed through; `--resume` cuts the files back to it and
/// continues with the next document.
struct Checkpoint: Equatable {
    var documents: Int
    var outputBytes: UInt64
    var errorBytes: UInt64
    /// The inputs and settings the run was started with; a resume with others is refused.
    var fingerprint: String
    var isComplete: Bool

    static func path(for output: String) -> String { output + ".checkpoint" }

    func save(to path: String) throws {
        let text = """
            documents \(documents)
            output_bytes \(outputBytes)
            error_bytes \(errorBytes)
            complete \(isComplete)
            inputs \(fingerprint)

            """
        let temporary = path + ".tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, path) != 0 { throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    static func load(from path: String) throws -> Checkpoint? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var fields: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let documents = fields["documents"].flatMap(Int.init), let outputBytes = fields["output_bytes"].flatMap(UInt64.init),
              let errorBytes = fields["error_bytes"].flatMap(UInt64.init), let fingerprint = fields["inputs"] else {
            throw ValidationError("\(path) is not a checkpoint written by attribute run; delete it to start over")
        }
        return Checkpoint(documents: documents, outputBytes: outputBytes, errorBytes: errorBytes, fingerprint: fingerprint,
                          isComplete: fields["complete"] == "true")
    }
}
