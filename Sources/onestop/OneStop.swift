import ArgumentParser

@main
struct OneStop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "onestop",
        abstract: "一站式学生事务中心：服务目录、一次性告知与窗口考核。",
        subcommands: [
            CheckCommand.self, ServicesCommand.self, InitCommand.self, NoticeCommand.self, RouteCommand.self,
            DueCommand.self, ShowCommand.self, SchemaCommand.self,
            RulesCommand.self,
        ])
}
