import GRDB

/// One question asked of the router (`route_question`, `v13-route-log`).
public struct RouteQuestionRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "route_question"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public enum Channel: String, Codable, Sendable, DatabaseValueConvertible {
        case desk, api
    }

    public var id: Int64?
    public var askedAt: String
    public var channel: Channel
    /// The question with digit runs blotted out (`RouteQuestionRecord.scrubbed`).
    public var question: String
    /// The first answer: a service id, `outside:<department>` or `desk`.
    public var answer: String
    /// high, medium or low.
    public var confidence: String
    /// The service the clerk opened from the results, if any.
    public var chosenService: String?
    public var chosenAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// Whether the clerk went elsewhere than the first answer, or it found nothing.
    public var isMiss: Bool {
        if let chosenService { return chosenService != answer }
        return answer == "desk" || confidence == "low"
    }

    /// The question without anything that could be a student, ID or phone number: every run of
    /// five digits or more (half- or full-width, an ID's final X included) becomes ＊.
    public static func scrubbed(_ question: String) -> String {
        var result = ""
        var run = ""
        func flush() {
            result += run.count >= 5 ? "＊" : run
            run = ""
        }
        for character in question {
            let isDigit = character.unicodeScalars.allSatisfy {
                ("0"..."9").contains($0) || (0xFF10...0xFF19).contains($0.value)
            }
            if isDigit || (!run.isEmpty && (character == "X" || character == "x")) {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return String(result.prefix(500))
    }
}
