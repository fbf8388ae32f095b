import Assessment
import Catalog
import Foundation
import GRDB
import Hall
import Notice
import Store
import Testing

/// The router's question log on a real SQLite file: only the text is kept, numbers blotted out;
/// the clerk's first choice is recorded; `misses` groups what was corrected or not found.
@Suite struct RouteLoggingTests {
    let fixture: HallFixture
    var logging: RouteLogging {
        RouteLogging(ledger: fixture.ledger, routing: QuestionRouting(catalog: fixture.ledger.catalog))
    }

    init() throws { fixture = try HallFixture() }

    @Test func numbersAreBlottedOutBeforeTheQuestionIsWritten() {
        #expect(RouteQuestionRecord.scrubbed("我学号2021040123，学生证丢了") == "我学号＊，学生证丢了")
        #expect(RouteQuestionRecord.scrubbed("身份证43010219990101123X过期") == "身份证＊过期")
        #expect(RouteQuestionRecord.scrubbed("电话１３８００１３８０００") == "电话＊")
        #expect(RouteQuestionRecord.scrubbed("2026年补办要3天吗") == "2026年补办要3天吗")
    }

    @Test func aCorrectedAndAnUnfoundQuestionAreListedWithSuggestions() async throws {
        defer { fixture.remove() }
        let right = await logging.ask("饭卡丢了", limit: 3, channel: .desk)
        #expect(right.result.matches.first?.service.id == "campus-card-loss-report")
        await logging.choose(question: try #require(right.logged), service: "campus-card-loss-report")
        let wrong = await logging.ask("学号2021040123 卡里的钱给室友", limit: 3, channel: .desk)
        let wrongID = try #require(wrong.logged)
        await logging.choose(question: wrongID, service: "campus-card-transfer")
        await logging.choose(question: wrongID, service: "campus-card-topup")  // the first choice stays
        _ = await logging.ask("今天天气怎么样", limit: 3, channel: .api)
        let stored = try await fixture.ledger.database.read { db in
            try String.fetchAll(db, sql: "SELECT question FROM route_question ORDER BY id")
        }
        #expect(stored.count == 3 && !stored.joined().contains("2021040123"), "\(stored)")

        let misses = try logging.misses(Period("2027-06")!)
        #expect(misses.asked == 3)
        let correction = try #require(misses.corrections.first)
        #expect(misses.corrections.count == 1 && correction.service == "campus-card-transfer")
        #expect(correction.questions.first?.text == "学号＊ 卡里的钱给室友")
        #expect(correction.file.hasSuffix("10-campus-card.yaml") && !correction.suggestedKeywords.isEmpty)
        #expect(misses.notFound.map(\.text) == ["今天天气怎么样"])
        #expect(misses.text.contains("改派到 一卡通转账（10号窗口）") && misses.text.contains("目录不会自动修改"))
        #expect(try logging.misses(Period("2027-05")!).asked == 0)
    }
}
