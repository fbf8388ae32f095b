import ArgumentParser
import Catalog
import Foundation

@main
struct OneStop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onestop",
        abstract: "一站式学生事务中心：服务目录、一次性告知、办件台账与窗口考核。",
        subcommands: [
            NoticeCommand.self, RouteCommand.self, DueCommand.self, CalendarCommand.self, CasesCommand.self,
            ReferralsCommand.self,
            ComplaintsCommand.self, RepairsCommand.self, EventsCommand.self, PatrolsCommand.self, SunshineCommand.self,
            ScoreCommand.self,
            AuditCommand.self,
            CheckCommand.self,
            ServicesCommand.self, ShowCommand.self,
            SchemaCommand.self, RulesCommand.self, ErrorsCommand.self, InitCommand.self, ServeCommand.self,
            UsersCommand.self, RatingsCommand.self, QualityCommand.self,
        ])

    /// As the default, but the parser's messages and help are in Chinese, and a failure the
    /// libraries refuse is printed by its code (as JSON with `--format json`).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var parsed: ParsableCommand?
        do {
            var command = try parseAsRoot(arguments)
            parsed = command
            try command.run()
        } catch let error as any CodedError {
            let json = parsed.map(OutputFormatProbe.printsJSON) ?? false
            Foundation.exit(ErrorOutput.report(error, json: json))
        } catch {
            let code = exitCode(for: error)
            if code == .success, case let help = fullMessage(for: error), !help.isEmpty {
                print(ArgumentHelpText.localized(help))
                Foundation.exit(code.rawValue)
            }
            guard code == .validationFailure else { exit(withError: error) }
            let message = ArgumentMessages.localized(fullMessage(for: error))
            let json = parsed.map(OutputFormatProbe.printsJSON) ?? OutputFormatProbe.argumentsAskForJSON(arguments)
            Foundation.exit(ErrorOutput.reportUsage(message, json: json))
        }
    }
}
