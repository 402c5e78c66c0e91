internal import ICUShims

/// Full Unicode case folding through ICU (`u_strFoldCase`), the key under which lexicon
/// forms and tokens are compared.
enum CaseFolding {
    /// Every token of every document is folded; for a `String`, ASCII is folded in one
    /// pass over its bytes, and a word with no upper-case letter is returned as it is.
    static func fold(_ text: String) -> String { foldNotingASCII(text).folded }

    /// The folded text, and whether the text was ASCII (then nothing else, such as a
    /// bidi control, can be in it).
    static func foldNotingASCII(_ text: String) -> (folded: String, isASCII: Bool) {
        var text = text
        let ascii = text.withUTF8 { bytes -> ASCIIFolding in
            var hasUppercase = false
            for byte in bytes {
                if byte >= 0x80 { return .notASCII }
                if byte &- 0x41 < 26 { hasUppercase = true }
            }
            guard hasUppercase else { return .unchanged }
            return .folded(String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (offset, byte) in bytes.enumerated() { buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return bytes.count
            })
        }
        switch ascii {
        case .unchanged: return (text, true)
        case .folded(let folded): return (folded, true)
        case .notASCII: return (fold(text[...]), false)
        }
    }

    private enum ASCIIFolding {
        case unchanged, folded(String), notASCII
    }

    static func fold(_ text: some StringProtocol) -> String {
        // ASCII folds to ASCII lower case; this path avoids two UTF-16 copies for most
        // tokens of Latin-script text. Everything else goes through ICU.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            if !text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return String(text) }
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        let units = Array(text.utf16)
        var capacity = units.count + 8
        while true {
            var status: Int32 = 0
            var destination = [UInt16](repeating: 0, count: capacity)
            let needed = units.withUnsafeBufferPointer { source in
                destination.withUnsafeMutableBufferPointer { target in
                    ICUShims_foldCase(source.baseAddress, Int32(source.count), target.baseAddress, Int32(capacity), &status)
                }
            }
            if status == ICUError.bufferOverflow {
                capacity = Int(needed) + 1
                continue
            }
            // Folding cannot fail on valid UTF-16; keep the text unchanged if it does.
            guard status <= 0 else { return String(text) }
            return String(decoding: destination[0..<Int(needed)], as: UTF16.self)
        }
    }
}
