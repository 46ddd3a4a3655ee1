import ArgumentParser
import SparkInteractive
import SparkModel
import SparkRuntime
import SparkSyntax

/// `--format text|json`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
