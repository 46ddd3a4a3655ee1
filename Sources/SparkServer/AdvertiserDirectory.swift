import SparkModel

/// Each brand's numeric `advertiser_id`, as the API names ad accounts.
///
/// An adapter while SparkModel has no advertiser id of its own: ids are derived from the seed and
/// the brand's name (19 digits starting with 7, like TikTok's), so the same script and seed give
/// the same ids on every run. When the World carries the id, this type asks it instead.
struct AdvertiserDirectory {
    private let seed: UInt64
    private var brandByID: [UInt64: String] = [:]
    private var idByBrand: [String: UInt64] = [:]

    init(seed: UInt64) {
        self.seed = seed
    }

    /// The brand behind an advertiser id, or nil when no brand has it.
    mutating func brand(for id: UInt64, in world: World) -> String? {
        if let name = brandByID[id] { return name }
        refresh(world)
        return brandByID[id]
    }

    /// Every brand and its id, by name.
    mutating func all(in world: World) -> [(brand: String, id: UInt64)] {
        refresh(world)
        return world.allBrands().compactMap { brand in idByBrand[brand.name].map { (brand.name, $0) } }
    }

    /// Gives ids to brands created since the last look. Brands are never removed, so known ids stay.
    private mutating func refresh(_ world: World) {
        for brand in world.allBrands() where idByBrand[brand.name] == nil {
            var id = derivedID(brand.name)
            while brandByID[id] != nil { id = id == Self.last ? Self.first : id + 1 }
            brandByID[id] = brand.name
            idByBrand[brand.name] = id
        }
    }

    static let first: UInt64 = 7_000_000_000_000_000_000
    static let last: UInt64 = 7_999_999_999_999_999_999

    /// FNV-1a of the name mixed with the seed by SplitMix64's finaliser, into [first, last].
    private func derivedID(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        var z = hash ^ seed &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Self.first + z % (Self.last - Self.first + 1)
    }
}
