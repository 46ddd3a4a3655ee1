import ArgumentParser
import SparkLSP

/// `spark lsp`: the language server on standard input and output.
struct LspCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the Language Server Protocol server on standard input and output.",
        discussion: """
            For editors: JSON-RPC 2.0 with Content-Length framing. Offers diagnostics as you \
            type (syntax errors and static-check warnings), completion, hover help, go to \
            definition (a name to its `let`, an include to its file), document symbols and \
            formatting (`spark fmt`). Nothing but protocol is written to standard output. \
            Editors/README.md says how to set it up in VS Code, Neovim, Helix and Zed. Exit \
            status: 0 after `shutdown` then `exit` (or when the input ends before any message), 1 otherwise.
            """)

    func run() throws {
        let status = StandardStreams.serve()
        if status != 0 { throw ExitCode(status) }
    }
}
