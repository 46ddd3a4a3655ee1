import SparkModel

/// Adapter for `World.unbind(video:from:)`, which SparkModel is gaining: until it lands, unbinding
/// answers 50000 and changes nothing.
enum LibraryUnbinding {
    static func unbind(video: UInt64, from brand: String, in world: World) throws(APIError) {
        throw .internalError("unbinding needs World.unbind(video:from:), not in this build yet")
    }
}
