import ArgumentParser
import Foundation

/// A file named on the command line, read whole; an unreadable one ends the command (exit 2).
struct InputFile {
    var data: Data
    /// The file's name without its folder, as recorded with an import batch.
    var name: String

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            Terminal.error("无法读取文件 \(path)")
            throw ExitCode(2)
        }
        self.data = data
        name = (path as NSString).lastPathComponent
    }
}
