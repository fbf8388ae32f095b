import ArgumentParser
import Catalog
import Foundation
import Store
import WebApp

extension Role: ExpressibleByArgument {}

struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "网页服务的用户：添加用户、列出用户。",
        subcommands: [UsersAddCommand.self, UsersListCommand.self])
}

struct UsersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "添加网页服务的用户；密码从标准输入读取一行，以 bcrypt 散列保存。")

    @OptionGroup var options: DatabaseOptions

    @Argument(help: "用户名：工作人员名单（hall.yaml 的 staff）中的编号，如 director、w01-a。")
    var name: String

    @Option(name: .long, help: "角色：clerk（专员）、deputy（副主任）或 director（主任）。")
    var role: Role

    func run() throws {
        let ledger = try options.ledger()
        let password = Self.readPassword()
        let accounts = UserAccounts(database: ledger.database, catalog: ledger.catalog)
        try accounts.add(name: name, role: role, password: password, by: options.actor, at: ledger.clock.now())
        Terminal.write("已添加用户 \(name)（\(role.chineseName)）\n")
    }

    /// One line from standard input; on a terminal asked for without echo.
    static func readPassword() -> String {
        if isatty(STDIN_FILENO) == 1, let typed = getpass("密码：") { return String(cString: typed) }
        return readLine(strippingNewline: true) ?? ""
    }
}

struct UsersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出网页服务的用户。")

    @OptionGroup var options: DatabaseOptions

    @Option(name: .long, help: "text 或 json。")
    var format: TextOrJSON = .text

    func run() throws {
        let ledger = try options.ledger()
        let users = try UserAccounts(database: ledger.database, catalog: ledger.catalog).list()
        if format == .json {
            Terminal.write(JSONOutput.encode(users))
            return
        }
        let lines = users.map { "\($0.name)\t\($0.roleName)\t\($0.displayName)\t创建于 \($0.createdAt)，由 \($0.createdBy)" }
        Terminal.write(users.isEmpty ? "还没有用户\n" : lines.joined(separator: "\n") + "\n")
    }
}
