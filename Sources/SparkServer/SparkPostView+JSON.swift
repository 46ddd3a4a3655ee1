import SparkModel

/// The four objects of an authorized post, with TikTok's field names (Docs/api.md, tt_video/info).
extension SparkPostView {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writeItemInfo(&writer)
        writeAuthInfo(&writer)
        writeVideoInfo(&writer)
        writeUserInfo(&writer)
        writer.endObject()
    }

    private func writeItemInfo(_ writer: inout JSONWriter) {
        writer.key("item_info")
        writer.beginObject()
        writer.field("item_id", String(itemID))
        writer.field("auth_code", code)
        writer.field("item_type", "VIDEO")
        writer.field("text", caption)
        writer.field("status", itemStatus)
        writer.key("anchor_list")
        writer.null()
        writer.key("carousel_info")
        writer.null()
        writer.endObject()
    }

    private func writeAuthInfo(_ writer: inout JSONWriter) {
        writer.key("auth_info")
        writer.beginObject()
        writer.field("ad_auth_status", adAuthStatus)
        writer.field("auth_start_time", TikTokTime.text(authStart))
        writer.field("auth_end_time", TikTokTime.text(authEnd))
        writer.field("invite_start_time", TikTokTime.text(authStart))
        writer.endObject()
    }

    /// spark simulates no video files: fixed, documented placeholders of a 720x1280 clip.
    private func writeVideoInfo(_ writer: inout JSONWriter) {
        writer.key("video_info")
        writer.beginObject()
        writer.field("video_id", "v" + String(itemID))
        writer.field("file_name", String(itemID) + ".mp4")
        writer.field("width", Int64(720))
        writer.field("height", 1280)
        writer.key("duration")
        writer.number(literal: "15.0")
        writer.field("bit_rate", 2_000_000)
        writer.field("size", 3_750_000)
        writer.endObject()
    }

    private func writeUserInfo(_ writer: inout JSONWriter) {
        writer.key("user_info")
        writer.beginObject()
        writer.field("tiktok_name", creator.name)
        writer.field("identity_id", Self.identityID(creator))
        writer.field("identity_type", "AUTH_CODE")
        writer.endObject()
    }

    /// A stable id per creator, shaped like TikTok's (a UUID): FNV-1a of the handle, twice.
    static func identityID(_ creator: Handle) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in creator.name.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = hexDigits(first) + hexDigits(second)
        let parts = [
            hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4),
            hex.dropFirst(16).prefix(4), hex.dropFirst(20),
        ]
        return parts.joined(separator: "-")
    }

    private static func hexDigits(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
