import ArgumentParser
import Catalog
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "在新文件夹中生成一个最小的示例目录，作为编写本校目录的起点。")

    @Argument(help: "要新建的文件夹（不能已经存在）。")
    var folder: String

    func run() throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: folder) else {
            Terminal.error("“\(folder)”已存在；请指定一个新的文件夹，避免覆盖已有目录")
            throw ExitCode.failure
        }
        let root = URL(fileURLWithPath: folder)
        for (path, text) in ExampleCatalog.files.sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        Terminal.write("已生成示例目录 \(folder)（\(ExampleCatalog.files.count) 个文件）；运行 onestop check --catalog \(folder) 检查\n")
    }
}
