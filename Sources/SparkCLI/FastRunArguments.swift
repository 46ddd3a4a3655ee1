/// The arguments of the common `spark run [-q|--quiet] FILE...`, or nil for anything else.
///
/// Deliberately narrow: only words that cannot mean anything but a file (no leading `-` except a
/// lone `-` for standard input) and the quiet flag. Every other command line, including one with a
/// mistake in it, is ArgumentParser's, so help and usage errors are the same either way.
struct FastRunArguments {
    var files: [String] = []
    var quiet = false

    init?<Arguments: Collection<String>>(_ arguments: Arguments) {
        guard arguments.first == "run" else { return nil }
        for argument in arguments.dropFirst() {
            switch argument {
            case "-q", "--quiet": quiet = true
            case "-": files.append(argument)
            case _ where argument.hasPrefix("-") || argument.isEmpty: return nil
            default: files.append(argument)
            }
        }
        if files.isEmpty { return nil }
    }
}
