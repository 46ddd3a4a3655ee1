import SparkBase

/// Integers, durations, dates and money: everything that starts with a digit or `$`.
extension Lexer {
    /// The most digits an integer may have: TikTok item ids are 19 digits, and every 19-digit
    /// number fits an unsigned 64-bit integer.
    static let maximumDigits = 19

    /// An integer of at most 19 digits, or the start of a duration or a date.
    // integer    = digit { digit } ;
    mutating func lexNumber(from start: Int) -> Token {
        let count = buffer.count
        var index = start
        var value: UInt64 = 0
        // Long ids (TikTok's are 19 digits) eight digits at a time, while that cannot overflow.
        while index + 8 <= count, index - start <= 8, let eight = Lexer.eightDigits(buffer, at: index) {
            value = value &* 100_000_000 &+ eight
            index += 8
        }
        while index < count, Lexer.isDigit(buffer[index]) {
            // Wrapping arithmetic: past 19 digits the value is discarded anyway.
            value = value &* 10 &+ UInt64(buffer[index] &- UInt8(ascii: "0"))
            index += 1
        }
        let digits = index - start
        if digits == 4, index + 1 < count, buffer[index] == UInt8(ascii: "-"),
            Lexer.isDigit(buffer[index + 1])
        {
            return lexDate(from: start)
        }
        if index < count, Lexer.isLetter(buffer[index]) || buffer[index] == UInt8(ascii: "_") {
            return lexDuration(from: start, unitStart: index, amount: value, digits: digits)
        }
        if index + 1 < count, buffer[index] == UInt8(ascii: "."), Lexer.isDigit(buffer[index + 1]) {
            return lexDecimal(from: start, point: index)
        }
        position = index
        guard digits <= Lexer.maximumDigits else {
            return invalid(
                from: start, "integer literal is too large",
                notes: ["integers have at most \(Lexer.maximumDigits) digits (TikTok ids are 19 digits)"])
        }
        var token = Token(.integer, start: start, end: index)
        token.number = value
        return token
    }

    /// The value of the eight ASCII digits at `index`, or nil if any of them is not a digit
    /// (Lemire's SWAR conversion: three multiplications instead of eight steps).
    @inline(__always)
    static func eightDigits(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64? {
        guard let base = buffer.baseAddress else { return nil }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        // Every byte is 0x30...0x39: its high nibble is 3, and adding 6 does not carry into it.
        let nibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
        guard word & nibbles == 0x3030_3030_3030_3030,
            (word &+ 0x0606_0606_0606_0606) & nibbles == 0x3030_3030_3030_3030
        else { return nil }
        var value = word &- 0x3030_3030_3030_3030
        value = value &* 10 &+ (value >> 8)
        let mask: UInt64 = 0x0000_00FF_0000_00FF
        let first = (value & mask) &* 0x000F_4240_0000_0064  // 100 + 1_000_000 << 32
        let second = ((value >> 16) & mask) &* 0x0000_2710_0000_0001  // 1 + 10_000 << 32
        return (first &+ second) >> 32
    }

    /// Exact: the digits and how many follow the point, never a floating-point number.
    // decimal    = digit { digit } "." digit { digit } ;
    private mutating func lexDecimal(from start: Int, point: Int) -> Token {
        let count = buffer.count
        var index = point + 1
        while index < count, Lexer.isDigit(buffer[index]) { index += 1 }
        let tail = index
        while index < count, Lexer.isWordByte(buffer[index]) || buffer[index] == UInt8(ascii: ".") {
            index += 1
        }
        position = index
        if index > tail { return invalid(from: start, "malformed number", help: "write a decimal like 1.30") }
        var digits: UInt64 = 0
        var counted = 0
        for offset in start..<tail where offset != point {
            let digit = UInt64(buffer[offset] &- UInt8(ascii: "0"))
            if counted == 0, digit == 0 { continue }
            counted += 1
            digits = digits &* 10 &+ digit
        }
        guard counted <= Lexer.maximumDecimalDigits, tail - point - 1 <= Lexer.maximumDecimalDigits else {
            return invalid(
                from: start, "decimal literal is too long",
                notes: ["a decimal has at most \(Lexer.maximumDecimalDigits) digits"])
        }
        var token = Token(.decimal, start: start, end: tail)
        token.number = digits
        token.scale = UInt8(tail - point - 1)
        return token
    }

    /// 10^18 still fits a signed 64-bit integer: exact arithmetic needs no more.
    static let maximumDecimalDigits = 18

    /// No space before the unit.
    // duration   = integer ( "m" | "h" | "d" | "w" ) ;
    private mutating func lexDuration(from start: Int, unitStart: Int, amount: UInt64, digits: Int) -> Token {
        let count = buffer.count
        var index = unitStart
        while index < count, Lexer.isWordByte(buffer[index]) { index += 1 }
        position = index
        let unitLength = index - unitStart
        let unit = unitLength == 1 ? Lexer.durationUnit(buffer[unitStart]) : nil
        guard let unit else {
            let written = String(decoding: buffer[unitStart..<index], as: UTF8.self)
            let amountText = String(decoding: buffer[start..<unitStart], as: UTF8.self)
            let suggestion = Lexer.suggestedUnit(for: written).map { "did you mean `\(amountText)\($0)`?" }
            return invalid(
                from: start, "unknown duration unit `\(written)`",
                notes: ["the units are m (minutes), h (hours), d (days) and w (weeks)"], help: suggestion)
        }
        guard digits <= Lexer.maximumDigits, amount <= UInt64(Int64.max) / UInt64(unit.seconds) else {
            return invalid(from: start, "duration is too long", notes: ["it must fit in 64-bit seconds"])
        }
        var token = Token(.duration, start: start, end: index)
        token.number = amount
        token.unit = unit
        return token
    }

    static func durationUnit(_ byte: UInt8) -> TimeSpan.Unit? {
        switch byte {
        case UInt8(ascii: "m"): .minutes
        case UInt8(ascii: "h"): .hours
        case UInt8(ascii: "d"): .days
        case UInt8(ascii: "w"): .weeks
        default: nil
        }
    }

    /// `days` -> `d`, `hours` -> `h`: the unit a spelled-out word most likely meant.
    static func suggestedUnit(for written: String) -> String? {
        switch written.lowercased() {
        case "min", "mins", "minute", "minutes", "mn": "m"
        case "hr", "hrs", "hour", "hours": "h"
        case "day", "days", "dy", "dd": "d"
        case "wk", "wks", "week", "weeks": "w"
        default: nil
        }
    }

    // date       = digit digit digit digit "-" digit digit "-" digit digit
    //              [ "T" digit digit ":" digit digit [ "Z" ] ] ;
    private mutating func lexDate(from start: Int) -> Token {
        let count = buffer.count
        // Reads exactly `width` digits at `index`, or nil.
        func digits(_ index: Int, _ width: Int) -> Int? {
            guard index + width <= count else { return nil }
            var value = 0
            for offset in 0..<width {
                let byte = buffer[index + offset]
                guard Lexer.isDigit(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func byte(_ index: Int) -> UInt8 { index < count ? buffer[index] : 0 }

        var index = start + 5
        guard let year = digits(start, 4), let month = digits(index, 2), byte(index + 2) == UInt8(ascii: "-"),
            let day = digits(index + 3, 2)
        else {
            return malformedDate(from: start)
        }
        index += 5
        var hour = 0
        var minute = 0
        var hasTime = false
        if byte(index) == UInt8(ascii: "T") {
            guard let parsedHour = digits(index + 1, 2), byte(index + 3) == UInt8(ascii: ":"),
                let parsedMinute = digits(index + 4, 2)
            else {
                return malformedDate(from: start)
            }
            hour = parsedHour
            minute = parsedMinute
            hasTime = true
            index += 6
            if byte(index) == UInt8(ascii: "Z") { index += 1 }
        }
        guard !Lexer.isWordByte(byte(index)), byte(index) != UInt8(ascii: ":") else {
            return malformedDate(from: start)
        }
        position = index
        guard (1...12).contains(month) else {
            return invalid(from: start, "invalid date", notes: ["months run from 01 to 12"])
        }
        let monthDays = CivilDate.daysIn(month: month, year: Int64(year))
        guard day >= 1, day <= monthDays else {
            return invalid(
                from: start, "invalid date",
                notes: ["\(CivilDate.monthNames[month - 1]) \(year) has \(monthDays) days"])
        }
        guard hour <= 23, minute <= 59 else {
            return invalid(
                from: start, "invalid time", notes: ["hours run from 00 to 23 and minutes from 00 to 59"])
        }
        let days = Int(CivilDate.daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day)))
        var token = Token(.dateTime, start: start, end: index)
        token.number = UInt64(bitPattern: Int64(days * 86_400 + hour * 3_600 + minute * 60))
        token.hasTime = hasTime
        return token
    }

    private mutating func malformedDate(from start: Int) -> Token {
        var index = start
        while index < buffer.count,
            Lexer.isWordByte(buffer[index]) || buffer[index] == UInt8(ascii: "-")
                || buffer[index] == UInt8(ascii: ":")
        {
            index += 1
        }
        position = index
        return invalid(
            from: start, "malformed date",
            notes: ["dates are written 2026-12-01, 2026-12-01T09:30 or 2026-12-01T09:30Z (UTC)"])
    }

    /// Commas only between groups of three. Kept in exact cents; never a floating-point number.
    // money      = "$" digit { digit } { "," digit digit digit } [ "." digit [ digit ] ] ;
    mutating func lexMoney(from start: Int) -> Token {
        let count = buffer.count
        var index = start + 1
        var cents: Int64 = 0
        var overflow = false
        func add(_ byte: UInt8) {
            let (times, overflowA) = cents.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            cents = sum
            overflow = overflow || overflowA || overflowB
        }
        let help = "write money like $50, $1,000 or $19.99"
        guard index < count, Lexer.isDigit(buffer[index]) else {
            position = index
            return invalid(from: start, "expected an amount after `$`", help: help)
        }
        var groupLength = 0
        while index < count, Lexer.isDigit(buffer[index]) {
            add(buffer[index])
            index += 1
            groupLength += 1
        }
        var badGrouping = false
        if index + 1 < count, buffer[index] == UInt8(ascii: ","), Lexer.isDigit(buffer[index + 1]) {
            badGrouping = groupLength > 3
            while index + 1 < count, buffer[index] == UInt8(ascii: ","), Lexer.isDigit(buffer[index + 1]) {
                index += 1
                groupLength = 0
                while index < count, Lexer.isDigit(buffer[index]) {
                    add(buffer[index])
                    index += 1
                    groupLength += 1
                }
                badGrouping = badGrouping || groupLength != 3
            }
        }
        var decimals = 0
        if index + 1 < count, buffer[index] == UInt8(ascii: "."), Lexer.isDigit(buffer[index + 1]) {
            index += 1
            while index < count, Lexer.isDigit(buffer[index]) {
                if decimals < 2 { add(buffer[index]) }
                index += 1
                decimals += 1
            }
        }
        let tail = index
        while index < count, Lexer.isWordByte(buffer[index]) { index += 1 }
        let spoiled = index > tail
        position = index
        if badGrouping {
            return invalid(
                from: start, "commas in money must separate groups of three digits", help: help)
        }
        if decimals > 2 {
            return invalid(
                from: start, "money has at most two decimals", notes: ["amounts are exact to the cent"])
        }
        if spoiled { return invalid(from: start, "malformed amount of money", help: help) }
        for _ in decimals..<2 {
            let (scaled, scaleOverflow) = cents.multipliedReportingOverflow(by: 10)
            cents = scaled
            overflow = overflow || scaleOverflow
        }
        if overflow { return invalid(from: start, "amount of money is too large") }
        var token = Token(.money, start: start, end: index)
        token.number = UInt64(bitPattern: cents)
        return token
    }
}
