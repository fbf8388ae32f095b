import Catalog

/// `/` (事务公开): the hall, its hours, and every window with its services' time limits and fees.
struct GuidePage {
    struct Hours {
        var day: String
        var hours: String
    }

    struct ServiceRow {
        var id: String
        var name: String
        var timeLimit: String
        var fees: String
        var materials: Int
        var online: Bool
    }

    struct WindowBlock {
        var number: Int
        var name: String
        var departments: String
        var services: [ServiceRow]
    }

    var hallName: String
    var institution: String
    var address: String?
    var hours: [Hours]
    var posts: [String]
    var consultationDesk: String?
    var channels: [String]
    var windows: [WindowBlock]
    /// The public search box: the same first-question routing as the desk, linking to the guide.
    var search = DeskPage(idPrefix: "guide", serviceLink: "/guide/services/")

    static let weekdays = [
        ("monday", "星期一"), ("tuesday", "星期二"), ("wednesday", "星期三"), ("thursday", "星期四"), ("friday", "星期五"),
        ("saturday", "星期六"), ("sunday", "星期日"),
    ]

    init(_ catalog: Catalog) {
        let hall = catalog.hall
        hallName = hall?.name ?? ""
        institution = hall?.institution ?? ""
        address = hall?.address
        hours = Self.weekdays.compactMap { key, day in
            hall?.hours[key].map { Hours(day: day, hours: $0 == "closed" ? "休息" : $0) }
        }
        posts = (hall?.posts ?? []).map { post in
            let times = [post.accepts.map { "受理 \($0)" }, post.processes.map { "集中办理 \($0)" }].compactMap { $0 }
            return post.name + (times.isEmpty ? "" : "：" + times.joined(separator: "，"))
        }
        consultationDesk = hall?.consultationDesk
        channels = (hall?.channels ?? []).map(\.name)
        windows = catalog.windowsByNumber.map { window in
            WindowBlock(
                number: window.number, name: window.name,
                departments: window.departments.map { catalog.department($0.id)?.name ?? $0.id }
                    .joined(separator: "、"),
                services: window.services.compactMap { catalog.service($0.id) }.map { Self.row($0) })
        }
    }

    static func row(_ service: Service) -> ServiceRow {
        let fees = service.fees.map {
            DeskNoticeView.mark("\($0.name) \($0.amount.amountText)元", $0.assumed.contains("amount"))
        }.joined(separator: "；")
        return ServiceRow(
            id: service.id, name: service.name, timeLimit: service.timeLimit.chinese, fees: fees.isEmpty ? "免费" : fees,
            materials: service.materials.count, online: service.online != nil)
    }
}
