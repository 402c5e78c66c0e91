import ArgumentParser
import Foundation
import QuoteAttribution

struct Lexicons: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the language lexicons.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every lexicon file; report problems as file:line: message.",
            discussion: """
                Checks the built-in lexicons, or a folder laid out like Lexicons/ given with
                --lexicons (overlaid on the built-in ones, as `run` would use them).

                Examples:
                  attribute lexicons check
                  attribute lexicons check --lexicons my-lexicons/
                """
        )

        @Option(name: .long, help: ArgumentHelp("A folder of lexicons to check (overlaid on the built-in ones).", valueName: "dir"))
        var lexicons: String?

        func run() throws {
            do {
                var source = LexiconSource.embedded
                if let lexicons { source = try source.overlaid(with: URL(fileURLWithPath: lexicons)) }
                let set = try LexiconSet(source: source)
                for language in set.languages {
                    guard let lexicon = set[language] else { continue }
                    print("\(language): \(lexicon.name) — \(lexicon.summary)")
                }
                print("ok: \(set.languages.count) languages")
            } catch let errors as LexiconErrors {
                FileHandle.standardError.write(Data((errors.description + "\n").utf8))
                FileHandle.standardError.write(Data("\(errors.errors.count) problems\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
