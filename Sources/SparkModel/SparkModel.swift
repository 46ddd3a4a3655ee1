// The Spark domain. See World.swift.
