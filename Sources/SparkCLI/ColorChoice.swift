import ArgumentParser

/// `--color auto|always|never`. Auto means: colours only on a terminal, and never when `NO_COLOR`
/// is set to anything non-empty (https://no-color.org).
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(forDescriptor descriptor: Int32) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = Terminal.environment("NO_COLOR"), !noColor.isEmpty { return false }
            return Terminal.isTerminal(descriptor)
        }
    }
}
