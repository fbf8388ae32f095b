import Foundation
import GRDB

/// A fee of a case waived in part or in full (费用减免), with who approved it, in which role,
/// and why. Amounts are in fen (分); the fee charged is `catalogFen` less every adjustment of it.
public struct FeeAdjustmentRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "fee_adjustment"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    public var id: Int64?
    public var caseId: Int64
    /// The fee's name in the service's catalog entry (`工本费`).
    public var fee: String
    /// The fee's amount in the catalog when the adjustment was approved.
    public var catalogFen: Int
    /// The amount waived by this adjustment.
    public var amountFen: Int
    public var reason: String
    public var approvedBy: String
    /// The role (a `hall.roles` id) the approval was given in.
    public var approverRole: String
    public var approvedAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public enum Columns {
        public static let caseId = Column("case_id")
        public static let fee = Column("fee")
    }
}

/// Yuan as window staff write them (`15`, `7.5`, `0.50`), as whole fen, and back.
public enum FeeAmount {
    /// Whole fen for a non-negative amount of yuan with at most two decimals; nil otherwise.
    public static func fen(_ text: String) -> Int? {
        let parts = text.trimmingSpaces.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.count <= 7, whole.allSatisfy(\.isASCIIDigit),
            let yuan = Int(whole)
        else { return nil }
        guard parts.count == 2 else { return yuan * 100 }
        let decimals = parts[1]
        guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCIIDigit), let cents = Int(decimals) else {
            return nil
        }
        return yuan * 100 + (decimals.count == 1 ? cents * 10 : cents)
    }

    public static func fen(yuan: Double) -> Int { Int((yuan * 100).rounded()) }

    /// `15`, `7.50`: whole yuan without decimals, otherwise two.
    public static func yuan(_ fen: Int) -> String {
        fen % 100 == 0 ? String(fen / 100) : String(format: "%d.%02d", fen / 100, fen % 100)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
