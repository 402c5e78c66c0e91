import ArgumentParser

@main
struct Attribute: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribute",
        abstract: "Find who said what in news articles: quotes, reported claims, speakers, roles and stance.",
        discussion: """
            Examples:
              attribute run fixtures/en > statements.jsonl
              attribute run corpus.jsonl --jobs 2 --errors errors.jsonl
              attribute explain fixtures/en/astana-memorandum.txt --stage speakers
              attribute eval fixtures/en
              attribute lexicons check
            """,
        subcommands: [Run.self, Explain.self, Eval.self, Lexicons.self, DetectLanguage.self],
        defaultSubcommand: nil
    )
}
