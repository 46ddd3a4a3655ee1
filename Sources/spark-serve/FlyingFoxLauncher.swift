import SparkCLI
import SparkServer

/// Serves the settings `spark serve` decided with SparkServer (FlyingFox underneath).
struct FlyingFoxLauncher: ServeLaunching {
    func serve(_ settings: sending ServeSettings) throws(ServeFailure) {
        let (host, port, token) = (settings.host, settings.port, AccessToken(settings.token))
        let (renderLines, announce) = (settings.renderLines, settings.announce)
        // The startup sink goes to the served world for good: the last use of the settings.
        let world = ServedWorld(
            options: settings.options, reader: settings.reader, files: settings.files,
            startupSink: settings.startupSink)
        guard world.startupOutcome == .succeeded else { throw .startup(world.startupOutcome) }
        let router = APIRouter(world: world, token: token, renderLines: renderLines)
        do throws(SparkHTTPServer.Failure) {
            let server = try SparkHTTPServer(host: host, port: port, router: router, log: .standardError())
            try server.runUntilTerminated(ready: announce)
        } catch {
            switch error {
            case .badHost(let host): throw .cannotListen("`\(host)` is not an IPv4 or IPv6 address")
            case .cannotListen(let reason): throw .cannotListen(reason)
            }
        }
    }
}
