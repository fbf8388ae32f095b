import Catalog
import Store

/// What a ledger import did, as the clerk reads it and as the `cases import --format json` contract.
public struct CaseImportSummary: Sendable, Hashable {
    /// The batch written, or nil when every row was already in the ledger.
    public var batch: Int64?
    public var rows: Int
    /// Lines already in the ledger (same student, service and submission time), not imported again.
    public var repeatedLines: [Int]
    /// Of those, the lines with a completion time the ledger does not have yet.
    public var repeatedWithNewCompletion: [Int]

    public init(batch: Int64?, rows: Int, repeatedLines: [Int], repeatedWithNewCompletion: [Int]) {
        self.batch = batch
        self.rows = rows
        self.repeatedLines = repeatedLines
        self.repeatedWithNewCompletion = repeatedWithNewCompletion
    }

    public init(_ result: Ledger.ImportResult) {
        self.init(
            batch: result.batch.map { $0.id ?? 0 }, rows: result.rows, repeatedLines: result.repeatedLines,
            repeatedWithNewCompletion: result.repeatedWithNewCompletion)
    }

    public var json: String {
        struct Body: Encodable {
            var batch: Int64?
            var rows: Int
            var repeatedLines: [Int]
            var repeatedWithNewCompletion: [Int]
        }
        let body = Body(
            batch: batch, rows: rows, repeatedLines: repeatedLines,
            repeatedWithNewCompletion: repeatedWithNewCompletion)
        return JSONOutput.encode(body, snakeCase: true)
    }

    /// `howToComplete` tells the clerk how to record the completions the import left out; a
    /// front end names its own way (the CLI its command).
    public func text(howToComplete: String = "请逐件登记办结") -> String {
        var lines = [batch.map { "已导入 \(rows) 件（批次 \($0)）" } ?? "没有新的办件，未导入"]
        if !repeatedLines.isEmpty {
            lines.append(
                "另有 \(repeatedLines.count) 行已在台账中（同一学号、事项与提交时间），未重复导入：" + LineList.text(repeatedLines))
        }
        if !repeatedWithNewCompletion.isEmpty {
            lines.append(
                "其中 \(repeatedWithNewCompletion.count) 行带有台账中还没有的办结时间："
                    + LineList.text(repeatedWithNewCompletion) + "；" + howToComplete)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Line numbers for a message: `第 3、4、9 行`, at most twenty, then how many more.
public enum LineList {
    public static func text(_ lines: [Int]) -> String {
        let shown = lines.prefix(20).map(String.init).joined(separator: "、")
        return "第 \(shown) 行" + (lines.count > 20 ? " 等 \(lines.count) 行" : "")
    }
}
