import Catalog
import Foundation

/// A file named on the command line, read whole; an unreadable one is refused (exit 2).
struct InputFile {
    var data: Data
    /// The file's name without its folder, as recorded with an import batch.
    var name: String

    init(path: String) throws(CommandError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("无法读取文件 \(path)", code: .fileUnreadable, details: ErrorDetails(file: path))
        }
        self.data = data
        name = (path as NSString).lastPathComponent
    }
}
