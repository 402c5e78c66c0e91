public import Logging

/// The attribution pipeline: an ordered list of stages, checked when it is built.
///
/// ```swift
/// let pipeline = try Pipeline(configuration: .standard())
/// let result = pipeline.process(Document(id: "a1", text: article))
/// for statement in try result.get().statements { print(statement.content.text) }
/// ```
///
/// `Pipeline` is a value and `Sendable`: share one between tasks.
public struct Pipeline: Sendable {
    public let stages: [any Stage]

    /// The logger used when the caller gives none; made once, since making a logger asks
    /// the logging system for a handler.
    public static let defaultLogger = Logger(label: "QuoteAttribution")
    public let configuration: Configuration?
    let minimumConfidence: Double

    /// A pipeline of the standard stages.
    public init(configuration: Configuration) throws(PipelineError) {
        try self.init(configuration.standardStages, configuration: configuration)
    }

    /// A pipeline of any stages. Throws when a stage requires a layer that no earlier
    /// stage provides, or when two stages share an id.
    public init(_ stages: [any Stage], configuration: Configuration? = nil) throws(PipelineError) {
        var provided = Set<AnnotationLayer>()
        var ids = Set<StageID>()
        for stage in stages {
            guard ids.insert(stage.id).inserted else {
                throw PipelineError(.duplicateStage, "two stages have the id '\(stage.id)'")
            }
            for layer in stage.requires.sorted(by: { $0.name < $1.name }) where !provided.contains(layer) {
                let earlier = provided.isEmpty ? "earlier stages provide nothing" : "earlier stages provide \(provided.map(\.name).sorted().joined(separator: ", "))"
                throw PipelineError(.missingPrerequisite, "stage '\(stage.id)' requires '\(layer.name)', which no earlier stage provides (\(earlier))")
            }
            provided.formUnion(stage.provides)
        }
        self.stages = stages
        self.configuration = configuration
        self.minimumConfidence = configuration?.minimumConfidence ?? 0
    }

    /// The same pipeline with `stage` inserted after the stage `id`.
    public func inserting(_ stage: some Stage, after id: StageID) throws(PipelineError) -> Pipeline {
        guard let index = stages.firstIndex(where: { $0.id == id }) else {
            throw PipelineError(.unknownStage, "no stage '\(id)'; stages are \(stages.map(\.id.rawValue).joined(separator: ", "))")
        }
        var stages = self.stages
        stages.insert(stage, at: index + 1)
        return try Pipeline(stages, configuration: configuration)
    }

    /// The same pipeline with the stage `id` replaced.
    public func replacing(_ id: StageID, with stage: some Stage) throws(PipelineError) -> Pipeline {
        guard let index = stages.firstIndex(where: { $0.id == id }) else {
            throw PipelineError(.unknownStage, "no stage '\(id)'; stages are \(stages.map(\.id.rawValue).joined(separator: ", "))")
        }
        var stages = self.stages
        stages[index] = stage
        return try Pipeline(stages, configuration: configuration)
    }

    /// Runs every stage on one document. A problem with the document is a failure value,
    /// never a crash and never a thrown error, so a batch always goes on.
    public func process(_ document: Document, logger: Logger = Pipeline.defaultLogger,
                        observer: (any PipelineObserver)? = nil) -> Result<AnnotatedDocument, DocumentFailure> {
        var document = document
        let clock = ContinuousClock()
        // Metadata costs allocations per stage and document; only pay for it when the
        // logger will print debug messages.
        let annotateLogs = logger.logLevel <= .debug
        for stage in stages {
            var stageLogger = logger
            if annotateLogs {
                stageLogger[metadataKey: "document"] = "\(document.id)"
                stageLogger[metadataKey: "stage"] = "\(stage.id)"
            }
            let started = clock.now
            do {
                try stage.process(&document, context: StageContext(logger: stageLogger))
            } catch {
                var failure = (error as? StageError).map {
                    DocumentFailure(documentID: document.id, code: $0.code, message: $0.message, stage: stage.id)
                } ?? DocumentFailure(documentID: document.id, code: .stageFailed, message: "\(error)", stage: stage.id)
                failure.source = document.source
                return .failure(failure)
            }
            observer?.stage(stage.id, didAnnotate: document, in: clock.now - started)
        }
        return .success(AnnotatedDocument(document: document, minimumConfidence: minimumConfidence))
    }
}
