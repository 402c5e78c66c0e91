/// The result of one input: its annotated document, or why it failed.
public typealias DocumentResult = Result<AnnotatedDocument, DocumentFailure>

extension Pipeline {
    /// Processes a stream of inputs with at most `window` tasks in flight, each working
    /// through up to `batch` consecutive documents, yielding one result per input, in
    /// input order. Nothing past `window × batch` documents is read until the consumer
    /// asks for more, so the window is the back-pressure and memory stays flat. Work
    /// still in flight is cancelled when the consumer stops iterating.
    ///
    /// A window of one processes each document in the consumer's task. With several,
    /// every task costs a thread hop and a wake-up; a `batch` of a few documents spreads
    /// that over them when documents are short (news articles take a third of a
    /// millisecond).
    ///
    /// ```swift
    /// let pipeline = try Pipeline(configuration: .standard())
    /// for try await result in pipeline.results(for: documents.map { InputDocument.success($0) }, window: 8) {
    ///     for statement in try result.get().statements { print(statement.speaker?.name ?? "?") }
    /// }
    /// ```
    public func results<Inputs: AsyncSequence & Sendable>(
        for inputs: Inputs, window: Int, batch: Int = 1, observer: (any PipelineObserver)? = nil
    ) -> OrderedResults<Inputs> where Inputs.Element == InputDocument {
        OrderedResults(pipeline: self, inputs: inputs, window: max(1, window), batch: max(1, batch), observer: observer)
    }

    /// The statements of a stream of documents, as results per document, bounded and in
    /// order (see ``results(for:window:batch:observer:)``).
    public func statements<Documents: AsyncSequence & Sendable>(from documents: Documents, window: Int = 8)
        -> OrderedResults<AsyncMapSequence<Documents, InputDocument>> where Documents.Element == Document
    {
        results(for: documents.map { InputDocument.success($0) }, window: window)
    }
}

/// An `AsyncSequence` of ``DocumentResult``s in input order with a bounded number of
/// documents in flight (see ``Pipeline/results(for:window:batch:observer:)``).
public struct OrderedResults<Inputs: AsyncSequence & Sendable>: AsyncSequence, Sendable where Inputs.Element == InputDocument {
    public typealias Element = DocumentResult
    let pipeline: Pipeline
    let inputs: Inputs
    let window: Int
    let batch: Int
    let observer: (any PipelineObserver)?

    public func makeAsyncIterator() -> Iterator {
        Iterator(pipeline: pipeline, base: inputs.makeAsyncIterator(), window: window, batch: batch, observer: observer)
    }

    public struct Iterator: AsyncIteratorProtocol {
        let pipeline: Pipeline
        var base: Inputs.AsyncIterator
        let window: Int
        let batch: Int
        let observer: (any PipelineObserver)?
        let inFlight = InFlight()
        var exhausted = false
        /// Results of the oldest finished task not handed out yet.
        var ready: [DocumentResult] = []
        var readyIndex = 0

        /// The tasks in flight; cancels whatever is left when the iterator goes away.
        final class InFlight: @unchecked Sendable {
            // Owned by one iterator, which is used by one task at a time. A task that has
            // been awaited is dropped at once: a finished task keeps its results, and
            // holding a few hundred of them held as many annotated documents.
            var tasks: [Task<[DocumentResult], Never>?] = []
            var head = 0
            deinit { for task in tasks[head...] { task?.cancel() } }
        }

        public mutating func next() async throws -> DocumentResult? {
            // A window of one has nothing to overlap: the document is processed right
            // here, which spares a task, a thread hop and a wake-up per document (about
            // a third of a one-core run's time).
            if window == 1 {
                guard let input = try await base.next() else { return nil }
                return Self.process(input, pipeline: pipeline, observer: observer)
            }
            if readyIndex < ready.count {
                defer { readyIndex += 1 }
                return ready[readyIndex]
            }
            while !exhausted && inFlight.tasks.count - inFlight.head < window {
                var inputs: [InputDocument] = []
                inputs.reserveCapacity(batch)
                while inputs.count < batch, let input = try await base.next() { inputs.append(input) }
                if inputs.count < batch { exhausted = true }
                guard !inputs.isEmpty else { break }
                let pipeline = self.pipeline
                let observer = self.observer
                inFlight.tasks.append(Task { inputs.map { Self.process($0, pipeline: pipeline, observer: observer) } })
            }
            guard inFlight.head < inFlight.tasks.count, let task = inFlight.tasks[inFlight.head] else { return nil }
            inFlight.tasks[inFlight.head] = nil
            inFlight.head += 1
            if inFlight.head > 256 {
                inFlight.tasks.removeFirst(inFlight.head)
                inFlight.head = 0
            }
            ready = await task.value
            readyIndex = 1
            return ready.first
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
