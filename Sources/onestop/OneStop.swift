import ArgumentParser

@main
struct OneStop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onestop",
        abstract: "一站式学生事务中心：服务目录、一次性告知、办件台账与窗口考核。",
        subcommands: [
            NoticeCommand.self, RouteCommand.self, DueCommand.self, CalendarCommand.self, CasesCommand.self,
            ReferralsCommand.self,
            ComplaintsCommand.self, RepairsCommand.self, EventsCommand.self, ScoreCommand.self, CheckCommand.self,
            ServicesCommand.self, ShowCommand.self,
            SchemaCommand.self, RulesCommand.self, InitCommand.self,
        ])
}
