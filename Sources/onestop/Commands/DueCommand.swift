import ArgumentParser
import Catalog

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due", abstract: "按国家工作日日历计算办结期限与逾期工作日。")

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: "The day of acceptance, YYYY-MM-DD (it never counts).")
    var accepted: String

    @Option(name: .customLong("working-days"), help: "The time limit in working days.")
    var workingDays: Int

    @Option(name: .long, help: "The day the case was completed, YYYY-MM-DD.")
    var completed: String?

    @Option(name: .long, help: "text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        guard CivilDate(accepted) != nil else { throw ValidationError("'\(accepted)' is not a date YYYY-MM-DD") }
        if let completed, CivilDate(completed) == nil {
            throw ValidationError("'\(completed)' is not a date YYYY-MM-DD")
        }
        guard workingDays >= 0 else { throw ValidationError("--working-days must not be negative") }
    }

    func run() throws {
        guard let calendar = WorkingCalendar(for: try options.load()), let start = CivilDate(accepted) else {
            Terminal.error("目录没有大厅所用的工作日日历")
            throw ExitCode.failure
        }
        do {
            let due = try calendar.adding(workingDays: workingDays, to: start)
            let overdue = try completed.flatMap(CivilDate.init).map {
                try calendar.workingDays(after: due, through: $0)
            }
            if format == .json {
                struct Body: Encodable {
                    var due: String
                    var overdue_working_days: Int?
                }
                Terminal.write(JSONOutput.encode(Body(due: due.description, overdue_working_days: overdue)))
            } else {
                Terminal.write(due.description + "\n")
                if let overdue { Terminal.write("逾期 \(overdue) 个工作日\n") }
            }
        } catch let error as WorkingCalendar.UncoveredYear {
            Terminal.error(error.description)
            throw ExitCode.failure
        }
    }
}
