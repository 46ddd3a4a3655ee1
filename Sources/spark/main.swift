import SparkCLI

// Everything lives in SparkCLI, where the tests can reach it; this is only the door.
Spark.main()
