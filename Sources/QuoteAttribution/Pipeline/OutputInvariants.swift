/// The promises every result keeps, whatever its input: each span lies inside the text,
/// its text is the text at its offsets, and statements come in text order. The
/// hostile-input tests and the fuzz targets check them on every input; a violation is a
/// bug, never a property of the input.
public enum OutputInvariants {
    /// A description of every broken promise in `statements` for the document `text`
    /// (empty when all hold).
    public static func violations(of statements: [AttributedStatement], in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var problems: [String] = []
        func check(_ span: AttributedStatement.Excerpt, _ what: String, _ statement: AttributedStatement) {
            guard 0 <= span.start, span.start <= span.end, span.end <= scalars.count else {
                problems.append("\(statement.statementID): \(what) [\(span.start), \(span.end)) is outside the text of \(scalars.count) scalars")
                return
            }
            let actual = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            if actual != span.text {
                problems.append("\(statement.statementID): \(what) says \(span.text.debugDescription) but the text has \(actual.debugDescription)")
            }
        }
        var previousStart = 0
        for statement in statements {
            check(statement.content, "content", statement)
            if let mention = statement.speaker?.mention { check(mention, "speaker mention", statement) }
            for fragment in statement.quoted ?? [] {
                check(fragment, "quoted fragment", statement)
                if fragment.start < statement.content.start || fragment.end > statement.content.end {
                    problems.append("\(statement.statementID): quoted fragment [\(fragment.start), \(fragment.end)) lies outside its content")
                }
            }
            if let cue = statement.cue {
                check(AttributedStatement.Excerpt(text: cue.text, start: cue.start, end: cue.end), "cue", statement)
            }
            if statement.content.start < previousStart {
                problems.append("\(statement.statementID): content starts at \(statement.content.start), before the statement ahead of it (\(previousStart))")
            }
            previousStart = statement.content.start
        }
        return problems
    }
}
