public import Foundation

/// The raw text of lexicon files, by path relative to the lexicon root ("en/cues.tsv"):
/// the files embedded at build time, optionally overlaid by a user's folder.
public struct LexiconSource: Sendable {
    public private(set) var files: [String: String]

    public init(files: [String: String]) { self.files = files }

    /// The lexicons compiled into the library from `Lexicons/`.
    public static var embedded: LexiconSource { LexiconSource(files: embeddedLexiconFiles) }

    /// Replaces or adds every file found in `directory` (laid out as `<lang>/<file>`).
    public func overlaid(with directory: URL) throws -> LexiconSource {
        var files = self.files
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LexiconErrors(errors: [LexiconError(file: directory.path, line: 0, message: "no such lexicon folder")])
        }
        for language in try manager.contentsOfDirectory(atPath: directory.path).sorted() {
            let folder = directory.appendingPathComponent(language)
            guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for name in try manager.contentsOfDirectory(atPath: folder.path).sorted() where !name.hasPrefix(".") {
                let url = folder.appendingPathComponent(name)
                guard let data = manager.contents(atPath: url.path) else { continue }
                guard let text = String(validating: data, as: UTF8.self) else {
                    throw LexiconErrors(errors: [LexiconError(file: "\(language)/\(name)", line: 0, message: "not valid UTF-8")])
                }
                files["\(language)/\(name)"] = text
            }
        }
        return LexiconSource(files: files)
    }
}

/// One non-blank, non-comment line of a lexicon file, split at TABs.
struct LexiconLine {
    let file: String
    let number: Int
    let fields: [String]

    func error(_ message: String) -> LexiconError { LexiconError(file: file, line: number, message: message) }
}

extension LexiconLine {
    /// Parses a lexicon file: `#` starts a comment, fields are TAB-separated and trimmed.
    static func parse(_ text: String, file: String) -> [LexiconLine] {
        var lines: [LexiconLine] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = content.split(separator: "\t", omittingEmptySubsequences: false).map { field in
                String(field.drop { $0 == " " || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\r" }.reversed())
            }
            guard fields.contains(where: { !$0.isEmpty }) else { continue }
            lines.append(LexiconLine(file: file, number: index + 1, fields: fields.reversed().drop { $0.isEmpty }.reversed()))
        }
        return lines
    }
}
