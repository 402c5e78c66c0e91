import Benchmark
import Foundation
import QuoteAttribution

/// Whole-pipeline and per-stage throughput and allocations on a fixed corpus: the
/// articles in ../fixtures (all languages), or the JSONL file named by
/// QUOTEATTRIBUTION_BENCH_CORPUS (for example ../../shared/corpus/en.jsonl).
let benchmarks: @Sendable () -> Void = {
    let configuration = try! Configuration.standard()  // A benchmark may trap on a broken build.
    let pipeline = try! Pipeline(configuration: configuration)
    let corpusPath = ProcessInfo.processInfo.environment["QUOTEATTRIBUTION_BENCH_CORPUS"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../fixtures").standardized.path
    let documents: [Document] = DocumentReader(paths: [corpusPath]).compactMap { try? $0.get() }

    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(10), maxIterations: 50)

    Benchmark("pipeline: \(documents.count) documents") { benchmark in
        for _ in benchmark.scaledIterations {
            for document in documents { blackHole(pipeline.process(document)) }
        }
    }

    for count in 1...pipeline.stages.count {
        let prefix = try! Pipeline(Array(pipeline.stages.prefix(count)))
        let stage = pipeline.stages[count - 1].id
        Benchmark("stages up to \(stage)") { benchmark in
            for _ in benchmark.scaledIterations {
                for document in documents { blackHole(prefix.process(document)) }
            }
        }
    }
}
