/// Word orders other than subject, cue, content: verb-final ("…と述べた"), verb-initial
/// ("قال وزير الخارجية … إن …"), verb-second inversion after a fronted adjunct ("Am
/// Montag sagte der Minister, …") with its back reference, and the sentence that
/// introduces reported mood without content of its own.
extension ReportedSpeechMatcher {
    /// The cue and subject of a sentence that introduces the reported-mood sentence at
    /// `index` without content of its own: "Wowereit bedauerte die Entscheidung. Es seien
    /// Fehler gemacht worden." It is the sentence just before, in the same paragraph, and
    /// its first cue with a subject (before the cue, or after it in a verb-second
    /// language) is the introduction.
    func introduction(before index: Int) -> (cue: Range<Int>, entry: CueEntry, source: SpeakerPhraseFinder.Phrase)? {
        let sentences = view.layer.sentences
        guard index > 0, sentences[index - 1].paragraph == sentences[index].paragraph else { return nil }
        let bounds = sentences[index - 1].tokens
        var position = bounds.lowerBound
        while position < bounds.upperBound {
            guard view.tokens[position].kind == .word, let (length, entry) = view.cue(at: position) else { position += 1; continue }
            let cue = position..<(position + length)
            if let subject = phrases.phrase(before: cue.lowerBound, notBefore: bounds.lowerBound), !subject.isNegated,
               !phrases.frontsAdjunct(subject, clauseStart: bounds.lowerBound) {
                return (cue, entry, subject)
            }
            if view.lexicon.isVerbSecond, let subject = phrases.phrase(after: cue.upperBound, before: bounds.upperBound) {
                return (cue, entry, SpeakerPhraseFinder.Phrase(tokens: subject.tokens, apposition: nil, isNegated: false))
            }
            position = cue.upperBound
        }
        return nil
    }

    /// Verb-second inversion: "Am Montag sagte der Minister, …", "Dazu erklärte er: …".
    /// A fronted adjunct (not the subject) takes the first place of the clause, so the
    /// cue comes second and the subject right after it; the content follows as usual.
    /// The adjunct is short and has no comma or quotation mark: "…, sagte X" and
    /// "„…“ sagte X" are the `after` frame's.
    func invertedFrame(cue: Range<Int>, entry: CueEntry, bounds: Range<Int>, end: Int) -> Match? {
        let fronted = bounds.lowerBound..<cue.lowerBound
        guard !fronted.isEmpty, fronted.count <= Self.maximumFrontedLength,
              !fronted.contains(where: { view.isComma($0) || view.isColon($0) || view.tokens[$0].kind == .quoteMark || view.isTerminal($0) }) else { return nil }
        // "Dies bestätigte auch die Polizei": an adverb after the cue is not the subject's.
        var subjectStart = cue.upperBound
        while subjectStart < end, case let length = view.adverbLength(startingAt: subjectStart), length > 0 { subjectStart += length }
        guard var subject = phrases.phrase(after: subjectStart, before: end) else { return nil }
        // What follows a comma after the subject is the content ("sagte der Minister, die
        // Lage sei ernst"), not an apposition, unless no content follows the apposition.
        let apposition = subject.apposition
        subject.apposition = nil
        if let match = contentAfter(cue: cue, entry: entry, from: subject.tokens.upperBound, end: end, source: subject) { return match }
        if let match = backReference(cue: cue, entry: entry, fronted: fronted, subject: subject,
                                     attributionEnd: max(subject.tokens.upperBound, apposition?.upperBound ?? 0), end: end) {
            return match
        }
        guard let apposition, apposition.upperBound < end else { return nil }
        subject.apposition = apposition
        return contentAfter(cue: cue, entry: entry, from: apposition.upperBound, end: end, source: subject)
    }

    /// "… Das erklärte gestern ein Sprecher der Behörde.": a lone demonstrative fronted
    /// before an inverted cue (a determiner with no noun) stands for the sentence before
    /// it, in the same paragraph, which is the content.
    private func backReference(cue: Range<Int>, entry: CueEntry, fronted: Range<Int>, subject: SpeakerPhraseFinder.Phrase,
                               attributionEnd: Int, end: Int) -> Match? {
        // The demonstrative stands for the content, so whatever follows the subject is
        // adjuncts ("Das berichtet die Zeitung unter Berufung auf Regierungskreise in ihrer
        // heutigen Ausgabe"), unless it opens content of its own.
        guard entry.frames.contains(.after), fronted.count == 1, view.isClass(fronted.lowerBound, .determiner),
              attributionTailEnd(from: attributionEnd, end: end) == end
                || !(attributionEnd..<end).contains(where: { view.isComplementizer($0) || view.isColon($0) || view.tokens[$0].kind == .quoteMark })
        else { return nil }
        let sentences = view.layer.sentences
        let index = view.tokens[cue.lowerBound].sentence
        guard index > 0, sentences[index - 1].paragraph == sentences[index].paragraph else { return nil }
        let previous = sentences[index - 1].tokens
        let contentEnd = self.contentEnd(of: previous)
        guard contentEnd - previous.lowerBound >= 3 else { return nil }
        return Match(frame: .after, cue: cue, entry: entry, content: previous.lowerBound..<contentEnd, source: subject, addressee: nil)
    }

    /// The longest adjunct that stands before an inverted cue ("Nach der Sitzung im
    /// Kanzleramt am Montag").
    static let maximumFrontedLength = 10

    /// Verb-final attribution: "Bakan Çavuşoğlu, görüşmenin olumlu geçtiğini söyledi." /
    /// "林長官は…と述べた。" The speaker opens the sentence and ends at the first comma or
    /// subject marker; the content runs from there to the cue, which ends the clause; a
    /// complementizer just before the cue (と, diye) belongs to neither.
    func verbFinalFrame(cue: Range<Int>, entry: CueEntry, bounds: Range<Int>, end: Int) -> Match? {
        guard cue.upperBound >= end else { return nil }
        var contentEnd = cue.lowerBound
        if contentEnd > bounds.lowerBound, view.isComplementizer(contentEnd - 1) { contentEnd -= 1 }
        while contentEnd > bounds.lowerBound, view.isComma(contentEnd - 1) { contentEnd -= 1 }
        let first = clauseStart(bounds, before: contentEnd)
        guard let subject = phrases.verbFinalSubject(from: first, before: contentEnd) else {
            // "… olduğunu belirtti.": no subject; in a null-subject language the previous
            // speaker goes on.
            guard view.lexicon.hasNullSubjects, contentEnd - first >= 3 else { return nil }
            return Match(frame: .before, cue: cue, entry: entry, content: first..<contentEnd, source: nil, addressee: nil,
                         continuesPreviousSpeaker: true)
        }
        var contentStart = subject.upperBound
        while contentStart < contentEnd, view.isComma(contentStart) || view.isClass(contentStart, .subjectMarker) { contentStart += 1 }
        guard contentEnd - contentStart >= 2 else { return nil }
        return Match(frame: .before, cue: cue, entry: entry, content: contentStart..<contentEnd,
                     source: SpeakerPhraseFinder.Phrase(tokens: subject, apposition: nil, isNegated: false), addressee: nil)
    }

    /// Verb-initial attribution: "قال وزير الخارجية سيرغي لافروف إن …", "وقال لافروف: …".
    /// The speaker phrase follows the cue and ends at the complementizer or colon, or
    /// earlier at a preposition or comma that starts an adjunct ("في مؤتمر صحفي").
    func verbInitialFrame(cue: Range<Int>, entry: CueEntry, bounds: Range<Int>, end: Int) -> Match? {
        // The cue opens its clause: at the sentence start, or after a comma ("وفي بغداد،
        // انتقد النائب …", "رحبت الغرفة بالاتفاق، وقالت في بيان إن …").
        guard startsSentence(cue.lowerBound, bounds: bounds) || cue.lowerBound > bounds.lowerBound && view.isComma(cue.lowerBound - 1) else {
            return nil
        }
        var index = cue.upperBound
        let reach = min(end, cue.upperBound + phrases.maximumLength + 8)
        while index < reach {
            if view.isComplementizer(index) && entry.frames.contains(.that) { break }
            if view.isColon(index) && entry.frames.contains(.colon) { break }
            // Another cue on the way owns the complementizer that follows it ("ورفض المدرب
            // الانتقادات، وقال إنه …").
            if view.isTerminal(index) || view.cue(at: index) != nil { return nil }
            if view.tokens[index].kind == .quoteMark {
                // A short quoted name on the way ("وقال لـ«الشروق» إن") is stepped over.
                guard let close = ((index + 1)..<min(reach, index + 6)).first(where: { view.tokens[$0].kind == .quoteMark }) else { return nil }
                index = close
            }
            index += 1
        }
        guard index < reach else { return nil }
        // The subject ends where an adjunct starts ("في بيان"), unless a first name the
        // lexicon knows comes later: "الخبيرة … في بنك الاستثمار «إتش سي» رنا فؤاد إن".
        var cut = (cue.upperBound..<index).first { view.isPreposition($0) || view.isComma($0) } ?? index
        if cut < index, ((cut + 1)..<index).contains(where: { view.lexicon.givenNames.contains(view.ids[$0]) }),
           !(cut..<index).contains(where: { view.isComma($0) }) {
            cut = index
        }
        let frame: CueFrame = view.isColon(index) ? .colon : .that
        let content = (index + 1)..<end
        guard content.count >= 2 else { return nil }
        let subject = cue.upperBound..<cut
        guard !subject.isEmpty else {
            // "رحبت الغرفة بالاتفاق، وقالت في بيان إن …": a cue after a comma with no
            // subject of its own shares the subject of the verb that opens the sentence.
            guard cue.lowerBound > bounds.lowerBound, view.isComma(cue.lowerBound - 1) else { return nil }
            // The first verb of the sentence may follow a fronted adjunct or a negation
            // ("وفي بغداد، انتقد النائب …", "ولم يعلق المتحدث …").
            if let opening = (bounds.lowerBound..<(cue.lowerBound - 1)).first(where: { view.cue(at: $0) != nil }),
               let (length, _) = view.cue(at: opening), opening + length < cue.lowerBound,
               let shared = phrases.phrase(after: opening + length, before: cue.lowerBound - 1) {
                return Match(frame: frame, cue: cue, entry: entry, content: content, source: shared, addressee: nil)
            }
            guard view.lexicon.hasNullSubjects else { return nil }
            return Match(frame: frame, cue: cue, entry: entry, content: content, source: nil, addressee: nil, continuesPreviousSpeaker: true)
        }
        guard subject.count <= phrases.maximumLength, phrases.isPlausibleSpeaker(subject) else { return nil }
        return Match(frame: frame, cue: cue, entry: entry, content: content,
                     source: SpeakerPhraseFinder.Phrase(tokens: subject, apposition: nil, isNegated: false), addressee: nil)
    }
}
