import ArgumentParser
import Catalog

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
        guard let calendar = WorkingCalendar(for: try options.load()) else {
            Terminal.error("目录没有大厅所用的工作日日历")
            throw ExitCode.failure
        }
        do {
            let due = try calendar.adding(workingDays: workingDays, to: accepted)
            let overdue = try completed.map { try calendar.workingDays(after: due, through: $0) }
            let provisional = calendar.isProvisional(from: accepted, through: max(due, completed ?? due))
            if format == .json {
                struct Body: Encodable {
                    var due: String
                    var overdue_working_days: Int?
                    var provisional: Bool
                    var provisional_note: String?
                }
                let note = provisional ? DueDate.provisionalNote : nil
                Terminal.write(
                    JSONOutput.encode(
                        Body(
                            due: due.description, overdue_working_days: overdue, provisional: provisional,
                            provisional_note: note)))
            } else {
                Terminal.write(due.description + (provisional ? "（\(DueDate.provisionalNote)）" : "") + "\n")
                if let overdue { Terminal.write("逾期 \(overdue) 个工作日\n") }
            }
        } catch let error as WorkingCalendar.UncoveredYear {
            Terminal.error(error.description)
            throw ExitCode.failure
        }
    }
}
