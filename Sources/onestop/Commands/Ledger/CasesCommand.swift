import ArgumentParser

struct CasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cases", abstract: "办件台账：受理、暂停补正、恢复、办结、不予受理、转办、查询、逾期与导入。",
        subcommands: [
            CasesAcceptCommand.self, CasesPauseCommand.self, CasesResumeCommand.self, CasesCompleteCommand.self,
            CasesRefuseCommand.self, CasesTransferCommand.self, CasesStepCommand.self, CasesAdjustFeeCommand.self,
            CasesShowCommand.self,
            CasesListCommand.self, CasesQueueCommand.self, CasesOverdueCommand.self, CasesImportCommand.self,
        ])
}
