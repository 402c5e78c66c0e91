/// The words a lexicon knows, numbered. Tokens are looked up here once; every table
/// look-up after that works on the number.
///
/// Every token of every document is looked up, so this is an open-addressing table over
/// the words' UTF-8 with a cheap hash (FNV-1a) instead of a `[String: Int32]`, whose
/// seeded SipHash cost more than the rest of the look-up. The keys are the lexicon's
/// own words, fixed before any text is read, so probe lengths do not depend on input.
struct Vocabulary: Sendable {
    /// The UTF-8 of every word, one after the other; word `i` is
    /// `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Words by hash slot; the count is a power of two and at most half are used. A
    /// slot holds a word's length and first eight bytes, so most look-ups touch one
    /// cache line: the table is larger than the cache, and a look-up that followed an
    /// id into `starts` and `bytes` missed it three times.
    private var slots = [Slot](repeating: .empty, count: 64)
    /// One bit per hash value (of the bits the slot index does not use): a clear bit
    /// means the word is not in the table. 16 KiB stay in the first-level cache, and
    /// about half of a text's words (names, numbers, most nouns) are not in the lexicon,
    /// so they are answered without touching the table.
    private var filter = [UInt64](repeating: 0, count: Self.filterWords)
    private static let filterWords = 2048

    private struct Slot {
        var id: Int32
        var length: Int32
        var head: UInt64
        static let empty = Slot(id: -1, length: 0, head: 0)
    }

    /// How many words there are; ids are `0..<count`.
    var count: Int { starts.count - 1 }

    /// The id of a folded word, or -1 when no lexicon entry uses it.
    func id(of word: String) -> Int32 {
        var word = word
        return word.withUTF8 { id(ofUTF8: $0) }
    }

    /// The id of a folded word given as UTF-8, or -1.
    func id(ofUTF8 key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(key)
        let bit = Self.filterBit(hash)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return -1 }
        let head = Self.head(key)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = hash & mask
            while true {
                let slot = slots[index]
                if slot.id < 0 { return -1 }
                if slot.length == key.count && slot.head == head && (key.count <= 8 || tailMatches(slot.id, key)) {
                    return slot.id
                }
                index = (index + 1) & mask
            }
        }
    }

    /// Whether the bytes of word `id` after the first eight are those of `key`.
    private func tailMatches(_ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[Int(id)])
        return bytes.withUnsafeBufferPointer { bytes in
            for offset in 8..<key.count where bytes[start + offset] != key[offset] { return false }
            return true
        }
    }

    /// The id of a folded word, adding it when new.
    mutating func add(_ word: String) -> Int32 {
        let existing = id(of: word)
        if existing >= 0 { return existing }
        let id = Int32(count)
        bytes.append(contentsOf: word.utf8)
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count {
            rehash(capacity: slots.count * 2)
        } else {
            place(id)
        }
        return id
    }

    private mutating func rehash(capacity: Int) {
        slots = [Slot](repeating: .empty, count: capacity)
        for id in 0..<Int32(count) { place(id) }
    }

    private mutating func place(_ id: Int32) {
        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
        let (hash, head) = bytes.withUnsafeBufferPointer { bytes in
            let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return (Self.hash(word), Self.head(word))
        }
        let mask = slots.count - 1
        var index = hash & mask
        while slots[index].id >= 0 { index = (index + 1) & mask }
        slots[index] = Slot(id: id, length: Int32(end - start), head: head)
        let bit = Self.filterBit(hash)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The filter bit of a hash: its high bits, which the slot index (low bits) leaves.
    private static func filterBit(_ hash: Int) -> Int {
        Int(truncatingIfNeeded: UInt64(bitPattern: Int64(hash)) >> 47) & (filterWords * 64 - 1)
    }

    /// The first eight bytes of a word, zero-padded, as one integer.
    private static func head(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for offset in 0..<min(8, key.count) { head |= UInt64(key[offset]) << (8 * offset) }
        return head
    }

    /// 64-bit FNV-1a, with the high bits folded in so that masking keeps them.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
