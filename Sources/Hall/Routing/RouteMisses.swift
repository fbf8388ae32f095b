import Catalog
import Notice
import Store

/// `onestop route misses`: the questions whose first answer the clerk corrected, grouped by the
/// service chosen, and those that found nothing (the desk, or a low-confidence answer nobody
/// followed), grouped by their wording; each group with what an administrator could add.
public struct RouteMisses: Encodable, Sendable {
    public struct Question: Encodable, Sendable {
        public var text: String
        public var firstAnswer: String
        public var times: Int
    }

    public struct Correction: Encodable, Sendable {
        public var service: String
        public var serviceName: String
        public var window: Int?
        public var file: String
        public var questions: [Question]
        /// Wordings to add to the service's `keywords`, as the router reads them.
        public var suggestedKeywords: [String]
    }

    public var period: String
    public var asked: Int
    public var corrections: [Correction]
    public var notFound: [Question]

    init(period: String, questions: [RouteQuestionRecord], catalog: Catalog, router: Router) {
        self.period = period
        asked = questions.count
        func named(_ answer: String) -> String {
            if answer == "desk" { return "咨询台（未找到）" }
            if answer.hasPrefix("outside:") {
                let id = String(answer.dropFirst("outside:".count))
                return catalog.department(id)?.name ?? id
            }
            return catalog.service(answer)?.name ?? answer
        }
        func grouped(_ records: [RouteQuestionRecord]) -> [Question] {
            var order: [String] = []
            var byWording: [String: Question] = [:]
            for record in records {
                let key = record.question + "\u{1}" + record.answer
                if byWording[key] == nil {
                    order.append(key)
                    byWording[key] = Question(text: record.question, firstAnswer: named(record.answer), times: 0)
                }
                byWording[key]?.times += 1
            }
            return order.compactMap { byWording[$0] }.sorted { $0.times > $1.times }
        }
        let corrected = questions.filter { $0.chosenService != nil && $0.isMiss }
        corrections = Dictionary(grouping: corrected, by: { $0.chosenService ?? "" }).map { service, records in
            let found = catalog.service(service)
            let known = Set(([found?.name] + (found?.aliases ?? []) + (found?.keywords ?? [])).compactMap { $0 })
            let wordings = records.map { router.reading(of: $0.question) }.filter { !$0.isEmpty && !known.contains($0) }
            return Correction(
                service: service, serviceName: found?.name ?? service,
                window: catalog.window(offering: service)?.number,
                file: found?.location.file ?? "", questions: grouped(records),
                suggestedKeywords: Array(Set(wordings)).sorted())
        }.sorted {
            ($0.questions.reduce(0) { $0 + $1.times }, $1.service) > (
                $1.questions.reduce(0) { $0 + $1.times }, $0.service
            )
        }
        notFound = grouped(questions.filter { $0.chosenService == nil && $0.isMiss })
    }

    public var json: String { JSONOutput.encode(self, snakeCase: true) }

    public var text: String {
        var lines = [
            "\(period) 分派未命中：共问 \(asked) 次，被改派 \(corrections.reduce(0) { $0 + $1.questions.reduce(0) { $0 + $1.times } }) 次，"
                + "未找到 \(notFound.reduce(0) { $0 + $1.times }) 次"
        ]
        for correction in corrections {
            let window = correction.window.map { "（\($0)号窗口）" } ?? ""
            lines.append("改派到 \(correction.serviceName)\(window)：")
            for question in correction.questions {
                lines.append("  - “\(question.text)”（首选：\(question.firstAnswer)）×\(question.times)")
            }
            if !correction.suggestedKeywords.isEmpty {
                lines.append(
                    "  建议：在 \(correction.file) 的 \(correction.service) 的 keywords 中加入 ["
                        + correction.suggestedKeywords.joined(separator: ", ")
                        + "]，或把其中学生的说法写进 thesaurus.yaml 的 synonyms")
            }
        }
        if !notFound.isEmpty {
            lines.append("未找到（转咨询台或把握低且未选定事项）：")
            for question in notFound {
                lines.append("  - “\(question.text)”（首选：\(question.firstAnswer)）×\(question.times)")
            }
            lines.append(
                "  建议：逐条判断是否大厅事项；是则加入相应事项的 keywords 或 thesaurus.yaml，"
                    + "否则加入 departments.yaml 中大厅以外部门（in_hall: false）的 keywords")
        }
        if corrections.isEmpty, notFound.isEmpty { lines.append("没有未命中的问题") }
        lines.append("以上只是建议：目录不会自动修改，由管理员决定后编辑并运行 onestop check")
        return lines.joined(separator: "\n") + "\n"
    }
}
