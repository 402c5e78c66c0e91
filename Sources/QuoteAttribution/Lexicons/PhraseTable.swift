/// Lexicon entries keyed by their folded word sequence ("according to" → ["according",
/// "to"]), matched against a token sequence with longest match first.
///
/// The first word indexes a dictionary, so a look-up at a token that starts no entry is
/// one hash probe.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var value: Value
    }

    private var byFirstWord: [String: [Entry]] = [:]
    private(set) var count = 0

    init() {}

    /// Adds an entry; returns false when the same word sequence is present already.
    @discardableResult
    mutating func insert(_ words: [String], _ value: Value) -> Bool {
        guard let first = words.first else { return false }
        var entries = byFirstWord[first, default: []]
        if entries.contains(where: { $0.words == words }) { return false }
        entries.append(Entry(words: words, value: value))
        entries.sort { $0.words.count > $1.words.count }
        byFirstWord[first] = entries
        count += 1
        return true
    }

    /// The longest entry that starts at `index` of `words`, with its length in words.
    func longestMatch(in words: some RandomAccessCollection<String>, at index: Int) -> (length: Int, value: Value)? {
        let start = words.index(words.startIndex, offsetBy: index)
        guard start < words.endIndex, let entries = byFirstWord[words[start]] else { return nil }
        let available = words.distance(from: start, to: words.endIndex)
        for entry in entries where entry.words.count <= available {
            var matches = true
            var position = start
            for word in entry.words {
                if words[position] != word { matches = false; break }
                position = words.index(after: position)
            }
            if matches { return (entry.words.count, entry.value) }
        }
        return nil
    }

    /// The value of a one-word entry.
    func value(of word: String) -> Value? {
        byFirstWord[word]?.first { $0.words.count == 1 }?.value
    }

    func contains(_ word: String) -> Bool { value(of: word) != nil }

    var allEntries: [Entry] { byFirstWord.values.flatMap { $0 } }
}
