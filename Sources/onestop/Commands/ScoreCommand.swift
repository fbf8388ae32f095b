import ArgumentParser
import Assessment
import Catalog
import Foundation
import Store

extension ScoreFormat: ExpressibleByArgument {}

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: "按考核方案为各窗口计分排名（红旗窗口、整顿），每一分都可追溯；--publish 发布后不再改变。")

    @OptionGroup var ledgerOptions: DatabaseOptions
    @OptionGroup var rules: RulesOptions
    @OptionGroup var time: AtOption

    @Option(name: .long, help: "考核方案 id，如 wulong-monthly。")
    var scheme: String

    @Option(name: .long, help: "考核期间：YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2。")
    var period: String

    @Option(name: .long, help: "text、json、csv 或 html。")
    var format: ScoreFormat = .text

    @Flag(name: .long, help: "发布并固定本次结果：已发布的排名不再改变。")
    var publish = false

    func validate() throws {
        guard Period(period) != nil else {
            throw ValidationError("“\(period)”不是有效的考核期间；请写成 YYYY-MM、YYYY、YYYY-S1 或 YYYY-S2")
        }
    }

    func run() throws {
        let ledger = try ledgerOptions.ledger()
        let loaded = try rules.load()
        guard let chosen = loaded.scheme(scheme) else {
            let ids = loaded.schemes.map(\.id)
            let hint = Suggestion.closest(to: scheme, among: ids).map { "（您是不是要找“\($0)”？）" } ?? ""
            Terminal.error("没有考核方案“\(scheme)”\(hint)；现有方案：\(ids.joined(separator: "、"))")
            throw ExitCode.failure
        }
        let period = Period(period)!
        let published = PublishedScores(database: ledger.database)
        if let frozen = try ledgerOptions.attempt({ () throws(LedgerError) in
            try published.find(scheme: scheme, period: period.text)
        }) {
            guard !publish else {
                Terminal.error("\(scheme) \(period) 已于 \(frozen.publishedAt) 发布，发布后不再改变；更正请录入新的事件")
                throw ExitCode.failure
            }
            try printPublished(frozen, chosen: chosen)
            return
        }
        let book = EventBook(database: ledger.database, catalog: ledger.catalog, schemes: loaded.schemes)
        let events = try ledgerOptions.attempt { () throws(LedgerError) in try book.list() }
        let rendered: String
        let json: String
        if chosen.subject == .person {
            let result = DemeritCounter(scheme: chosen, events: events).count(period)
            rendered = result.rendered(as: format)
            json = result.rendered(as: .json)
        } else {
            // Only schemes that count overdue days read the ledger (and need the calendar for the period).
            let overdue =
                chosen.items.contains { $0.fromLedger == "overdue" }
                ? try ledgerOptions.attempt { () throws(LedgerError) in
                    try ledger.overdueDaysByWindow(through: period.last)
                }
                : [:]
            let windows = ledger.catalog.windowsByNumber.map { ScoreResult.WindowRef(number: $0.number, name: $0.name) }
            let assessor = Assessor(
                scorer: WindowScorer(scheme: chosen, windows: windows, events: events, overdueDays: overdue))
            let result: ScoreResult
            do {
                result = try assessor.score(period)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode.failure
            }
            rendered = result.rendered(as: format)
            json = result.rendered(as: .json)
        }
        if publish {
            let source = try ledgerOptions.catalog.source()
            let record = try ledgerOptions.attempt { () throws(LedgerError) in
                try published.publish(
                    scheme: scheme, period: period.text, resultJSON: json, catalogFingerprint: source.fingerprint,
                    rulesFingerprint: loaded.fingerprint, at: time.time, by: ledgerOptions.actor)
            }
            Terminal.error("已发布 \(scheme) \(period)（\(record.publishedAt)，\(record.publishedBy)），此后结果不再改变")
        }
        Terminal.write(rendered)
    }

    /// A published period prints what was published, not a new computation.
    private func printPublished(_ frozen: PublishedScoreRecord, chosen: Scheme) throws {
        let note = "\(frozen.publishedAt) \(frozen.publishedBy)"
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        if chosen.subject == .window, let result = try? decoder.decode(ScoreResult.self, from: Data(frozen.result.utf8))
        {
            Terminal.write(result.rendered(as: format, published: note))
        } else {
            Terminal.error("已发布（\(note)）的结果如下")
            Terminal.write(frozen.result)
        }
    }
}
