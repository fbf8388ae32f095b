import Testing

/// One way to reach each error code from the command line: the commands that set it up (which
/// must succeed) and the one that fails. `$DB` and `$DIR` stand for a fresh database and folder.
struct ErrorScenario: CustomTestStringConvertible, Sendable {
    var code: String
    var setup: [[String]] = []
    var command: [String]
    var files: [String: String] = [:]
    var environment: [String: String] = [:]

    var testDescription: String { code }

    static let accept = [
        "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:30",
        "--db", "$DB",
    ]

    static let complete = ["cases", "complete", "1", "--at", "2026-09-28T11:00", "--db", "$DB"]
    static let rate = [
        "ratings", "add", "1", "--digits", "0123", "--level", "满意", "--at", "2026-09-30T10:00", "--db", "$DB",
    ]

    static func rating(_ arguments: [String]) -> [String] {
        ["ratings"] + arguments + ["--at", "2026-09-30T11:00", "--db", "$DB", "--format", "json"]
    }

    static func accepting(_ extra: [String]) -> [String] { accept + extra + ["--format", "json"] }

    static func onCase(_ arguments: [String]) -> [String] {
        ["cases"] + arguments + ["--db", "$DB", "--format", "json"]
    }

    static let events = ["events", "import", "$DIR/events.csv", "--db", "$DB", "--by", "director", "--format", "json"]
    static let eventsCSV = "date,window,staff,item,count\n2026-10-09,2,w02-b1,discipline.late_or_early,1\n"
    static let publish = [
        "score", "--scheme", "wulong-monthly", "--period", "2026-10", "--publish", "--yes", "--at", "2026-11-02T09:00",
        "--by", "director", "--db", "$DB", "--format", "json",
    ]

    static func importing(_ csv: String) -> ErrorScenario.Partial {
        Partial(
            command: ["cases", "import", "$DIR/cases.csv", "--db", "$DB", "--format", "json"], files: ["cases.csv": csv]
        )
    }

    struct Partial {
        var command: [String]
        var files: [String: String]
    }

    init(
        _ code: String, setup: [[String]] = [], _ command: [String], files: [String: String] = [:],
        environment: [String: String] = [:]
    ) {
        self.code = code
        self.setup = setup
        self.command = command
        self.files = files
        self.environment = environment
    }

    init(_ code: String, importing csv: String) {
        let partial = Self.importing(csv)
        self.init(code, partial.command, files: partial.files)
    }

    static let header = "service,window,student,submitted\n"

    static func patrols(_ arguments: [String]) -> [String] {
        ["patrols"] + arguments + ["--db", "$DB", "--format", "json"]
    }

    static let sunshineVote = [
        "sunshine", "vote", "--window", "3", "--student", "2021040123", "--at", "2026-10-12T09:00", "--db", "$DB",
    ]

    static let patrol = patrols([
        "record", "--patroller", "deputy", "--window", "1", "--finding", "1|窗口空岗||10:20 无人", "--at",
        "2026-10-12T09:30", "--by", "deputy",
    ])

    static let all: [ErrorScenario] = [
        ErrorScenario("invalid-patrol", patrols(["record", "--window", "1", "--by", "deputy"])),
        ErrorScenario(
            "patrol-finding-answered",
            setup: [patrol, patrols(["answer", "1", "已安排代岗", "--at", "2026-10-12T11:00", "--by", "w01-a"])],
            patrols(["answer", "1", "再次反馈", "--at", "2026-10-12T11:30", "--by", "w01-a"])),
        ErrorScenario(
            "not-window-staff", setup: [patrol],
            patrols(["answer", "1", "已安排代岗", "--at", "2026-10-12T11:00", "--by", "w02-a"])),
        ErrorScenario(
            "sunshine-already-voted", setup: [sunshineVote],
            sunshineVote + ["--format", "json"]),
        ErrorScenario(
            "sunshine-not-open",
            [
                "sunshine", "vote", "--window", "3", "--student", "2021040123", "--period", "2026-09", "--db", "$DB",
                "--format", "json",
            ], environment: ["ONESTOP_NOW": "2026-10-12T09:00"]),
        ErrorScenario(
            "invalid-sunshine-opinion",
            [
                "sunshine", "opinion", "--period", "2026-10", "--window", "3", "--source", "hall", "--score", "120",
                "--by", "director", "--db", "$DB", "--format", "json",
            ], environment: ["ONESTOP_NOW": "2026-11-02T09:00"]),
        ErrorScenario("case-not-found", onCase(["complete", "99"])),
        ErrorScenario(
            "invalid-transition", setup: [accept, onCase(["complete", "1", "--at", "2026-09-28T10:00"])],
            onCase(["pause", "1", "--at", "2026-09-28T11:00"])),
        ErrorScenario(
            "time-before-last-recorded", setup: [accept], onCase(["complete", "1", "--at", "2026-09-28T09:00"])),
        ErrorScenario("already-at-window", setup: [accept], onCase(["transfer", "1", "--window", "1"])),
        ErrorScenario(
            "unknown-refusal-reason", setup: [accept], onCase(["refuse", "1", "--reason", "no-such-reason"])),
        ErrorScenario("unknown-step", setup: [accept], onCase(["step", "1", "no-such-step"])),
        ErrorScenario(
            "unknown-fee", setup: [accept],
            onCase(["adjust-fee", "1", "--fee", "快递费", "--amount", "5", "--reason", "困难", "--by", "deputy"])),
        ErrorScenario(
            "invalid-fee-adjustment", setup: [accept],
            onCase(["adjust-fee", "1", "--fee", "工本费", "--amount", "16", "--reason", "困难", "--by", "deputy"])),
        ErrorScenario(
            "fee-adjustment-not-approvable", setup: [accept],
            onCase(["adjust-fee", "1", "--fee", "工本费", "--amount", "5", "--reason", "困难", "--by", "w01-b1"])),
        ErrorScenario("case-not-rateable", setup: [accept], rating(["add", "1", "--digits", "0123", "--level", "满意"])),
        ErrorScenario(
            "case-already-rated", setup: [accept, complete, rate],
            rating(["add", "1", "--digits", "0123", "--level", "满意"])),
        ErrorScenario(
            "unknown-rating-level", setup: [accept, complete],
            rating(["add", "1", "--digits", "0123", "--level", "还行"])
        ),
        ErrorScenario(
            "unknown-rating-reason", setup: [accept, complete],
            rating(["add", "1", "--digits", "0123", "--level", "满意", "--reason", "太慢"])),
        ErrorScenario("rating-not-found", rating(["appeal", "9", "--note", "不实", "--by", "w01-a"])),
        ErrorScenario(
            "invalid-rating-follow-up", setup: [accept, complete, rate],
            rating(["appeal", "1", "--note", "不实", "--by", "w01-a"])),
        ErrorScenario(
            "disclosure-without-reason", setup: [accept], onCase(["show", "1", "--unmask", " "])),
        ErrorScenario("time-in-future", accepting(["--at", "2099-01-05T09:30"])),
        ErrorScenario(
            "time-outside-calendar",
            [
                "cases", "accept", "学生证补办", "--window", "1", "--student", "2021040123", "--at", "2020-01-06T10:00",
                "--db", "$DB", "--format", "json",
            ]),
        ErrorScenario("unknown-staff", accepting([]), environment: ["ONESTOP_STAFF": "nobody"]),
        ErrorScenario("window-does-not-offer-service", accepting(["--window", "11"])),
        ErrorScenario("unknown-window", accepting(["--window", "99"])),
        ErrorScenario(
            "unknown-service",
            [
                "cases", "accept", "没有这个事项", "--window", "1", "--student", "2021040123", "--at", "2026-09-28T09:30",
                "--db", "$DB", "--format", "json",
            ]),
        ErrorScenario("student-number-pattern", accepting(["--student", "1"])),
        ErrorScenario("unknown-channel", accepting(["--channel", "信鸽"])),
        ErrorScenario("unknown-fact", accepting(["--fact", "no.such=1"])),
        ErrorScenario("unknown-fact-value", accepting(["--fact", "applicant.level=博士后"])),
        ErrorScenario("not-acceptable", accepting(["--fact", "applicant.has_id_card=false"])),
        ErrorScenario("invalid-argument", onCase(["complete", "abc"])),
        ErrorScenario(
            "invalid-date-range", onCase(["overdue", "--from", "2026-10-10", "--as-of", "2026-10-01"])),
        ErrorScenario(
            "missing-text", ["referrals", "add", " ", "--sent-to", "财务处", "--db", "$DB", "--format", "json"]),
        ErrorScenario("record-not-found", ["referrals", "answer", "99", "已答复", "--db", "$DB", "--format", "json"]),
        ErrorScenario("file-unreadable", ["cases", "import", "$DIR/none.csv", "--db", "$DB", "--format", "json"]),
        ErrorScenario("unknown-column", importing: "service,window,student,submitted,favourite\n"),
        ErrorScenario("missing-column", importing: "service,window\n学生证补办,1\n"),
        ErrorScenario("repeated-column", importing: "service,window,student,submitted,学号\n"),
        ErrorScenario("row-invalid", importing: header + "学生证补办,1,2021040123,not-a-date\n"),
        ErrorScenario(
            "unknown-post",
            importing: "service,window,student,submitted,post\n学生证补办,1,2021040123,2026-09-28T09:30,C岗\n"),
        ErrorScenario("extra-column", importing: header + "学生证补办,1,2021040123,2026-09-28T09:30,extra\n"),
        ErrorScenario("no-data-rows", importing: header),
        ErrorScenario(
            "not-true-or-false",
            importing: "service,window,student,submitted,green_channel\n学生证补办,1,2021040123,2026-09-28T09:30,maybe\n"),
        ErrorScenario("duplicate-import", setup: [events], events, files: ["events.csv": eventsCSV]),
        ErrorScenario(
            "implausible-count", events,
            files: ["events.csv": "date,window,staff,item,count\n2026-10-09,2,w02-b1,discipline.late_or_early,5000\n"]),
        ErrorScenario(
            "date-outside-calendar", events,
            files: ["events.csv": "date,window,staff,item,count\n2019-10-09,2,w02-b1,discipline.late_or_early,1\n"]),
        ErrorScenario(
            "unknown-scheme",
            ["score", "--scheme", "no-such", "--period", "2026-10", "--db", "$DB", "--format", "json"]),
        ErrorScenario(
            "period-not-ended",
            [
                "score", "--scheme", "wulong-monthly", "--period", "2026-10", "--publish", "--yes", "--at",
                "2026-10-20T09:00", "--by", "director", "--db", "$DB", "--format", "json",
            ]),
        ErrorScenario("period-published", setup: [publish], publish),
        ErrorScenario(
            "period-not-published",
            [
                "score", "--scheme", "wulong-monthly", "--period", "2026-10", "--correct", "--reason", "补录", "--yes",
                "--at", "2026-11-02T09:00", "--by", "director", "--db", "$DB", "--format", "json",
            ]),
        ErrorScenario("catalog-folder-missing", ["services", "--catalog", "$DIR/none", "--format", "json"]),
        ErrorScenario(
            "catalog-invalid", ["notice", "学生证补办", "--catalog", "$DIR/broken", "--format", "json"],
            files: ["broken/hall.yaml": "version: 1\nname: [\n"]),
        ErrorScenario(
            "rules-invalid",
            [
                "score", "--scheme", "wulong-monthly", "--period", "2026-10", "--rules", "$DIR/rules", "--db", "$DB",
                "--format", "json",
            ],
            files: ["rules/assessment/broken.yaml": "version: 1\nid: [\n"]),
        ErrorScenario(
            "calendar-missing-year", ["notice", "学生证补办", "--accepted", "2300-01-05T09:00", "--format", "json"]),
        ErrorScenario("ambiguous-service", ["notice", "学生", "--format", "json"]),
        ErrorScenario("unknown-material", ["notice", "学生证补办", "--have", "没有这种材料", "--format", "json"]),
        ErrorScenario("unknown-defect", ["notice", "学生证补办", "--defect", "id_card=no-such", "--format", "json"]),
        ErrorScenario(
            "material-not-required", ["notice", "学生证补办", "--defect", "loan_receipt=expired", "--format", "json"]),
        ErrorScenario("ambiguous-material", ["notice", "学生证补办", "--have", "证", "--format", "json"]),
        ErrorScenario("ambiguous-defect", ["notice", "学生证补办", "--defect", "id_card=身份证", "--format", "json"]),
        ErrorScenario("ambiguous-fact", ["notice", "学生证补办", "--fact", "是否=是", "--format", "json"]),
        ErrorScenario("ambiguous-fact-value", ["notice", "学生证补办", "--fact", "学生类别=生", "--format", "json"]),
        ErrorScenario(
            "ambiguous-scheme", ["score", "--scheme", "考核", "--period", "2026-10", "--db", "$DB", "--format", "json"]),
        ErrorScenario(
            "ambiguous-window", importing: "service,window,student,submitted\n学生证补办,学生,2021040123,2026-09-28T09:30\n"),
        ErrorScenario(
            "unknown-item", events, files: ["events.csv": "date,window,staff,item,count\n2026-10-09,2,w02-b1,没有这项,1\n"]),
        ErrorScenario(
            "ambiguous-item", events, files: ["events.csv": "date,window,staff,item,count\n2026-10-09,2,w02-b1,迟到,1\n"]),
        ErrorScenario("notice-no-year", ["calendar", "import", "$DIR/notice.txt"], files: ["notice.txt": "你好\n"]),
        ErrorScenario(
            "notice-no-arrangement", ["calendar", "import", "$DIR/notice.txt"],
            files: ["notice.txt": "国务院办公厅关于2027年部分节假日安排的通知\n"]),
        ErrorScenario(
            "confirmation-needed",
            ["calendar", "import", "Tests/CatalogTests/Fixtures/holiday-notices/invented-2027.txt"]),
        ErrorScenario("init-folder-not-empty", ["init", "catalog"]),
        ErrorScenario("init-empty-path", ["init", ""]),
        ErrorScenario("init-not-a-folder", ["init", "$DIR/file.txt"], files: ["file.txt": "x"]),
    ]
}
