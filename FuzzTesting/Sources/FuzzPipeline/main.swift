import CFuzzerDriver
import Foundation
import QuoteAttribution

/// Text in, statements out, in every language the lexicons know. The first byte picks
/// the language (so one corpus exercises all of them); the rest is the text, decoded
/// leniently as the CLI does after validation. Crashes are findings, and so are broken
/// output invariants and non-deterministic output, which trap on purpose.
let pipeline: Pipeline = {
    do { return try Pipeline(configuration: Configuration.standard()) } catch { fatalError("\(error)") }
}()
let languages = pipeline.configuration?.lexicons.languages ?? []

func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let selector = bytes.first, !languages.isEmpty else { return 0 }
    let language = languages[Int(selector) % languages.count]
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let document = Document(id: "fuzz", text: text, language: language)
    let first = pipeline.process(document)
    let second = pipeline.process(document)
    switch (first, second) {
    case (.success(let a), .success(let b)):
        precondition(a.statements == b.statements, "output is not deterministic")
        let problems = OutputInvariants.violations(of: a.statements, in: text)
        precondition(problems.isEmpty, problems.joined(separator: "\n"))
    case (.failure(let a), .failure(let b)):
        precondition(a == b, "errors differ between two runs: \(a) / \(b)")
    default:
        preconditionFailure("one run failed and the other did not")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzPipeline($0, $1) }))
