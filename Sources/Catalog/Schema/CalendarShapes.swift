/// Shapes of calendars/*.yaml.
enum CalendarShapes {
    static let holiday = ObjectShape(
        title: "a holiday", label: "节假日",
        fields: [
            Field("date", .date, required: true, "YYYY-MM-DD"),
            Field("name", .text, required: true, "the holiday's name"),
        ])

    static let workday = ObjectShape(
        title: "an adjusted working day", label: "调休上班日",
        fields: [
            Field("date", .date, required: true, "YYYY-MM-DD"),
            Field("reason", .text, required: true, "why it is a working day"),
        ])

    static let year = ObjectShape(
        title: "a calendar year", label: "年度安排",
        fields: [
            Field("source", .text, required: true, "the notice that set the arrangement"),
            Field("holidays", .list(.object(holiday)), required: true, "days off"),
            Field("workdays", .list(.object(workday)), required: true, "weekend days that are working days"),
        ])

    static let calendar = ObjectShape(
        title: "a calendar", label: "工作日历",
        fields: [
            Field("id", .identifier, required: true, "unique id"),
            Field("name", .text, required: true, "the calendar's name"),
            Field("years", .dictionary(keyPattern: "[0-9]{4}", values: .object(year)), required: true, "by year"),
        ])
}
