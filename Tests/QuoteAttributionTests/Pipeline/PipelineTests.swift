import Testing
@testable import QuoteAttribution

@Suite struct PipelineTests {
    @Test func missingPrerequisiteIsAConstructionError() {
        #expect(throws: PipelineError.self) { try Pipeline([QuoteDetector(lexicons: sharedConfiguration.lexicons)]) }
        do {
            _ = try Pipeline([QuoteDetector(lexicons: sharedConfiguration.lexicons)])
        } catch {
            #expect(error.message == "stage 'quotes' requires 'normalized', which no earlier stage provides (earlier stages provide nothing)")
        }
    }

    @Test func duplicateStageIsRefused() {
        let normalizer = Normalizer(lexicons: sharedConfiguration.lexicons)
        #expect(throws: PipelineError.self) { try Pipeline([normalizer, normalizer]) }
    }

    @Test func stagesCanBeDroppedAndReplaced() throws {
        // Without the stance stage, statements still come out, all neutral.
        let stages = Array(sharedConfiguration.standardStages.dropLast())
        let pipeline = try Pipeline(stages)
        let result = try pipeline.process(Document(id: "d", text: "The minister said the deal was a success.", language: .english)).get()
        #expect(result.statements.first?.stance.label == .neutral)
        let replaced = try sharedPipeline.replacing(.classifyStance, with: StanceClassifier(lexicons: sharedConfiguration.lexicons, threshold: 0.99))
        let strict = try replaced.process(Document(id: "d", text: "The minister said the deal was a success.", language: .english)).get()
        #expect(strict.statements.first?.stance.label == .neutral)
        #expect(throws: PipelineError.self) { try sharedPipeline.replacing(StageID(rawValue: "nope"), with: SpeakerResolver()) }
    }

    @Test func layersAreWriteOnce() throws {
        var document = Document(id: "d", text: "x")
        try document.add([], as: StanceKey.self)
        #expect(throws: PipelineError.self) { try document.add([], as: StanceKey.self) }
    }

    /// The contract of every stage: it adds exactly the layers it provides, keeps
    /// every offset inside the text, and gives the same result twice.
    @Test(arguments: ["Anna Berg said: “We will win.” She added that the vote was fair.",
                      "“Unclosed quote at the start\n\nAccording to the report, prices rose.",
                      "🎉 Cafe\u{301} owner Tom Reed said the party was “great”."])
    func stageContract(_ text: String) throws {
        let recorder = SnapshotRecorder()
        let result = sharedPipeline.process(Document(id: "c", text: text, language: .english), observer: recorder)
        _ = try result.get()
        var previous: [AnnotationLayer] = []
        for (index, snapshot) in recorder.snapshots.enumerated() {
            let stage = sharedPipeline.stages[index]
            let added = Set(snapshot.document.layerOrder).subtracting(previous)
            #expect(added == stage.provides, "stage \(stage.id)")
            previous = snapshot.document.layerOrder
        }
        let count = text.unicodeScalars.count
        let statements = try result.get().statements
        for statement in statements {
            #expect(statement.content.start >= 0 && statement.content.end <= count)
            #expect(slice(text, statement.content.start, statement.content.end) == statement.content.text)
            if let cue = statement.cue { #expect(slice(text, cue.start, cue.end) == cue.text) }
            if let mention = statement.speaker?.mention { #expect(slice(text, mention.start, mention.end) == mention.text) }
        }
        let again = try sharedPipeline.process(Document(id: "c", text: text, language: .english)).get().statements
        #expect(again == statements)
    }

    @Test func streamingKeepsOrderAndAccountsForEveryInput() async throws {
        var inputs: [InputDocument] = []
        for index in 0..<40 {
            if index % 7 == 3 {
                inputs.append(.failure(DocumentFailure(documentID: "bad\(index)", code: .malformedJSON, message: "broken")))
            } else {
                inputs.append(.success(Document(id: "doc\(index)", text: "Speaker Number\(index) said that item \(index) was ready.", language: .english)))
            }
        }
        func run(window: Int, batch: Int = 1) async throws -> [String] {
            var ids: [String] = []
            for try await result in sharedPipeline.results(for: AsyncInputs(items: inputs), window: window, batch: batch) {
                switch result {
                case .success(let annotated): ids.append(annotated.id + ":" + annotated.statements.map(\.content.text).joined())
                case .failure(let failure): ids.append(failure.documentID)
                }
            }
            return ids
        }
        let one = try await run(window: 1)
        let four = try await run(window: 4)
        // 40 inputs in batches of 3 and 8: the last batch is short.
        let batchedThree = try await run(window: 2, batch: 3)
        let batchedEight = try await run(window: 3, batch: 8)
        #expect(one.count == 40)
        #expect(one == four)
        #expect(one == batchedThree)
        #expect(one == batchedEight)
        #expect(one[3] == "bad3")
    }
}

/// An async sequence over an array, for streaming tests.
struct AsyncInputs: AsyncSequence, Sendable {
    typealias Element = InputDocument
    let items: [InputDocument]
    func makeAsyncIterator() -> Iterator { Iterator(items: items) }
    struct Iterator: AsyncIteratorProtocol {
        let items: [InputDocument]
        var index = 0
        mutating func next() async throws -> InputDocument? {
            defer { index += 1 }
            return index < items.count ? items[index] : nil
        }
    }
}
