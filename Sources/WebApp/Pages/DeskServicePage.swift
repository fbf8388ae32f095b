import Catalog
import Notice
import Store

/// `/desk/services/{id}`: the form where staff tick the materials brought, pick defects and
/// answer the fact questions, the notice those answers give, and the form to accept the case.
struct DeskServicePage {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }

    struct FactField {
        var field: String
        var name: String
        var prompt: String
        var options: [Option]
        var decides: String?
    }

    struct MaterialField {
        var id: String
        var name: String
        var checked: Bool
        var defectField: String
        var defects: [Option]
        var hasDefects: Bool
        var statusText: String
    }

    struct Hidden {
        var name: String
        var value: String
    }

    /// What staff typed into the accept form, kept when the ledger refuses it.
    struct AcceptForm {
        var windows: [Option]
        var student: String
        var studentName: String
        var posts: [Option]
        var channels: [Option]
        var greenChannelOffered: Bool
        var greenChannel: Bool
        var hidden: [Hidden]
        var action: String
    }

    var serviceId: String
    var serviceName: String
    var factFields: [FactField]
    var hasFacts: Bool
    var materialFields: [MaterialField]
    var hasMaterialFields: Bool
    var notice: DeskNoticeView
    var printHref: String
    var acceptForm: AcceptForm?
    var failure: String?

    init(
        service: Service, notice: Notice, query: DeskNoticeQuery, catalog: Catalog, typed: FormFields = FormFields(),
        failure: String? = nil
    ) {
        serviceId = service.id
        serviceName = service.name
        factFields = Self.factFields(notice: notice, catalog: catalog)
        hasFacts = !factFields.isEmpty
        materialFields = notice.materials.filter { $0.status != .notApplicable }.map { line in
            let defects = catalog.material(line.id)?.defects ?? []
            let chosen = query.defects[line.id] ?? line.defect?.code
            return MaterialField(
                id: line.id, name: line.name, checked: query.looked && query.have.contains(line.id),
                defectField: "defect.\(line.id)",
                defects: defects.map { Option(value: $0.code, label: $0.text, selected: $0.code == chosen) },
                hasDefects: !defects.isEmpty, statusText: DeskNoticeView.row(line).statusText)
        }
        hasMaterialFields = !materialFields.isEmpty
        self.notice = DeskNoticeView(notice)
        let queryString = query.queryString
        printHref = "/desk/services/\(service.id)/print" + (queryString.isEmpty ? "" : "?" + queryString)
        self.failure = failure
        guard notice.decision == .accepted else { return }
        var form = Self.acceptForm(service: service, catalog: catalog, typed: typed)
        form.hidden = query.fields.map { Hidden(name: $0.name, value: $0.value) }
        acceptForm = form
    }

    /// Facts already answered and those the notice still asks, in the catalog's order.
    static func factFields(notice: Notice, catalog: Catalog) -> [FactField] {
        let asked = Dictionary(notice.questions.map { ($0.fact, $0) }, uniquingKeysWith: { first, _ in first })
        return catalog.facts.filter { notice.facts[$0.id] != nil || asked[$0.id] != nil }.map { fact in
            let current = notice.facts[fact.id]
            return FactField(
                field: "fact.\(fact.id)", name: fact.name, prompt: fact.prompt,
                options: [Option(value: "", label: "（未确认）", selected: current == nil)]
                    + fact.allowedValues.map { Option(value: $0, label: fact.label(of: $0), selected: $0 == current) },
                decides: asked[fact.id].map { "决定：" + $0.decides.joined(separator: "、") })
        }
    }

    static func acceptForm(service: Service, catalog: Catalog, typed: FormFields)
        -> AcceptForm
    {
        let offering = catalog.windowsByNumber.filter { $0.offers(service.id) }
        let window = typed.value("window")
        let post = typed.value("post") ?? Post.b.rawValue
        let channel = typed.value("channel") ?? "on_site"
        return AcceptForm(
            windows: offering.enumerated().map { index, item in
                Option(
                    value: String(item.number), label: "\(item.number)号窗口 \(item.name)",
                    selected: window.map { $0 == String(item.number) } ?? (index == 0))
            },
            student: typed.value("student") ?? "", studentName: typed.value("name") ?? "",
            posts: Post.allCases.map { item in
                Option(
                    value: item.rawValue, label: catalog.hall?.definition(of: item)?.name ?? "\(item.rawValue)岗",
                    selected: item.rawValue == post)
            },
            channels: (catalog.hall?.channels ?? []).map {
                Option(value: $0.id, label: $0.name, selected: $0.id == channel)
            },
            greenChannelOffered: service.greenChannel, greenChannel: typed.value("green_channel") != nil, hidden: [],
            action: "/desk/services/\(service.id)/accept")
    }
}
