/// What every page's frame shows: the hall, the page's title, the navigation for the role, who
/// is signed in, and the form token for the sign-out form.
struct Chrome {
    struct Link {
        var href: String
        var label: String
    }

    var hallName: String
    var title: String
    var user: SignedInUser?
    var csrf: String
    var nav: [Link]
    /// Who is signed in, as the header shows them (stored: templates read stored properties only).
    var userName: String?

    init(hallName: String, title: String, user: SignedInUser?, csrf: String) {
        self.hallName = hallName
        self.title = title
        self.user = user
        self.csrf = csrf
        nav = Self.links(for: user?.role)
        userName = user.map { "\($0.displayName)（\($0.role.chineseName)）" }
    }

    static func links(for role: Role?) -> [Link] {
        var links = [Link(href: "/", label: "办事指南"), Link(href: "/progress", label: "办件进度查询")]
        links.append(Link(href: "/vote", label: "阳光窗口投票"))
        guard let role else { return links }
        links += [Link(href: "/desk", label: "窗口受理"), Link(href: "/cases", label: "办件管理")]
        links.append(Link(href: "/ratings", label: "好差评"))
        if role >= .deputy { links.append(Link(href: "/assessment", label: "考核")) }
        if role >= .deputy { links.append(Link(href: "/quality", label: "服务质量")) }
        links.append(Link(href: "/patrols", label: "巡查"))
        if role >= .deputy { links.append(Link(href: "/sunshine", label: "阳光窗口")) }
        links.append(Link(href: "/status", label: "目录状态"))
        if role >= .director { links.append(Link(href: "/users", label: "用户")) }
        return links
    }
}
