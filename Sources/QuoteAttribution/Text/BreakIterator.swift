internal import ICUShims

/// An ICU break iterator (words or sentences) for one locale.
///
/// ICU iterators are not thread-safe and expensive to open (about 0.3 ms, more than
/// tokenizing a whole article), so they are opened once and reused through a
/// ``BreakIteratorPool``, which hands each one to a single caller at a time.
final class BreakIterator: @unchecked Sendable {
    enum Kind: Int32, Sendable {
        case word = 1
        case sentence = 3
    }

    let kind: Kind
    let locale: String
    private let handle: OpaquePointer

    init(kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        let handle = ICUShims_breakIteratorOpen(kind.rawValue, locale, &status)
        try ICUError.check(status)
        guard let handle else { throw ICUError(rawValue: 1) }
        self.kind = kind
        self.locale = locale
        self.handle = handle
    }

    deinit { ICUShims_breakIteratorClose(handle) }

    /// A boundary and the rule status of the segment that ends there.
    struct Boundary {
        var unitOffset: Int
        var ruleStatus: Int32
    }

    /// Every boundary of `units` after the start, with rule statuses. The buffer is only
    /// read during this call.
    func boundaries(of units: [UInt16]) throws(ICUError) -> [Boundary] {
        var status: Int32 = 0
        var result: [Boundary] = []
        result.reserveCapacity(units.count / 4 + 1)
        units.withUnsafeBufferPointer { buffer in
            ICUShims_breakIteratorSetText(handle, buffer.baseAddress, Int32(buffer.count), &status)
            guard status <= 0 else { return }
            _ = ICUShims_breakIteratorFirst(handle)
            while true {
                let next = ICUShims_breakIteratorNext(handle)
                if next == ICUShims_BreakDone { break }
                result.append(Boundary(unitOffset: Int(next), ruleStatus: ICUShims_breakIteratorRuleStatus(handle)))
            }
            // Detach the iterator from the buffer, which is about to go away.
            var ignored: Int32 = 0
            ICUShims_breakIteratorSetText(handle, nil, 0, &ignored)
        }
        try ICUError.check(status)
        return result
    }
}

/// Reusable break iterators, keyed by kind and locale; safe to share between tasks.
final class BreakIteratorPool: Sendable {
    private struct Key: Hashable {
        var kind: BreakIterator.Kind
        var locale: String
    }

    private let idle = Locked<[Key: [BreakIterator]]>([:])
    /// Beyond this many idle iterators per key, returned ones are closed.
    private let maximumIdle = 16

    init() {}

    /// Runs `body` with an iterator that no one else uses meanwhile.
    func withIterator<T>(
        _ kind: BreakIterator.Kind, locale: String, _ body: (BreakIterator) throws -> T
    ) throws -> T {
        let key = Key(kind: kind, locale: locale)
        let iterator = try idle.withLock { idle -> BreakIterator? in idle[key]?.popLast() }
            ?? BreakIterator(kind: kind, locale: locale)
        defer {
            idle.withLock { idle in
                if idle[key, default: []].count < maximumIdle { idle[key, default: []].append(iterator) }
            }
        }
        return try body(iterator)
    }
}
