import ArgumentParser
import Hall
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
        let importing = CaseImporting(ledger: ledger)
        let summary = try options.attempt { () throws(LedgerError) in
            try importing.run(
                path: file, at: time.time(ledger), by: options.actor, allowDuplicates: allowDuplicates,
                onValidated: { rows in Terminal.error("已校验 \(rows) 行，正在写入…") },
                onProgress: { rows in if rows % 100_000 == 0 { Terminal.error("已校验 \(rows) 行…") } })
        }
        Terminal.write(
            options.format == .json ? summary.json : summary.text(howToComplete: "请用 onestop cases complete 登记办结"))
    }
}
