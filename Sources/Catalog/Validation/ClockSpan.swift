/// A span of clock time within one day, such as 08:30-17:30.
struct ClockSpan: CustomStringConvertible {
    var start: Int
    var end: Int

    /// Parses `HH:MM-HH:MM`; `nil` unless both times exist and the start comes first.
    init?(_ text: String) {
        guard Self.problem(in: text) == nil, let (start, end) = Self.parts(text) else { return nil }
        self.start = start.hours * 60 + start.minutes
        self.end = end.hours * 60 + end.minutes
    }

    func contains(_ other: ClockSpan) -> Bool { start <= other.start && other.end <= end }

    var description: String { Self.text(start) + "-" + Self.text(end) }

    /// What is wrong with a span written `HH:MM-HH:MM`, in words and with the fix, or `nil` when
    /// it is a real span. Text of another shape is the shape check's to report.
    static func problem(in text: String) -> String? {
        guard let (start, end) = parts(text) else { return "请写成 HH:MM-HH:MM" }
        for time in [start, end] {
            if time.hours > 23 { return "没有 \(time.hours) 点；小时请写 00 到 23" }
            if time.minutes > 59 {
                return "没有 \(time.minutes) 分；分钟请写 00 到 59"
            }
        }
        let from = start.hours * 60 + start.minutes
        let to = end.hours * 60 + end.minutes
        if from == to { return "开始和结束都是 \(Self.text(from))；请给它一段时长" }
        if from > to {
            return "结束时间 \(Self.text(to)) 早于开始时间 \(Self.text(from))；请把开始时间写在前面"
        }
        return nil
    }

    private static func parts(_ text: String) -> ((hours: Int, minutes: Int), (hours: Int, minutes: Int))? {
        let halves = text.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2, let start = time(halves[0]), let end = time(halves[1]) else { return nil }
        return (start, end)
    }

    private static func time(_ text: Substring) -> (hours: Int, minutes: Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), hours >= 0, minutes >= 0
        else { return nil }
        return (hours, minutes)
    }

    private static func text(_ minutes: Int) -> String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(pad(minutes / 60)):\(pad(minutes % 60))"
    }
}
