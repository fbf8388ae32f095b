import Assessment
import Catalog
import Hall

/// `/vote`: the public 阳光窗口 ballot. Only stored properties: the templates read them by reflection.
struct VotePage {
    struct WindowChoice {
        var number: Int
        var name: String
        var selected: Bool
    }

    var title: String
    var clause: String
    var period: String
    var windows: [WindowChoice]
    var failure: String?
    /// "已计票": the vote was counted (never how many votes anyone has).
    var done: Bool
}

/// `/sunshine`: the standing table (deputy and director) and, for the director, the opinion form.
struct SunshinePage {
    struct Row {
        var place: String
        var number: Int
        var name: String
        var votes: Int
        var votePoints: String
        var teachers: String
        var teachersBy: String?
        var hall: String
        var hallBy: String?
        var total: String
        var winner: Bool
    }

    struct WindowChoice {
        var number: Int
        var name: String
    }

    var period: String
    var standing: SunshineStandingView?
    var published: String?
    var isDirector: Bool
    /// Published: opinions are no longer taken.
    var open: Bool
    var windows: [WindowChoice]
    var failure: String?
    var done: String?
}

/// The standing as a table, shared by /sunshine and the person scheme on /assessment.
struct SunshineStandingView {
    var name: String
    var clause: String
    var weights: String
    var summary: String
    var rows: [SunshinePage.Row]
    var notes: [String]

    init(_ standing: SunshineStanding) {
        name = standing.name
        clause = standing.clause
        weights = standing.weightsText
        summary =
            "名额 \(standing.winners)，全期至少 \(standing.minimumVotes) 票" + (standing.assumed.isEmpty ? "" : "（待确认）")
            + "；本期共 \(standing.totalVotes) 票"
        notes = standing.notes
        rows = standing.rows.map { row in
            SunshinePage.Row(
                place: row.rank.map { "\($0)" + (row.tied ? "（并列）" : "") } ?? "—", number: row.window.number,
                name: row.window.name, votes: row.votes, votePoints: row.votePoints.amountText,
                teachers: SunshineStanding.scoreText(row.teachers?.score), teachersBy: row.teachers?.enteredBy,
                hall: SunshineStanding.scoreText(row.hall?.score), hallBy: row.hall?.enteredBy,
                total: SunshineStanding.scoreText(row.total), winner: row.winner)
        }
    }
}
