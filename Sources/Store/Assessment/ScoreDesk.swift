import Assessment
import Catalog
import Foundation

/// Scoring and publishing a scheme's period against the ledger: a published period reads as
/// published, a longer period rolls up the published months, a period is published only once
/// it has ended, and only a director's correction supersedes a published result.
public struct ScoreDesk: Sendable {
    public let ledger: Ledger
    public let rules: SchemeLoader.Result
    /// The catalog's version, stored with what is published.
    public let catalogFingerprint: String

    public init(ledger: Ledger, rules: SchemeLoader.Result, catalogFingerprint: String) {
        self.ledger = ledger
        self.rules = rules
        self.catalogFingerprint = catalogFingerprint
    }

    /// A window ranking or a person scheme's demerits.
    public enum Result: Sendable {
        case windows(ScoreResult)
        case people(DemeritCounter.Result)
        /// A published result this version cannot read back: shown as stored, never changed.
        case stored(String)
    }

    public struct Scored: Sendable {
        public var result: Result
        /// Set when this is the published result (with its corrections).
        public var publication: PublishedScores.Publication?
        /// When and by whom it was published and corrected, staff by their display names.
        public var publishedLabel: String?

        public func rendered(as format: ScoreFormat) -> String {
            switch result {
            case .windows(let result): result.rendered(as: format, published: publishedLabel)
            case .people(let result): result.rendered(as: format, published: publishedLabel)
            case .stored(let json): "（已发布：\(publishedLabel ?? "")，按发布时的原样显示）\n" + json
            }
        }

        /// The JSON that is stored when it is published.
        public var json: String {
            switch result {
            case .windows(let result): result.rendered(as: .json)
            case .people(let result): result.rendered(as: .json)
            case .stored(let json): json
            }
        }
    }

    var published: PublishedScores { PublishedScores(database: ledger.database) }

    /// The scheme named by id, Chinese name or a unique part of its name.
    public func scheme(_ query: String) throws(LedgerError) -> Scheme {
        do {
            return try SchemeNames(rules.schemes).scheme(query)
        } catch {
            throw LedgerError(error)
        }
    }

    /// The period as published, or computed now when it has not been published; `traces: false`
    /// leaves out the events behind each deduction, which only JSON shows.
    public func score(scheme query: String, period: Period, traces: Bool = true) throws(LedgerError) -> Scored {
        let scheme = try scheme(query)
        if let publication = try published.find(scheme: scheme.id, period: period.text) {
            let result = (try? Self.decode(publication.currentJSON, scheme: scheme)) ?? .stored(publication.currentJSON)
            return Scored(
                result: result, publication: publication, publishedLabel: publication.label(naming: ledger.staffLabel))
        }
        return try compute(scheme, period: period, traces: traces)
    }

    /// What `publish` would freeze, after checking it may be published at `at`.
    public func preparePublication(scheme query: String, period: Period, at: CivilDateTime) throws(LedgerError)
        -> Scored
    {
        let scheme = try scheme(query)
        let id = scheme.id
        try Self.requireEnded(period, at: at)
        if let publication = try published.find(scheme: id, period: period.text) {
            throw LedgerError(
                "\(id) \(period) 已于 \(publication.label(naming: ledger.staffLabel)) 发布，发布后不再改变；确有错误须由主任写明原因更正该期结果",
                code: .periodPublished)
        }
        return try compute(scheme, period: period)
    }

    public func publish(scheme query: String, period: Period, at: CivilDateTime, by: String) throws(LedgerError)
        -> Scored
    {
        let by = try ledger.staffActor(by)
        let id = try scheme(query).id
        let scored = try preparePublication(scheme: id, period: period, at: at)
        _ = try published.publish(
            scheme: id, period: period.text, resultJSON: scored.json, catalogFingerprint: catalogFingerprint,
            rulesFingerprint: rules.fingerprint, at: at, by: by)
        return try score(scheme: id, period: period)
    }

    /// What a correction would put in force: the period computed anew from today's records.
    public func prepareCorrection(scheme query: String, period: Period) throws(LedgerError) -> Scored {
        let scheme = try scheme(query)
        let id = scheme.id
        guard try published.find(scheme: id, period: period.text) != nil else {
            throw LedgerError("\(id) \(period) 尚未发布，无需更正；考核期结束后直接发布即可", code: .periodNotPublished)
        }
        return try compute(scheme, period: period)
    }

    /// A director's correction: the new result is in force, the published one is kept.
    public func correct(scheme query: String, period: Period, at: CivilDateTime, by: String, reason: String)
        throws(LedgerError) -> Scored
    {
        let by = try ledger.staffActor(by)
        let id = try scheme(query).id
        let scored = try prepareCorrection(scheme: id, period: period)
        _ = try published.correct(
            scheme: id, period: period.text, resultJSON: scored.json, catalogFingerprint: catalogFingerprint,
            rulesFingerprint: rules.fingerprint, at: at, by: by, reason: reason)
        return try score(scheme: id, period: period)
    }

    /// A period can be published from the day after its last day, by `--at` or the hall's clock.
    static func requireEnded(_ period: Period, at: CivilDateTime) throws(LedgerError) {
        guard at.date > period.last else {
            throw LedgerError(
                "考核期 \(period) 到 \(period.last) 才结束（现在是 \(at)），未结束的期间不能发布；请在 \(period.last.adding(days: 1)) 以后发布",
                code: .periodNotEnded)
        }
    }

    private func compute(_ scheme: Scheme, period: Period, traces: Bool = true) throws(LedgerError) -> Scored {
        let book = EventBook(database: ledger.database, catalog: ledger.catalog, schemes: rules.schemes)
        if scheme.subject == .person {
            // A person's demerits count the period and its semester: only those days are read.
            let semester = Period.semester(containing: period.months[period.months.count - 1])
            let events = try book.events(
                from: min(semester.first, period.first), through: max(semester.last, period.last))
            var result = DemeritCounter(scheme: scheme, events: events).count(period)
            result.sunshine = try ledger.sunshineStanding(scheme: scheme, period: period)
            return Scored(result: .people(result))
        }
        // Only schemes that need the ledger read it (and need the calendar for the period).
        let overdue =
            scheme.items.contains { $0.fromLedger == "overdue" }
            ? try ledger.overdueDaysByWindow(through: period.last) : [:]
        let completions =
            scheme.tieBreakers.contains(.moreCasesHandled)
            ? try ledger.completionDaysByWindow(through: period.last) : nil
        // `from_quality` items and the satisfaction tie-breaker: the period's rates, read now.
        let quality =
            scheme.items.contains { $0.fromQuality != nil } || scheme.tieBreakers.contains(.higherSatisfaction)
            ? try ledger.qualityFigures(from: period.first, through: period.last).mapValues(\.rates) : [:]
        let first = scheme.firstDayRead(for: period)
        let events =
            traces
            ? try book.events(from: first, through: period.last)
            : try book.dailyTotals(from: first, through: period.last)
        let windows = ledger.catalog.windowsByNumber.map { ScoreResult.WindowRef(number: $0.number, name: $0.name) }
        let assessor = Assessor(
            scorer: WindowScorer(
                scheme: scheme, windows: windows, events: events, overdueDays: overdue, completions: completions,
                qualityRates: quality, traces: traces),
            published: try publishedParts(of: scheme))
        do {
            return Scored(result: .windows(try assessor.score(period)))
        } catch {
            throw LedgerError(error.description, code: .periodNotScored)
        }
    }

    /// The scheme's published periods, for roll-ups and "in a row" outcomes.
    private func publishedParts(of scheme: Scheme) throws(LedgerError) -> [Period: ScoreResult] {
        var parts: [Period: ScoreResult] = [:]
        for publication in try published.publications(scheme: scheme.id) {
            guard let period = Period(publication.record.period),
                case .windows(let result) = try Self.decode(publication.currentJSON, scheme: scheme)
            else { continue }
            parts[period] = result
        }
        return parts
    }

    static func decode(_ json: String, scheme: Scheme) throws(LedgerError) -> Result {
        do {
            return scheme.subject == .person
                ? .people(try ScoreJSON.decode(DemeritCounter.Result.self, from: json))
                : .windows(try ScoreJSON.decode(ScoreResult.self, from: json))
        } catch {
            throw LedgerError("已发布的结果无法读取（\(error)）；数据库中的原始 JSON 未改动", code: .publishedResultUnreadable)
        }
    }
}
