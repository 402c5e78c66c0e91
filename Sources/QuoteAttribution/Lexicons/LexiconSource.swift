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
    ///
    /// Every separator is ASCII, so the file is split on its UTF-8 bytes: splitting by
    /// `Character` cost a grapheme-cluster walk per byte, a third of compiling a lexicon.
    static func parse(_ text: String, file: String) -> [LexiconLine] {
        var lines: [LexiconLine] = []
        let bytes = Array(text.utf8)
        var number = 0
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            number += 1
            let contentEnd = bytes[lineStart..<lineEnd].firstIndex(of: UInt8(ascii: "#")) ?? lineEnd
            var fields: [String] = []
            var fieldStart = lineStart
            while fieldStart <= contentEnd {
                let fieldEnd = bytes[fieldStart..<contentEnd].firstIndex(of: UInt8(ascii: "\t")) ?? contentEnd
                fields.append(trimmed(bytes[fieldStart..<fieldEnd]))
                fieldStart = fieldEnd + 1
            }
            while fields.last?.isEmpty == true { fields.removeLast() }
            guard !fields.isEmpty else { continue }
            lines.append(LexiconLine(file: file, number: number, fields: fields))
        }
        return lines
    }

    /// A field without the spaces and carriage returns around it.
    private static func trimmed(_ field: ArraySlice<UInt8>) -> String {
        let isPadding = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\r") }
        guard let first = field.firstIndex(where: { !isPadding($0) }),
              let last = field.lastIndex(where: { !isPadding($0) }) else { return "" }
        return String(decoding: field[first...last], as: UTF8.self)
    }
}
