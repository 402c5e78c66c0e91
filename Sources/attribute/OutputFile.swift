import ArgumentParser
import Foundation

/// Buffered output to a file or a standard stream; knows how many bytes it has written,
/// so that a checkpoint can record where complete documents end.
final class OutputFile {
    private let handle: FileHandle
    private var buffer = Data()
    /// Bytes handed to the file so far (flushed), including what was kept on resume.
    private(set) var flushedBytes: UInt64 = 0

    /// A new file at `path` (or `fallback` when nil). With `keepingBytes`, an existing
    /// file is cut to that length and appended to: an interrupted run's output, without
    /// whatever it wrote after its last checkpoint.
    init(path: String?, fallback: FileHandle, keepingBytes: UInt64? = nil) throws {
        guard let path else {
            handle = fallback
            return
        }
        if let keepingBytes, FileManager.default.fileExists(atPath: path) {
            guard let handle = FileHandle(forUpdatingAtPath: path) else { throw ValidationError("cannot write to \(path)") }
            try handle.truncate(atOffset: keepingBytes)
            try handle.seekToEnd()
            self.handle = handle
            flushedBytes = keepingBytes
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write to \(path)")
            }
            self.handle = handle
        }
    }

    /// Buffers `data`; returns true when the buffer was written out.
    @discardableResult
    func write(_ data: Data) -> Bool {
        buffer.append(data)
        guard buffer.count >= 1 << 16 else { return false }
        flush()
        return true
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        flushedBytes += UInt64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }
}
