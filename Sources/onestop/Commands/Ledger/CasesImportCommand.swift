import ArgumentParser
import Catalog
import Foundation
import Store

struct CasesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "导入已有台账（CSV）；任何一行有误则整批不写入。")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var time: AtOption
    @Argument(help: "CSV 文件，列为 service,window,student,submitted[,completed,name,post,channel,...]。") var file: String
    @Flag(name: .customLong("allow-duplicates"), help: "台账中已有的行（同一学号、事项与提交时间）也照样导入。")
    var allowDuplicates = false

    func run() throws {
        let ledger = try options.ledger()
        let result = try options.attempt { () throws(LedgerError) in
            try ledger.importCases(
                path: file, file: (file as NSString).lastPathComponent, at: time.time(ledger), by: options.actor,
                allowDuplicates: allowDuplicates,
                onValidated: { rows in Terminal.error("已校验 \(rows) 行，正在写入…") },
                onProgress: { rows in if rows % 100_000 == 0 { Terminal.error("已校验 \(rows) 行…") } })
        }
        if options.format == .json {
            struct Body: Encodable {
                var batch: Int64?
                var rows: Int
                var repeatedLines: [Int]
                var repeatedWithNewCompletion: [Int]
            }
            let body = Body(
                batch: result.batch?.id, rows: result.rows, repeatedLines: result.repeatedLines,
                repeatedWithNewCompletion: result.repeatedWithNewCompletion)
            Terminal.write(JSONOutput.encode(body, snakeCase: true))
            return
        }
        var lines = [
            result.batch.map { "已导入 \(result.rows) 件（批次 \($0.id ?? 0)）" } ?? "没有新的办件，未导入"
        ]
        if !result.repeatedLines.isEmpty {
            lines.append(
                "另有 \(result.repeatedLines.count) 行已在台账中（同一学号、事项与提交时间），未重复导入："
                    + LineList.text(result.repeatedLines))
        }
        if !result.repeatedWithNewCompletion.isEmpty {
            lines.append(
                "其中 \(result.repeatedWithNewCompletion.count) 行带有台账中还没有的办结时间："
                    + LineList.text(result.repeatedWithNewCompletion) + "；请用 onestop cases complete 登记办结")
        }
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }
}

/// Line numbers for a message: `第 3、4、9 行`, at most twenty, then how many more.
enum LineList {
    static func text(_ lines: [Int]) -> String {
        let shown = lines.prefix(20).map(String.init).joined(separator: "、")
        return "第 \(shown) 行" + (lines.count > 20 ? " 等 \(lines.count) 行" : "")
    }
}
