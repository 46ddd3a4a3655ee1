enum ParseBenchmark {
    static func run(_ arguments: [String]) { print("parse benchmark: not written yet") }
}
