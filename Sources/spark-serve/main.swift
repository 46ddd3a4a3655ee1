import SparkCLI

// `spark serve` lands here (spark hands it over with execv): the command line is SparkCLI's, the
// server SparkServer's.
ServeCommand.main(launcher: FlyingFoxLauncher())
