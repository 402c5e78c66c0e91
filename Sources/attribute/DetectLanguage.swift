import ArgumentParser
import Foundation
import QuoteAttribution

struct DetectLanguage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect-language",
        abstract: "Print the language CLD2 identifies for each document, and a tally.",
        discussion: """
            One line per document: id, detected language, percent, reliable or not, and
            the declared language when the input has one. Useful to see which lexicons a
            corpus needs before running it.

            Examples:
              attribute detect-language ../shared/corpus/fr.jsonl | tail -3
            """
    )

    @Argument(help: ArgumentHelp("Files, directories, or - for standard input.", valueName: "path"))
    var paths: [String] = ["-"]

    func run() throws {
        var tally: [String: Int] = [:]
        var agreeing = 0, declared = 0
        for input in DocumentReader(paths: paths) {
            guard case .success(let document) = input else { continue }
            let guess = LanguageIdentifier.identify(document.text)
            tally[guess.language.rawValue, default: 0] += 1
            var line = "\(document.id)\t\(guess.language)\t\(guess.percent)%\t\(guess.isReliable ? "reliable" : "unreliable")"
            if let language = document.declaredLanguage {
                line += "\tdeclared \(language)"
                declared += 1
                if language == guess.language { agreeing += 1 }
            }
            print(line)
        }
        let summary = tally.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("detected: \(summary)" + (declared > 0 ? "; agrees with the declared language on \(agreeing) of \(declared)" : ""))
    }
}
