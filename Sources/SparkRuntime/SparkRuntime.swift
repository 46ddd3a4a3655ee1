// Evaluates statements against the World. See Interpreter.swift.
