/// Text between quotation marks, found by pairing marks within paragraphs.
struct QuotedSpan: Hashable {
    /// The opening mark's token.
    var open: Int
    /// The closing mark's token; nil when the quote was closed at a paragraph end
    /// because its closing mark never came.
    var close: Int?
    /// The tokens between the marks.
    var contentTokens: Range<Int>
    var firstParagraph: Int
    var lastParagraph: Int
    /// 0 for an outermost quote, 1 for a quote inside it, ….
    var depth: Int
    var warnings: [String]
}

/// Pairs quotation marks the way a reader does: with the language's pairs (CLDR's and
/// the lexicon's), deciding ambiguous marks (straight quotes, ’ as apostrophe) from the
/// spacing around them, nesting inner quotes, reopening a quote that continues into the
/// next paragraph (the newsroom convention), and closing an unclosed quote at the end of
/// its paragraph with a warning, so it never swallows the rest of the article.
struct QuotationScanner {
    let layer: TokenLayer
    let pairs: [QuotePair]
    let limits: Limits
    /// Whether a dash that opens a paragraph introduces direct speech (the lexicon's
    /// `dash_speech`): "— Мы поддерживаем, — заявил Лавров."
    var dashSpeech = false

    private struct OpenMark {
        var token: Int
        var closers: Set<String>
        var paragraph: Int
    }

    func scan() -> [QuotedSpan] {
        let tokens = layer.tokens
        var result: [QuotedSpan] = []
        var carried: OpenMark?  // an outermost quote continuing from the previous paragraph
        var carriedParagraphs = 0

        for (paragraphIndex, paragraph) in layer.paragraphs.enumerated() {
            var stack: [OpenMark] = []
            var skipFirst = false
            if let open = carried {
                stack.append(open)
                skipFirst = true  // the reopening mark that continues it
            }
            carried = nil
            if stack.isEmpty, dashSpeech, let span = dashSpeechSpan(in: paragraph, index: paragraphIndex) {
                result.append(span)
            }
            for index in paragraph.tokens where tokens[index].kind == .quoteMark {
                if skipFirst && index == paragraph.tokens.lowerBound { continue }
                let mark = layer.texts[index]
                let context = markContext(index, in: paragraph)
                if context.isInsideWord { continue }
                if let depth = stack.lastIndex(where: { $0.closers.contains(mark) }), context.canClose,
                   depth == stack.count - 1 || !opens(mark) || !context.canOpen {
                    // Marks opened after the matching one were never closed: close them here.
                    while stack.count > depth + 1 {
                        let inner = stack.removeLast()
                        result.append(span(inner, close: nil, end: index, depth: stack.count,
                                           warning: "unclosed quotation mark \(layer.texts[inner.token]) at offset \(tokens[inner.token].span.start): closed where its outer quote closes"))
                    }
                    let opened = stack.removeLast()
                    result.append(span(opened, close: index, end: index, depth: stack.count, warning: nil))
                } else if opens(mark), context.canOpen {
                    guard stack.count < limits.maximumQuoteNesting else { continue }
                    stack.append(OpenMark(token: index, closers: closers(of: mark), paragraph: paragraphIndex))
                }
            }
            guard let outermost = stack.first else { carriedParagraphs = 0; continue }
            // A quote still open at the paragraph end continues if the next paragraph
            // reopens it with the same mark.
            let next = paragraphIndex + 1
            if next < layer.paragraphs.count, carriedParagraphs < limits.maximumQuoteParagraphs,
               stack.count == 1,
               let first = layer.paragraphs[next].tokens.first,
               tokens[first].kind == .quoteMark, layer.texts[first] == layer.texts[outermost.token] {
                carried = outermost
                carriedParagraphs += 1
                continue
            }
            carriedParagraphs = 0
            while let open = stack.popLast() {
                result.append(span(open, close: nil, end: paragraph.tokens.upperBound, depth: stack.count,
                                   warning: "unclosed quotation mark \(layer.texts[open.token]) at offset \(tokens[open.token].span.start): closed at the end of its paragraph"))
            }
        }
        return result.sorted { ($0.open, $0.depth) < ($1.open, $1.depth) }
    }

    /// Speech introduced by a dash at the start of a paragraph runs to the next dash that
    /// follows punctuation ("…, — said X") or to the paragraph's end.
    private func dashSpeechSpan(in paragraph: Paragraph, index paragraphIndex: Int) -> QuotedSpan? {
        let tokens = layer.tokens
        guard let first = paragraph.tokens.first, tokens[first].kind == .dash, first + 1 < paragraph.tokens.upperBound else { return nil }
        let close = (first + 2..<paragraph.tokens.upperBound).first { index in
            tokens[index].kind == .dash && tokens[index - 1].kind == .punctuation
        }
        // The punctuation before the closing dash belongs to the speech ("поддерживаем,").
        let end = close ?? paragraph.tokens.upperBound
        return QuotedSpan(open: first, close: close, contentTokens: (first + 1)..<end, firstParagraph: paragraphIndex,
                          lastParagraph: paragraphIndex, depth: 0, warnings: [])
    }

    private func opens(_ mark: String) -> Bool { pairs.contains { $0.open == mark } }

    private func closers(of mark: String) -> Set<String> { Set(pairs.filter { $0.open == mark }.map(\.close)) }

    private func span(_ open: OpenMark, close: Int?, end: Int, depth: Int, warning: String?) -> QuotedSpan {
        QuotedSpan(
            open: open.token, close: close, contentTokens: (open.token + 1)..<max(open.token + 1, end),
            firstParagraph: open.paragraph, lastParagraph: layer.tokens[max(open.token, end - 1)].paragraph,
            depth: depth, warnings: warning.map { [$0] } ?? [])
    }

    private struct MarkContext {
        var canOpen: Bool
        var canClose: Bool
        /// An apostrophe between letters ("don’t"), never a quotation mark.
        var isInsideWord: Bool
    }

    /// Marks after which a quotation mark opens whatever its spacing.
    private static let openers: Set<String> = ["(", "[", "—", "-"]

    /// What the spacing around a mark allows: an opening mark follows a space (or starts
    /// the paragraph) and touches the next word; a closing mark touches the word before.
    private func markContext(_ index: Int, in paragraph: Paragraph) -> MarkContext {
        let tokens = layer.tokens
        let hasPrevious = index > paragraph.tokens.lowerBound
        let hasNext = index + 1 < paragraph.tokens.upperBound
        let previous = hasPrevious ? tokens[index - 1] : nil
        let next = hasNext ? tokens[index + 1] : nil
        let spaceBefore = tokens[index].spaceBefore || previous == nil
        let spaceAfter = next?.spaceBefore ?? true
        let isInsideWord = !spaceBefore && !spaceAfter && previous?.kind == .word && next?.kind == .word
        let previousOpens = previous.map { $0.kind == .dash || Self.openers.contains(layer.texts[index - 1]) || $0.kind == .quoteMark } ?? true
        let nextCloses = next.map { $0.kind == .punctuation || $0.kind == .quoteMark || $0.kind == .dash } ?? true
        // Attached to the word after it ("“yes"), a mark opens; attached to the word
        // before it ("yes”"), it closes; standing alone between spaces (French « non »),
        // it may do either, and the marks still open decide.
        let attachedLeft = !spaceBefore && !previousOpens && (spaceAfter || nextCloses)
        let attachedRight = (spaceBefore || previousOpens) && !spaceAfter && !(next?.kind == .punctuation)
        let canOpen = next != nil && !attachedLeft
        let canClose = previous != nil && !attachedRight
        return MarkContext(canOpen: canOpen, canClose: canClose, isInsideWord: isInsideWord)
    }
}
