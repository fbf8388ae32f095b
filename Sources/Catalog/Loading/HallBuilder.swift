/// Builds `Hall` from hall.yaml.
enum HallBuilder {
    static func build(_ node: YAMLNode) -> Hall? {
        guard let name = node.string("name"), let calendar = node.reference("calendar") else { return nil }
        var hours: [String: String] = [:]
        var hourLocations: [String: SourceLocation] = [:]
        for pair in node["hours"]?.pairs ?? [] {
            hours[pair.key] = pair.value.scalar
            hourLocations[pair.key] = pair.value.location
        }
        let commitments = node["commitments"]
        return Hall(
            name: name,
            institution: node.string("institution") ?? "",
            address: node.string("address"),
            calendar: calendar,
            timeZone: node.string("time_zone"),
            timeZoneLocation: node["time_zone"]?.location,
            closures: node.list("closures").compactMap { item in
                item.string("date").map {
                    Hall.Closure(
                        date: $0, reason: item.string("reason") ?? "", location: item["date"]?.location ?? item.location
                    )
                }
            },
            hours: hours,
            hourLocations: hourLocations,
            posts: node.list("posts").compactMap { item in
                // An id other than A or B is the shape check's to report.
                item.string("id").flatMap(Post.init(rawValue:)).map {
                    Hall.PostDefinition(
                        id: $0, name: item.string("name") ?? $0.rawValue, accepts: item.string("accepts"),
                        processes: item.string("processes"), location: item.location,
                        acceptsLocation: item["accepts"]?.location, processesLocation: item["processes"]?.location)
                }
            },
            roles: node.list("roles").compactMap { item in
                item.string("id").map { Hall.Role(id: $0, name: item.string("name") ?? $0, location: item.location) }
            },
            consultationDesk: node["consultation_desk"]?.string("name"),
            deskDuties: node["consultation_desk"]?.strings("duties") ?? [],
            channels: node.list("channels").compactMap { item in
                item.string("id").map {
                    Hall.Channel(
                        id: $0, name: item.string("name") ?? $0, online: item.bool("online") ?? false,
                        location: item.location)
                }
            },
            commitments: Hall.Commitments(
                firstQuestionFeedback: commitments?.timeLimit("first_question_feedback"),
                complaintAnswer: commitments?.timeLimit("complaint_answer"),
                repairResponse: commitments?.timeLimit("repair_response"),
                onTimeRate: commitments?.number("on_time_rate"),
                accuracyRate: commitments?.number("accuracy_rate"),
                satisfactionRate: commitments?.number("satisfaction_rate")),
            studentNumberPattern: node.string("student_number_pattern"),
            studentNumberPatternLocation: node["student_number_pattern"]?.location,
            location: node.location,
            staff: node["staff"].map { _ in node.list("staff").compactMap(staffMember) },
            ratings: node["ratings"].map(ratings) ?? .defaults)
    }

    /// `hall.ratings`; a key left out takes its default (bad values are the shape check's).
    static func ratings(_ node: YAMLNode) -> Hall.Ratings {
        let defaults = Hall.Ratings.defaults
        var ratings = Hall.Ratings(
            reasons: node["reasons"] == nil ? defaults.reasons : node.strings("reasons"),
            unratedReminderDays: node["unrated_reminder"]?.int("days") ?? defaults.unratedReminderDays,
            callbackWorkingDays: node["callback"]?.int("working_days") ?? defaults.callbackWorkingDays,
            rectificationWorkingDays: node["rectification"]?.int("working_days")
                ?? defaults.rectificationWorkingDays,
            satisfiedLevels: node["satisfied_levels"] == nil
                ? defaults.satisfiedLevels : node.strings("satisfied_levels"),
            assumed: node.assumedKeys)
        ratings.reasonLocations = (node["reasons"]?.items ?? []).filter { $0.scalar != nil }.map(\.location)
        return ratings
    }

    /// A member of `hall.staff`; one without an id or role is left to the shape check.
    static func staffMember(_ item: YAMLNode) -> Hall.StaffMember? {
        guard let id = item.string("id"), let role = item.string("role") else { return nil }
        let windows = item["windows"]?.items ?? []
        return Hall.StaffMember(
            id: id, name: item.string("name") ?? id, role: role, windows: windows.compactMap(\.int),
            location: item.location, roleLocation: item["role"]?.location ?? item.location,
            windowLocations: windows.filter { $0.int != nil }.map(\.location))
    }
}
