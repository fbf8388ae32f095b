import ArgumentParser
import Catalog

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "在新文件夹中生成一个最小的示例目录，作为编写本校目录的起点。")

    @Argument(help: "要新建的文件夹（不能是已有文件的文件夹）。")
    var folder: String

    func run() throws {
        let count = try ExampleCatalogWriter.write(into: folder)
        Terminal.write("已生成示例目录 \(folder)（\(count) 个文件）；运行 onestop check --catalog \(folder) 检查\n")
    }
}
