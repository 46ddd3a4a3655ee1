import SparkModel
import SparkRuntime
import SparkSyntax

/// The one world `spark serve` serves. An actor: requests change it one at a time, and each World
/// operation either succeeds whole or changes nothing, so a failed request leaves no trace.
public actor ServedWorld {
    let session: Session
    let relay: RecordRelay
    let reader: StartupScriptReader
    /// How the FILEs given at start ended.
    public nonisolated let startupOutcome: Session.Outcome

    /// Runs `files` into a new world, their records going to `startupSink`; then `include` is closed.
    public init(
        options: SessionOptions, reader: any ScriptReader, files: [SourceFile],
        startupSink: sending any RecordSink
    ) {
        let relay = RecordRelay()
        let gated = StartupScriptReader(base: reader)
        let session = Session(options: options, reader: gated, sink: relay)
        relay.target = startupSink
        startupOutcome = files.isEmpty ? .succeeded : session.run(files)
        relay.target = nil
        gated.close()
        self.relay = relay
        self.reader = gated
        self.session = session
    }

    var world: World { session.world }

    /// `POST /spark/v1/run`: runs a script in the served world, as `spark run` runs a file, and
    /// returns its records. A runtime error stops the script; statements before it stay applied,
    /// the failing one changes nothing (a `{ ... }` block makes several statements all-or-nothing).
    public func run(_ file: SourceFile) -> [Record] {
        let buffer = RecordBuffer()
        relay.target = buffer
        defer { relay.target = nil }
        _ = session.run([file])
        return buffer.records
    }

    /// Every brand with its advertiser id, by name (`GET /spark/v1/advertisers`).
    public func advertiserList() -> [Advertiser] {
        world.allBrands().map { Advertiser(brand: $0.name, id: $0.advertiserID) }
    }

    /// The brand an advertiser id names, or 40001.
    func brand(_ advertiser: UInt64) throws(APIError) -> String {
        guard let brand = world.brand(advertiserID: advertiser) else { throw .unknownAdvertiser(advertiser) }
        return brand.name
    }
}

/// A brand as an ad account.
public struct Advertiser: Sendable, Equatable {
    public let brand: String
    public let id: UInt64
}
