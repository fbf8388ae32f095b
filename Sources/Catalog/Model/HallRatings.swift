/// The hall's rules for 好差评 (`hall.ratings`): the reasons a rating may give, after how many
/// days an unrated case is listed for a reminder, the working days a bad rating's 回访 and 整改
/// are due in, and which levels the 满意率 counts as satisfied. Absent: `defaults`.
extension Hall {
    public struct Ratings: Sendable, Equatable {
        /// The reasons a rating may tick, in the order shown.
        public var reasons: [String]
        /// Cases not rated this many days after completion are listed for a reminder.
        public var unratedReminderDays: Int
        /// A bad rating's 回访 is due this many working days after the rating.
        public var callbackWorkingDays: Int
        /// A bad rating's 整改 is due this many working days after the rating.
        public var rectificationWorkingDays: Int
        /// The levels, by Chinese name (非常满意 ...), the 满意率 counts as satisfied.
        public var satisfiedLevels: [String]
        /// The keys marked `assumed:` (`reasons`, `unrated_reminder`, `callback`, ...).
        public var assumed: AssumedKeys
        /// Where each reason is written, in the order of `reasons` (empty for the defaults).
        public var reasonLocations: [SourceLocation] = []

        public init(
            reasons: [String], unratedReminderDays: Int, callbackWorkingDays: Int, rectificationWorkingDays: Int,
            satisfiedLevels: [String], assumed: AssumedKeys = AssumedKeys()
        ) {
            self.reasons = reasons
            self.unratedReminderDays = unratedReminderDays
            self.callbackWorkingDays = callbackWorkingDays
            self.rectificationWorkingDays = rectificationWorkingDays
            self.satisfiedLevels = satisfiedLevels
            self.assumed = assumed
        }

        /// The five levels of a rating, best first, as applicants see them.
        public static let levelNames = ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]

        /// What a hall file without `ratings:` gets (the values used before the section existed),
        /// all of them assumed.
        public static let defaults = Ratings(
            reasons: ["办理时间长", "工作人员态度不好", "一次性告知不清", "多次往返", "材料要求不清", "其他"],
            unratedReminderDays: 7, callbackWorkingDays: 2, rectificationWorkingDays: 5,
            satisfiedLevels: ["非常满意", "满意", "基本满意"],
            assumed: AssumedKeys(
                Dictionary(
                    uniqueKeysWithValues: ["reasons", "unrated_reminder", "callback", "rectification"].map {
                        ($0, "大厅文件未写 ratings，按默认值")
                    })))

        /// ` （待确认）` after a value the hall's file marks assumed, for showing it.
        public func pending(_ key: String) -> String { assumed.contains(key) ? "（待确认）" : "" }
    }
}

extension Catalog {
    /// The hall's rating rules, or the defaults when the catalog has no hall or no section.
    public var ratingRules: Hall.Ratings { hall?.ratings ?? .defaults }
}
