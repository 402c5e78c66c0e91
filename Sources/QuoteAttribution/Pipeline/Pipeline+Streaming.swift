/// The result of one input: its annotated document, or why it failed.
public typealias DocumentResult = Result<AnnotatedDocument, DocumentFailure>

extension Pipeline {
    /// Processes a stream of inputs with at most `window` documents in flight, yielding
    /// one result per input, in input order. Nothing past the window is read until the
    /// consumer asks for more, so the window is the back-pressure and memory stays flat.
    /// Work still in flight is cancelled when the consumer stops iterating.
    ///
    /// ```swift
    /// let pipeline = try Pipeline(configuration: .standard())
    /// for try await result in pipeline.results(for: documents.map { InputDocument.success($0) }, window: 8) {
    ///     for statement in try result.get().statements { print(statement.speaker?.name ?? "?") }
    /// }
    /// ```
    public func results<Inputs: AsyncSequence & Sendable>(for inputs: Inputs, window: Int, observer: (any PipelineObserver)? = nil)
        -> OrderedResults<Inputs> where Inputs.Element == InputDocument
    {
        OrderedResults(pipeline: self, inputs: inputs, window: max(1, window), observer: observer)
    }

    /// The statements of a stream of documents, as results per document, bounded and in
    /// order (see ``results(for:window:)``).
    public func statements<Documents: AsyncSequence & Sendable>(from documents: Documents, window: Int = 8)
        -> OrderedResults<AsyncMapSequence<Documents, InputDocument>> where Documents.Element == Document
    {
        results(for: documents.map { InputDocument.success($0) }, window: window)
    }
}

/// An `AsyncSequence` of ``DocumentResult``s in input order with a bounded number of
/// documents in flight (see ``Pipeline/results(for:window:)``).
public struct OrderedResults<Inputs: AsyncSequence & Sendable>: AsyncSequence, Sendable where Inputs.Element == InputDocument {
    public typealias Element = DocumentResult
    let pipeline: Pipeline
    let inputs: Inputs
    let window: Int
    let observer: (any PipelineObserver)?

    public func makeAsyncIterator() -> Iterator {
        Iterator(pipeline: pipeline, base: inputs.makeAsyncIterator(), window: window, observer: observer)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let pipeline: Pipeline
        var base: Inputs.AsyncIterator
        let window: Int
        let observer: (any PipelineObserver)?
        let inFlight = InFlight()
        var exhausted = false

        /// The tasks in flight; cancels whatever is left when the iterator goes away.
        final class InFlight: @unchecked Sendable {
            // Owned by one iterator, which is used by one task at a time.
            var tasks: [Task<DocumentResult, Never>] = []
            var head = 0
            deinit { for task in tasks[head...] { task.cancel() } }
        }

        public mutating func next() async throws -> DocumentResult? {
            // A window of one has nothing to overlap: the document is processed right
            // here, which spares a task, a thread hop and a wake-up per document (about
            // a tenth of a one-core run's time).
            if window == 1 {
                guard let input = try await base.next() else { return nil }
                return Self.process(input, pipeline: pipeline, observer: observer)
            }
            while !exhausted && inFlight.tasks.count - inFlight.head < window {
                guard let input = try await base.next() else {
                    exhausted = true
                    break
                }
                let pipeline = self.pipeline
                let observer = self.observer
                inFlight.tasks.append(Task { Self.process(input, pipeline: pipeline, observer: observer) })
            }
            guard inFlight.head < inFlight.tasks.count else { return nil }
            let task = inFlight.tasks[inFlight.head]
            inFlight.head += 1
            if inFlight.head > 256 {
                inFlight.tasks.removeFirst(inFlight.head)
                inFlight.head = 0
            }
            return await task.value
        }

        private static func process(_ input: InputDocument, pipeline: Pipeline, observer: (any PipelineObserver)?) -> DocumentResult {
            switch input {
            case .success(let document):
                if Task.isCancelled { return .failure(DocumentFailure(documentID: document.id, code: .stageFailed, message: "cancelled")) }
                return pipeline.process(document, observer: observer)
            case .failure(let failure):
                return .failure(failure)
            }
        }
    }
}
