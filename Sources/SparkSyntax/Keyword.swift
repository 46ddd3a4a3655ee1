// The keyword list; `Keyword+Classify.swift` holds the matching switch. LexerTests checks that
// every case is classified from its own spelling, so the two cannot drift apart.

/// The words the parser gives meaning to. The lexer classifies each word once, comparing bytes, so
/// the parser never builds a `String` to recognise a keyword; every keyword stays usable as a name.
enum Keyword: UInt8, Sendable, CaseIterable {
    case none
    case start
    case advance
    case now
    case creator
    case enable
    case disable
    case post
    case make
    case authorize
    case `extend`
    case delete
    case turn
    case deal
    case brand
    case redeem
    case batch
    case campaign
    case publish
    case pause
    case resume
    case stop
    case edit
    case show
    case reveal
    case list
    case expect
    case `let`
    case include
    case `repeat`
    case policy
    case help
    case explain
    case `to`
    case ad
    case authorization
    case `for`
    case video
    case story
    case `by`
    case `as`
    case code
    case on
    case off
    case `with`
    case codes
    case videos
    case campaigns
    case brands
    case creators
    case `of`
    case `in`
    case expiring
    case within
    case `is`
    case `not`
    case error
    case daily
    case total
    case age
    case budget
    case schedule
    case target
    case url
    case cta
    case format
    case `public`
    case `private`
    case friends
    case personal
    case business
}
