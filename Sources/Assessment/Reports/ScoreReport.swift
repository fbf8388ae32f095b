import Catalog

/// Renders a score result: text for terminals, JSON, CSV for spreadsheets, HTML for printing.
public enum ScoreFormat: String, CaseIterable, Sendable { case text, json, csv, html }

extension ScoreResult {
    public func rendered(as format: ScoreFormat, published: String? = nil) -> String {
        switch format {
        case .text: text(published: published)
        case .json: JSONOutput.encode(self, snakeCase: true)
        case .csv: csv()
        case .html: ScoreHTML.render(self, published: published)
        }
    }

    func text(published: String?) -> String {
        var lines = ["\(schemeName)  \(period)" + (published.map { "（已发布：\($0)）" } ?? "")]
        let nameWidth = windows.map { TextWidth.of($0.window.name) }.max() ?? 0
        for result in windows {
            var flags = result.outcomes.compactMap { outcomeNames[$0] }
            if let grade = result.grade { flags.insert(gradeNames[grade] ?? grade, at: 0) }
            lines.append(
                (result.tied == true ? "并列" : "    ")
                    + "\(String(repeating: " ", count: result.rank < 10 ? 1 : 0))\(result.rank). "
                    + "\(result.window.number < 10 ? " " : "")\(result.window.number)号 "
                    + TextWidth.pad(result.window.name, to: nameWidth) + "  "
                    + String(repeating: " ", count: max(0, 5 - result.score.amountText.count))
                    + "\(result.score.amountText)分"
                    + "  扣\(result.deducted.amountText)  加\(result.bonus.amountText)"
                    + (flags.isEmpty ? "" : "  " + flags.joined(separator: "、"))
                    + ((result.notes ?? []).isEmpty ? "" : "  （" + (result.notes ?? []).joined(separator: "；") + "）"))
        }
        if let notes, !notes.isEmpty { lines += ["", "说明"] + notes.map { "  \($0)" } }
        let traced = windows.filter { !$0.deductions.isEmpty }.sorted { $0.window.number < $1.window.number }
        if !traced.isEmpty { lines += ["", "扣分明细"] }
        for result in traced {
            lines.append("\(result.window.number)号 \(result.window.name)")
            for (category, deductions) in result.deductionsByCategory {
                let capped =
                    category.uncapped > category.deducted
                    ? "（累计\(category.uncapped.amountText)，封顶\(category.deducted.amountText)）" : ""
                lines.append("  \(category.name) -\(category.deducted.amountText)\(capped)")
                for deduction in deductions {
                    let serious = deduction.seriousCount > 0 ? "，其中情节严重\(deduction.seriousCount)次" : ""
                    let effects =
                        deduction.sideEffects.isEmpty ? "" : "；另：\(deduction.sideEffects.joined(separator: "、"))"
                    lines.append(
                        "    \(deduction.name) \(deduction.countText)\(serious) -\(deduction.points.amountText)  依据：\(deduction.clause)\(effects)"
                    )
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func csv() -> String {
        let categoryIDs = windows.first?.categories.map(\.id) ?? []
        var lines = [
            (["rank", "tied", "window", "name", "score", "base", "bonus"] + categoryIDs + [
                "grade", "outcomes", "red_flag", "rectify", "notes",
            ]).joined(separator: ",")
        ]
        for result in windows {
            let deducted = categoryIDs.map { id in result.categories.first { $0.id == id }?.deducted.amountText ?? "0" }
            let fields =
                [
                    String(result.rank), String(result.tied ?? false), String(result.window.number),
                    result.window.name, result.score.amountText,
                    result.base.amountText, result.bonus.amountText,
                ] + deducted
                + [
                    result.grade ?? "", result.outcomes.joined(separator: ";"), String(result.redFlag),
                    String(result.rectify), (result.notes ?? []).joined(separator: "；"),
                ]
            lines.append(fields.map(CSVOutput.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

}

extension ScoreResult.WindowResult {
    /// Each category that lost points, with its own deductions under it, in the scheme's order.
    public var deductionsByCategory: [(category: ScoreResult.CategoryLine, deductions: [ScoreResult.Deduction])] {
        categories.compactMap { category in
            let own = deductions.filter { $0.category == category.id }
            return own.isEmpty ? nil : (category, own)
        }
    }
}

extension ScoreResult.Deduction {
    /// "2次", "4个工作日": the count with the item's own counter word.
    public var countText: String {
        "\(count)" + (unit.flatMap(Scheme.Unit.init(rawValue:))?.counterWord ?? "次")
    }
}

extension DemeritCounter.Result {
    public func rendered(as format: ScoreFormat, published: String? = nil) -> String {
        switch format {
        case .json: return JSONOutput.encode(self, snakeCase: true)
        case .csv:
            let rows = people.map { person in
                [
                    person.staff, String(person.window), person.post?.rawValue ?? "", String(person.demerits),
                    person.wageCut.amountText, person.wageCutMonths.joined(separator: ";"),
                    String(person.dismissalRecommended), String(person.semesterDemerits),
                    person.notes.joined(separator: "；"),
                ]
                .map(CSVOutput.field).joined(separator: ",")
            }
            let people =
                (["staff,window,post,demerits,wage_cut,wage_cut_months,dismissal_recommended,semester_demerits,notes"]
                + rows).joined(
                    separator: "\n") + "\n"
            // A second table after a blank line: the windows' 阳光窗口 standing.
            return people + (sunshine.map { "\n" + $0.csv() } ?? "")
        case .text, .html:
            var lines = ["\(schemeName)  \(period)" + (published.map { "（已发布：\($0)）" } ?? "")]
            if people.isEmpty { lines.append("本期无人记过") }
            for person in people {
                var measures: [String] = []
                if person.wageCut > 0 {
                    measures.append(
                        periodKind == "month"
                            ? "当月工资每小时调低\(person.wageCut.amountText)元"
                            : "\(person.wageCutMonths.joined(separator: "、")) 各月工资每小时调低\(person.wageCut.amountText)元")
                }
                measures += person.notes
                if person.dismissalRecommended { measures.append("本学期累计\(person.semesterDemerits)次，建议劝退") }
                lines.append(
                    "\(person.window)号窗口 \(person.staff)\(person.post.map { "（\($0.rawValue)岗）" } ?? "")  记过\(person.demerits)次"
                        + (measures.isEmpty ? "" : "  " + measures.joined(separator: "；")))
            }
            let text = lines.joined(separator: "\n") + "\n" + (sunshine.map { "\n" + $0.text() } ?? "")
            return format == .text
                ? text
                : "<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><pre>\(ScoreHTML.escape(text))</pre></html>\n"
        }
    }
}
