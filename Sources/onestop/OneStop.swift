import ArgumentParser
import Foundation

@main
struct OneStop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onestop",
        abstract: "一站式学生事务中心：服务目录、一次性告知、办件台账与窗口考核。",
        subcommands: [
            NoticeCommand.self, RouteCommand.self, DueCommand.self, CalendarCommand.self, CasesCommand.self,
            ReferralsCommand.self,
            ComplaintsCommand.self, RepairsCommand.self, EventsCommand.self, ScoreCommand.self, AuditCommand.self,
            CheckCommand.self,
            ServicesCommand.self, ShowCommand.self,
            SchemaCommand.self, RulesCommand.self, InitCommand.self,
        ])

    /// As the default, but the parser's messages and help are in Chinese.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success, case let help = fullMessage(for: error), !help.isEmpty {
                print(ArgumentHelpText.localized(help))
                Foundation.exit(code.rawValue)
            }
            guard code == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((ArgumentMessages.localized(fullMessage(for: error)) + "\n").utf8))
            Foundation.exit(code.rawValue)
        }
    }
}
