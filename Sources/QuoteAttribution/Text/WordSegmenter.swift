/// Splits short strings (lexicon forms) into folded words with the same ICU word rules
/// the tokenizer applies to articles, so that "de-escalation" or "according to" in a
/// lexicon matches exactly the tokens an article produces.
struct WordSegmenter: Sendable {
    let locale: String
    let pool: BreakIteratorPool

    func foldedWords(_ text: String) throws -> [String] {
        let utf16 = UTF16Text(text)
        let boundaries = try pool.withIterator(.word, locale: locale) { try $0.boundaries(of: utf16.units) }
        let scalars = Array(text.unicodeScalars)
        var words: [String] = []
        var start = 0
        for boundary in boundaries {
            let end = utf16.scalarOffset(ofUnit: boundary.unitOffset)
            defer { start = end }
            let piece = scalars[start..<end]
            if piece.allSatisfy({ $0.properties.isWhitespace }) { continue }
            words.append(CaseFolding.fold(String(String.UnicodeScalarView(piece))))
        }
        return words
    }
}
