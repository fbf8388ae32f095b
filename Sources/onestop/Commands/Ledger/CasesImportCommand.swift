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
    @Flag(name: .customLong("allow-duplicates"), help: "允许再次导入已导入过的文件。")
    var allowDuplicates = false

    func run() throws {
        let input = try InputFile(path: file)
        let ledger = try options.ledger()
        let result = try options.attempt { () throws(LedgerError) in
            try ledger.importCases(
                data: input.data, file: input.name, at: time.time, by: options.actor,
                allowDuplicates: allowDuplicates
            ) { rows in
                Terminal.error("已校验 \(rows) 行，正在写入…")
            }
        }
        if options.format == .json {
            struct Body: Encodable {
                var batch: Int64
                var rows: Int
            }
            Terminal.write(JSONOutput.encode(Body(batch: result.batch.id ?? 0, rows: result.rows), snakeCase: true))
        } else {
            Terminal.write("已导入 \(result.rows) 件（批次 \(result.batch.id ?? 0)）\n")
        }
    }
}
