import Foundation

/// Reads documents from files, directories and standard input, lazily: one JSONL line or
/// one text file at a time, so memory does not grow with the corpus.
///
/// - A `.txt` file (or any file that is not JSONL) is one document; its id is the file
///   name without extension.
/// - A `.jsonl` file has one document a line (``JSONLineDecoder``); blank lines are skipped.
/// - A `.jsonl.gz` file is read through `gzip -dc`, as it is decompressed.
/// - A directory is read recursively, in name order, for `.txt`, `.jsonl` and `.jsonl.gz` files.
/// - `-` is standard input, read as JSONL when its first byte is `{`, else as one text.
public struct DocumentReader: Sequence, Sendable {
    public let paths: [String]
    public let defaultLanguage: Language?

    public init(paths: [String], defaultLanguage: Language? = nil) {
        self.paths = paths
        self.defaultLanguage = defaultLanguage
    }

    public func makeIterator() -> Iterator { Iterator(paths: paths, defaultLanguage: defaultLanguage) }

    /// The total size in bytes of the named files (for progress), or nil for stdin.
    public var totalBytes: Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            for file in Self.files(at: path) {
                total += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            }
        }
        return total
    }

    /// The readable files under a path, in a stable order.
    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [path] }
        guard isDirectory.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".txt") || relative.hasSuffix(".jsonl") || relative.hasSuffix(".jsonl.gz") else { continue }
            let full = (path as NSString).appendingPathComponent(relative)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { files.append(full) }
        }
        return files.sorted()
    }

    public struct Iterator: IteratorProtocol {
        private var pending: [String]
        private var lines: LineReader?
        private var lineLocation = ""
        private var currentPath = ""
        /// The gzip process behind `lines`, for a `.jsonl.gz` file.
        private var decompressor: Process?
        private let defaultLanguage: Language?
        private let decoder = JSONLineDecoder()

        init(paths: [String], defaultLanguage: Language?) {
            self.pending = paths.flatMap { $0 == "-" ? ["-"] : DocumentReader.files(at: $0) }.reversed()
            self.defaultLanguage = defaultLanguage
        }

        /// The next document or failure, with the file it came from as its `source`.
        public mutating func next() -> InputDocument? {
            guard let item = nextItem() else { return nil }
            let source = currentPath == "-" ? "stdin" : currentPath
            switch item {
            case .success(var document):
                document.source = source
                return .success(document)
            case .failure(var failure):
                failure.source = source
                return .failure(failure)
            }
        }

        private mutating func nextItem() -> InputDocument? {
            while true {
                if var reader = lines {
                    if let (number, line) = reader.nextLine() {
                        lines = reader
                        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                        return decoder.decode(line, location: "\(lineLocation):\(number)", defaultLanguage: defaultLanguage)
                    }
                    lines = nil
                    // A corrupt archive is an error record, not a silent end of input.
                    if let process = decompressor {
                        decompressor = nil
                        process.waitUntilExit()
                        if process.terminationStatus != 0 {
                            return .failure(DocumentFailure(documentID: lineLocation, code: .unreadableFile,
                                                            message: "\(lineLocation): not a valid gzip file (gzip exited with status \(process.terminationStatus)); documents before the damage were read"))
                        }
                    }
                    continue
                }
                guard let path = pending.popLast() else { return nil }
                currentPath = path
                if let item = open(path) { return item }
            }
        }

        /// The decompressed stream of a gzip file, from `gzip -dc` reading `handle`.
        private static func gunzip(_ handle: FileHandle) throws -> (Process, FileHandle) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gzip", "-dc"]
            let output = Pipe()
            process.standardInput = handle
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            return (process, output.fileHandleForReading)
        }

        /// Opens a file: a JSONL file becomes the current line reader; a text file is read
        /// whole and returned as one document (or its failure).
        private mutating func open(_ path: String) -> InputDocument? {
            let handle: FileHandle
            if path == "-" {
                handle = FileHandle.standardInput
            } else {
                guard let opened = FileHandle(forReadingAtPath: path) else {
                    let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read (permissions?)" : "no such file or directory"
                    return .failure(DocumentFailure(documentID: path, code: .unreadableFile, message: "\(path): \(reason)"))
                }
                handle = opened
            }
            if path.hasSuffix(".jsonl.gz") {
                // Decompressed as it is read, by the system's gzip: no zlib binding needed,
                // and memory stays flat whatever the archive's size.
                do {
                    let (process, stream) = try Self.gunzip(handle)
                    lines = LineReader(handle: stream)
                    decompressor = process
                    lineLocation = path
                    return nil
                } catch {
                    return .failure(DocumentFailure(documentID: path, code: .unreadableFile, message: "\(path): cannot run gzip: \(error)"))
                }
            }
            var reader = LineReader(handle: handle)
            let isJSONL = path.hasSuffix(".jsonl") || (path == "-" && reader.peekFirstNonSpaceByte() == UInt8(ascii: "{"))
            if isJSONL {
                lines = reader
                lineLocation = path == "-" ? "stdin" : path
                return nil
            }
            let bytes = reader.readAll()
            let id = path == "-" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            guard let text = String(validating: bytes, as: UTF8.self) else {
                let offset = JSONLineDecoder.firstInvalidUTF8Offset(bytes) ?? 0
                return .failure(DocumentFailure(documentID: id, code: .invalidUTF8, message: "\(path): invalid UTF-8 at byte \(offset)"))
            }
            return .success(Document(id: id, text: text, language: defaultLanguage))
        }
    }
}

/// Reads a file in 64 KiB chunks and splits it into lines (LF; a CR before it is dropped).
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var isAtEnd = false
    private var lineNumber = 0

    init(handle: FileHandle) { self.handle = handle }

    private mutating func fill() -> Bool {
        guard !isAtEnd else { return false }
        let chunk = handle.readData(ofLength: 65_536)
        if chunk.isEmpty {
            isAtEnd = true
            return false
        }
        if position > 0 {
            buffer.removeSubrange(0..<position)
            position = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    mutating func peekFirstNonSpaceByte() -> UInt8? {
        while true {
            if let byte = buffer[position...].first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }) {
                return byte
            }
            if !fill() { return nil }
        }
    }

    mutating func nextLine() -> (Int, ArraySlice<UInt8>)? {
        var searchFrom = position
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var line = buffer[position..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                position = newline + 1
                lineNumber += 1
                return (lineNumber, line)
            }
            let consumed = buffer.count - position
            if !fill() {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                lineNumber += 1
                return (lineNumber, line)
            }
            searchFrom = position + consumed
        }
    }

    mutating func readAll() -> [UInt8] {
        while fill() {}
        return Array(buffer[position...])
    }
}
