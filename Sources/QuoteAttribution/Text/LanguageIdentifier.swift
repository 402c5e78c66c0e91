internal import CLD2Shims

/// Language identification with CLD2 (Compact Language Detector 2, libcld2-dev).
public enum LanguageIdentifier {
    /// What CLD2 said about a text.
    public struct Guess: Sendable, Hashable {
        /// The language, or ``Language/undetermined`` when CLD2 does not know.
        public var language: Language
        public var isReliable: Bool
        /// Percentage of the text in that language.
        public var percent: Int
    }

    /// Identifies the language of `text`. CLD2 reads at most what it needs; very long
    /// texts are cut to their first 64 KiB, which is plenty for one article.
    public static func identify(_ text: String) -> Guess {
        var utf8 = Array(text.utf8.prefix(65_536))
        if utf8.count == 65_536 {
            // Do not hand CLD2 half a scalar: drop the last, possibly cut, sequence.
            while let last = utf8.last, last & 0xC0 == 0x80 { utf8.removeLast() }
            if let last = utf8.last, last >= 0xC0 { utf8.removeLast() }
        }
        let result = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { CLD2Shims_detect($0.baseAddress, Int32($0.count)) }
        }
        let code = withUnsafeBytes(of: result.code) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        // CLD2 names a few languages differently from BCP 47 ("iw" for Hebrew, "zh-Hant").
        let tag = code == "un" || code.isEmpty ? "und" : String(code.split(separator: "-").first ?? "und")
        return Guess(language: Language(tag), isReliable: result.isReliable != 0, percent: Int(result.percent))
    }

    /// What per-paragraph identification found in a mixed-language text.
    public struct ParagraphVote: Sendable, Hashable {
        public var language: Language
        /// Paragraphs reliably identified as `language`, and all that were identified.
        public var paragraphs: Int
        public var identifiedParagraphs: Int
    }

    /// For texts where the whole-document guess is unreliable (a German article quoting
    /// an English statement, a bilingual press release): identifies each paragraph of at
    /// least `minimumLength` characters and returns the accepted language that covers
    /// the most characters, or nil when no paragraph is reliably in an accepted language.
    public static func identifyByParagraph(_ text: String, minimumLength: Int = 40,
                                           accepting isAccepted: (Language) -> Bool) -> ParagraphVote? {
        var characters: [Language: Int] = [:]
        var paragraphs: [Language: Int] = [:]
        var identified = 0
        for paragraph in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" }) {
            let length = paragraph.unicodeScalars.count
            guard length >= minimumLength else { continue }
            let guess = identify(String(paragraph))
            guard guess.language != .undetermined else { continue }
            identified += 1
            guard guess.isReliable, isAccepted(guess.language) else { continue }
            characters[guess.language, default: 0] += length
            paragraphs[guess.language, default: 0] += 1
        }
        // Ties go to the alphabetically first tag, so the answer never depends on hashing.
        guard let best = characters.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }) else {
            return nil
        }
        return ParagraphVote(language: best.key, paragraphs: paragraphs[best.key] ?? 0, identifiedParagraphs: identified)
    }
}
