import Catalog

/// 阳光窗口 in the person scheme's text and CSV: counts per window only, never who voted.
extension SunshineStanding {
    /// "90" or "待录入".
    public static func scoreText(_ value: Double?) -> String { value?.amountText ?? "待录入" }

    public var weightsText: String {
        "投票 \(weights.votes.amountText)%、负责老师 \(weights.teachers.amountText)%、大厅 \(weights.hall.amountText)%"
            + (assumed.isEmpty ? "" : "（待确认）")
    }

    public func text() -> String {
        var lines = [
            "\(name)评比  \(period)",
            "  依据：\(clause)",
            "  权重：\(weightsText)；名额 \(winners)，全期至少 \(minimumVotes) 票；本期共 \(totalVotes) 票",
        ]
        for row in rows {
            let place = row.rank.map { "\($0)." + (row.tied ? "（并列）" : "") } ?? "  -"
            lines.append(
                "  \(place) \(row.window.number)号 \(row.window.name)  \(row.votes)票 投票分\(row.votePoints.amountText)"
                    + "  负责老师\(Self.scoreText(row.teachers?.score))  大厅\(Self.scoreText(row.hall?.score))"
                    + "  总分\(Self.scoreText(row.total))" + (row.winner ? "  \(name)" : ""))
        }
        lines += notes.map { "  说明：\($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    static let csvHeader = "sunshine_rank,tied,window,name,votes,vote_points,teachers,hall,total,winner"

    public func csv() -> String {
        let rows = rows.map { row in
            [
                row.rank.map(String.init) ?? "", String(row.tied), String(row.window.number), row.window.name,
                String(row.votes), row.votePoints.amountText, row.teachers?.score.amountText ?? "",
                row.hall?.score.amountText ?? "", row.total?.amountText ?? "", String(row.winner),
            ]
            .map(CSVOutput.field).joined(separator: ",")
        }
        return ([Self.csvHeader] + rows).joined(separator: "\n") + "\n"
    }
}
