import ArgumentParser
import Catalog
import Hall

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: "按国家工作日日历计算办结期限与逾期工作日。")

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: "受理日期，YYYY-MM-DD（当天不计入期限）。")
    var accepted: CivilDate

    @Option(name: .customLong("working-days"), help: "办理时限（工作日数）。")
    var workingDays: Int

    @Option(name: .long, help: "办结日期，YYYY-MM-DD。")
    var completed: CivilDate?

    @Option(name: .long, help: "text 或 json。")
    var format: TextOrJSON = .text

    func validate() throws {
        guard workingDays >= 0 else { throw ValidationError("--working-days 不能为负数") }
    }

    func run() throws {
        guard let reckoning = DueReckoning(catalog: try options.load()) else {
            throw CommandError("目录没有大厅所用的工作日日历；请在 calendars/ 中提供日历并在 hall.yaml 中引用", code: .calendarMissing)
        }
        do {
            let answer = try reckoning.reckon(accepted: accepted, workingDays: workingDays, completed: completed)
            Terminal.write(format == .json ? answer.json : answer.text)
        } catch {
            Terminal.error(error.description)
            throw ExitCode.failure
        }
    }
}
