import Foundation
import PackagePlugin

/// Generates `EmbeddedLexicons.swift` from every file under `Lexicons/`, so that the
/// library (and the `attribute` binary) carries its language data and works when copied
/// elsewhere. SwiftPM resources cannot reach outside a target's folder; a build-tool
/// plugin can, and it reruns whenever a lexicon file changes.
@main
struct EmbedLexicons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        let lexicons = context.package.directoryURL.appending(path: "Lexicons")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: lexicons, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) lexicon files",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [lexicons.path, output.path],
                inputFiles: inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            )
        ]
    }
}
