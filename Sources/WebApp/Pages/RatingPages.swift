import Hall
import Store

/// `/rate?window=N`: a window's rating device, one form per case closed there today.
struct RateDevicePage {
    struct Level {
        var value: String
        var label: String
    }

    var window: String
    var cases: [DeviceCase]
    var hasCases: Bool
    var levels: [Level] = RatingRecord.Level.allCases.map { Level(value: $0.rawValue, label: $0.chinese) }
    var failure: String?
    var done: Bool
}

/// After a rating: thanks, or the form again with the refusal.
struct RateDonePage {
    var levelText: String
    var followUp: Bool
    var backToDevice: String?
}

/// `/ratings`: the ratings with the follow-ups of bad ones, and the unrated cases.
struct RatingsPage {
    var ratings: [RatingView]
    var hasRatings: Bool
    var showsWho: Bool
    var isDirector: Bool
    var unrated: [UnratedCase]
    var unratedDays: Int
    /// （天数待确认） when the hall's file marks the reminder days assumed.
    var unratedPending: String = ""
    /// （期限天数待确认） when the 回访 or 整改 days are assumed.
    var duePending: String = ""
    var failure: String?
    var done: String?
}
