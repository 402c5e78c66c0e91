/// One item of input: a document ready for the pipeline, or the reason it could not be
/// read (invalid UTF-8, a malformed JSON line, …). Failures travel in input order with
/// the documents, so that every input is accounted for in the output.
public typealias InputDocument = Result<Document, DocumentFailure>
