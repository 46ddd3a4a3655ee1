enum ModelBenchmark {
    static func run(_ arguments: [String]) { print("model benchmark: not written yet") }
}
