import Catalog
import Foundation
import Notice
import Testing

/// `JSONOutput` writes JSON itself for speed; its bytes must be JSONEncoder's for every notice,
/// every routed question and values built to reach the corners (escapes, numbers, empties).
@Suite struct JSONOutputParityTests {
    static let engine = try? NoticeEngine(catalog: CatalogFixture.catalog)
    static let router = Router(catalog: CatalogFixture.catalog)

    static func expectSame(_ value: some Encodable, snakeCase: Bool = true, _ label: String) {
        let fast = JSONOutput.encode(value, snakeCase: snakeCase)
        let foundation = JSONOutput.foundationEncode(value, snakeCase: snakeCase)
        #expect(fast == foundation, "\(label)")
    }

    static let fixtureEngine = try? NoticeEngine(catalog: CatalogFixture.withFixtureService)

    /// Every service of the shipped hall and the fixture service, under NoticeRequestVariety's
    /// requests: the notice's own writer and the `Encodable` tree against JSONEncoder.
    @Test func everyNoticeOfTheShippedHallIsWrittenAsJSONEncoderWritesIt() throws {
        let engine = try #require(Self.fixtureEngine)
        var notices: [Notice] = []
        for service in engine.catalog.services {
            for request in NoticeRequestVariety.requests(for: service, in: engine.catalog) {
                let notice = try engine.notice(for: request)
                #expect(notice.json() == JSONOutput.foundationEncode(notice, snakeCase: true), "\(service.id)")
                notices.append(notice)
            }
        }
        Self.expectSame(notices[0], "the tree path")
        let reached = notices.reduce(into: Set<String>()) { $0.formUnion(NoticeJSONKeys.reached(in: $1.json())) }
        #expect(NoticeJSONKeys.all.subtracting(reached).sorted() == [], "keys never written with a value")
    }

    @Test func everyRoutedQuestionIsWrittenAsJSONEncoderWritesIt() throws {
        let url = CatalogFixture.repository.appendingPathComponent("eval/routing/tune.yaml")
        let questions = RouteQuestion.load(url, catalog: CatalogFixture.catalog).questions
        #expect(questions.count > 600)
        for question in questions {
            let result = Self.router.route(question.text, limit: 5)
            Self.expectSame(result, question.text)
            // The route's own writer (what the route API answers) against JSONEncoder.
            #expect(result.json() == JSONOutput.foundationEncode(result, snakeCase: true), "\(question.text)")
        }
    }

    struct Corners: Encodable {
        var quoted = "q\"b\\s/\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}中文 emoji 🎓"
        var doubles = [1.0, 0.1, 1e-7, 1e21, 123_456_789.125, -0.0, 3.0e15, 9.1e15, 2.5, Double(Float(0.1))]
        var float: Float = 0.1
        var integers: [Int64] = [0, -1, .max, .min]
        var unsigned: UInt64 = .max
        var flags = [true, false]
        var missing: Int?
        var emptyList: [String] = []
        var emptyMap: [String: Int] = [:]
        var camelCaseMap = ["camelCaseKey": ["innerValue": 1], "URLString": [:]]
        var nestedLists = [[[1], []], []]
        var someURLValue = URL(string: "https://example.edu/a?b=c")
        var amount = Decimal(string: "1.50")
        var aB = 1
        var a1B2 = 2

        enum CodingKeys: String, CodingKey {
            case quoted, doubles, float, integers, unsigned, flags, missing, emptyList, emptyMap, camelCaseMap
            case nestedLists, someURLValue, amount, aB, a1B2
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(quoted, forKey: .quoted)
            try container.encode(doubles, forKey: .doubles)
            try container.encode(float, forKey: .float)
            try container.encode(integers, forKey: .integers)
            try container.encode(unsigned, forKey: .unsigned)
            try container.encode(flags, forKey: .flags)
            try container.encode(missing, forKey: .missing)
            try container.encode(emptyList, forKey: .emptyList)
            try container.encode(emptyMap, forKey: .emptyMap)
            try container.encode(camelCaseMap, forKey: .camelCaseMap)
            try container.encode(nestedLists, forKey: .nestedLists)
            try container.encode(someURLValue, forKey: .someURLValue)
            try container.encode(amount, forKey: .amount)
            try container.encode(aB, forKey: .aB)
            var nested = container.nestedUnkeyedContainer(forKey: .a1B2)
            try nested.encode(a1B2)
            try nested.encodeNil()
        }
    }

    @Test func theCornersOfJSONAreWrittenAsJSONEncoderWritesThem() {
        Self.expectSame(Corners(), "corners, snake case")
        Self.expectSame(Corners(), snakeCase: false, "corners")
        Self.expectSame([Corners(), Corners()], "a list of them")
        Self.expectSame("just a string", "a string")
        Self.expectSame([String: [Int]](), "an empty map")
    }
}
