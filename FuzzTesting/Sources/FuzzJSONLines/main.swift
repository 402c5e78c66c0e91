import CFuzzerDriver
import Foundation
import QuoteAttribution

/// One JSONL line in, one input document or one error record out: the decoder must never
/// crash, and whatever it accepts must run through the pipeline without breaking the
/// output invariants.
let pipeline: Pipeline = {
    do { return try Pipeline(configuration: Configuration.standard()) } catch { fatalError("\(error)") }
}()
let decoder = JSONLineDecoder()

func fuzzJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let input = decoder.decode(bytes, location: "fuzz:1")
    guard case .success(let document) = input else { return 0 }
    if case .success(let result) = pipeline.process(document) {
        let problems = OutputInvariants.violations(of: result.statements, in: document.text)
        precondition(problems.isEmpty, problems.joined(separator: "\n"))
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { fuzzJSONLines($0, $1) }))
