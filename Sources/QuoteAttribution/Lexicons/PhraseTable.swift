/// Lexicon entries keyed by their word sequence ("according to" → the ids of
/// "according" and "to"), matched against a document's word ids, longest match first.
///
/// Words are small integers from the lexicon's ``Vocabulary``, so a look-up is an array
/// index, not a string hash: a token that starts no entry costs one comparison.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [Int32]
        var value: Value
    }

    /// For each word id, the index of its bucket in `buckets`, or -1.
    private var slots: [Int32] = []
    /// Entries that start with the same word, longest first.
    private var buckets: [[Entry]] = []
    /// For each word id, the index of its one-word entry's value in `singleValues`, or
    /// -1: the stages ask "is this word a negator / a role / a preposition?" for most
    /// tokens, and this answers without touching a bucket.
    private var singles: [Int32] = []
    private var singleValues: [Value] = []
    private(set) var count = 0

    init() {}

    /// Adds an entry; returns false when the same word sequence is present already.
    @discardableResult
    mutating func insert(_ words: [Int32], _ value: Value) -> Bool {
        guard let first = words.first, first >= 0 else { return false }
        if Int(first) >= slots.count { slots.append(contentsOf: repeatElement(-1, count: Int(first) - slots.count + 1)) }
        if slots[Int(first)] < 0 {
            slots[Int(first)] = Int32(buckets.count)
            buckets.append([])
        }
        let bucket = Int(slots[Int(first)])
        if buckets[bucket].contains(where: { $0.words == words }) { return false }
        buckets[bucket].append(Entry(words: words, value: value))
        buckets[bucket].sort { $0.words.count > $1.words.count }
        if words.count == 1 {
            if Int(first) >= singles.count { singles.append(contentsOf: repeatElement(-1, count: Int(first) - singles.count + 1)) }
            singles[Int(first)] = Int32(singleValues.count)
            singleValues.append(value)
        }
        count += 1
        return true
    }

    /// The longest entry that starts at `index` of `ids`, with its length in words.
    ///
    /// It runs for most tokens, several times: the bucket is read in place, without
    /// copying (and reference counting) the bucket or its entries.
    func longestMatch(in ids: [Int32], at index: Int) -> (length: Int, value: Value)? {
        guard index >= 0, index < ids.count else { return nil }
        let id = ids[index]
        guard id >= 0, Int(id) < slots.count else { return nil }
        let slot = slots[Int(id)]
        guard slot >= 0 else { return nil }
        let available = ids.count - index
        return buckets[Int(slot)].withUnsafeBufferPointer { entries in
            for position in entries.indices {
                let length = entries[position].words.count
                guard length <= available else { continue }
                let matches = entries[position].words.withUnsafeBufferPointer { words in
                    for offset in 1..<max(1, length) where ids[index + offset] != words[offset] { return false }
                    return true
                }
                if matches { return (length, entries[position].value) }
            }
            return nil
        }
    }

    /// The value of a one-word entry.
    func value(of id: Int32) -> Value? {
        guard id >= 0, Int(id) < singles.count else { return nil }
        let single = singles[Int(id)]
        return single < 0 ? nil : singleValues[Int(single)]
    }

    func contains(_ id: Int32) -> Bool { id >= 0 && Int(id) < singles.count && singles[Int(id)] >= 0 }

    var allEntries: [Entry] { buckets.flatMap { $0 } }
}
