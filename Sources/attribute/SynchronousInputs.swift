import QuoteAttribution

/// The synchronous reader as an `AsyncSequence`. Reads happen in `next()`, one line or
/// file at a time, so nothing is read ahead of the pipeline's window. The first `skip`
/// inputs (already written by an interrupted run) are read and dropped.
struct SynchronousInputs: AsyncSequence, Sendable {
    typealias Element = InputDocument
    let reader: DocumentReader
    var skip = 0

    func makeAsyncIterator() -> Iterator { Iterator(base: reader.makeIterator(), skip: skip) }

    struct Iterator: AsyncIteratorProtocol {
        var base: DocumentReader.Iterator
        var skip: Int

        mutating func next() async throws -> InputDocument? {
            while skip > 0 {
                guard base.next() != nil else { return nil }
                skip -= 1
            }
            return base.next()
        }
    }
}
