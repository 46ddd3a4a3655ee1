enum CompletionBenchmark {
    static func run(_ arguments: [String]) { print("completion benchmark: not written yet") }
}
