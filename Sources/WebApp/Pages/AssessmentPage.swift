import Assessment
import Catalog
import Store

/// What `/assessment` shows: the choice of scheme and period, the upload form, and the result
/// of the period (a window ranking with its chart and traces, or a person scheme's demerits).
/// Only stored properties: the templates read them by reflection.
struct AssessmentPage {
    struct SchemeChoice {
        var id: String
        var name: String
        var selected: Bool
    }

    /// A sentence above the result: what was done, or why it could not be.
    struct Message {
        var text: String
        var failed: Bool
        /// Where in the uploaded file, for a row error.
        var place: String?
    }

    var schemes: [SchemeChoice]
    var scheme: String
    var period: String
    var message: Message?
    var published: String?
    var ranking: RankingView?
    var demerits: DemeritsView?
    /// A published result this version cannot read, shown as stored.
    var stored: String?
    /// Publishing or correcting asked for: the result shown is what would be put in force.
    var preview: PreviewView?
    var isDirector: Bool
    var unmasked: Bool
    /// Not yet published: a deputy may publish (once the period has ended).
    var publishable: Bool
    /// Published: the director may correct.
    var correctable: Bool
    var exportLink: String
    /// Query of this scheme and period, for links back to it.
    var query: String

    struct PreviewView {
        var correcting: Bool
        var reason: String?
    }
}

/// The window ranking: one row per window in rank order, the chart, and the traces behind
/// every point lost.
struct RankingView {
    struct Row {
        var rank: Int
        var tied: Bool
        var number: Int
        var name: String
        var score: String
        var deducted: String
        var bonus: String
        var grade: String?
        var outcomes: [String]
        var notes: [String]
        var rowClass: String
    }

    struct Trace {
        var number: Int
        var name: String
        var deducted: String
        var categories: [Category]
    }

    struct Category {
        var name: String
        var deducted: String
        /// "累计扣 12 分，按扣完为止计 10 分" when the cap applied.
        var cap: String?
        var deductions: [Deduction]
    }

    struct Deduction {
        var name: String
        var count: String
        var serious: Int?
        var points: String
        var clause: String
        var sideEffects: String?
        var events: [Event]
    }

    struct Event {
        var id: String?
        var date: String
        var staff: String?
        var count: Int
        var serious: Bool
        var note: String?
    }

    var schemeName: String
    var period: String
    var chart: String
    var rows: [Row]
    var traces: [Trace]
    var notes: [String]

    init(_ result: ScoreResult) {
        schemeName = result.schemeName
        period = result.period
        chart = AssessmentChart.svg(result)
        notes = result.notes ?? []
        rows = result.windows.map { window in
            Row(
                rank: window.rank, tied: window.tied == true, number: window.window.number, name: window.window.name,
                score: window.score.amountText,
                deducted: window.deducted > 0 ? "−" + window.deducted.amountText : "0",
                bonus: window.bonus > 0 ? "+" + window.bonus.amountText : "0",
                grade: window.grade.map { result.gradeNames[$0] ?? $0 },
                outcomes: window.outcomes.map { result.outcomeNames[$0] ?? $0 }, notes: window.notes ?? [],
                rowClass: window.redFlag ? "flag" : window.rectify ? "rectify" : "")
        }
        traces = result.windows.filter { !$0.deductions.isEmpty }.sorted { $0.window.number < $1.window.number }
            .map { window in
                Trace(
                    number: window.window.number, name: window.window.name, deducted: window.deducted.amountText,
                    categories: window.deductionsByCategory.map { category, deductions in
                        Category(
                            name: category.name, deducted: category.deducted.amountText,
                            cap: category.uncapped > category.deducted
                                ? "累计扣 \(category.uncapped.amountText) 分，按“扣完为止”计 \(category.deducted.amountText) 分"
                                : nil,
                            deductions: deductions.map(Self.deduction))
                    })
            }
    }

    static func deduction(_ deduction: ScoreResult.Deduction) -> Deduction {
        Deduction(
            name: deduction.name, count: deduction.countText,
            serious: deduction.seriousCount > 0 ? deduction.seriousCount : nil, points: deduction.points.amountText,
            clause: deduction.clause,
            sideEffects: deduction.sideEffects.isEmpty ? nil : deduction.sideEffects.joined(separator: "、"),
            events: deduction.events.map { event in
                Event(
                    id: event.id.map(String.init), date: event.date, staff: event.staff, count: event.count,
                    serious: event.serious, note: event.note)
            })
    }
}

/// A person scheme's period: who was given demerits and what follows from them.
struct DemeritsView {
    struct Person {
        var staff: String
        var window: Int
        var post: String?
        var demerits: Int
        var measures: [String]
        var events: [RankingView.Event]
    }

    var schemeName: String
    var period: String
    var people: [Person]
    /// The windows' 阳光窗口 standing, when the scheme declares it (counts per window only).
    var sunshine: SunshineStandingView?

    init(_ result: DemeritCounter.Result) {
        schemeName = result.schemeName
        period = result.period
        sunshine = result.sunshine.map(SunshineStandingView.init)
        people = result.people.map { person in
            var measures: [String] = []
            if person.wageCut > 0 {
                measures.append(
                    result.periodKind == "month"
                        ? "当月工资每小时调低 \(person.wageCut.amountText) 元"
                        : "\(person.wageCutMonths.joined(separator: "、")) 各月工资每小时调低 \(person.wageCut.amountText) 元")
            }
            measures += person.notes
            if person.dismissalRecommended { measures.append("本学期累计 \(person.semesterDemerits) 次，建议劝退") }
            return Person(
                staff: person.staff, window: person.window, post: person.post?.rawValue, demerits: person.demerits,
                measures: measures,
                events: person.events.map { event in
                    RankingView.Event(
                        id: event.id.map(String.init), date: event.date, staff: event.staff,
                        count: event.count, serious: event.serious, note: event.note)
                })
        }
    }
}
