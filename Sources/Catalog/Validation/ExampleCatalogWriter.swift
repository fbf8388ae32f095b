import Foundation

/// Writes the example catalog into a new folder for `onestop init`, never over existing files.
public enum ExampleCatalogWriter {
    public enum Failure: CodedError, Equatable {
        /// An empty name would resolve to the current folder and overwrite its `hall.yaml`.
        case emptyPath
        case notAFolder(String)
        case folderNotEmpty(String)
        case cannotWrite(String, reason: String)

        public var errorCode: ErrorCode {
            switch self {
            case .emptyPath: .initEmptyPath
            case .notAFolder: .initNotAFolder
            case .folderNotEmpty: .initFolderNotEmpty
            case .cannotWrite: .initCannotWrite
            }
        }

        public var code: String { errorCode.rawValue }

        public var details: ErrorDetails {
            switch self {
            case .emptyPath: ErrorDetails()
            case .notAFolder(let path), .folderNotEmpty(let path), .cannotWrite(let path, _): ErrorDetails(file: path)
            }
        }

        public var message: String {
            switch self {
            case .emptyPath: "没有给出文件夹名；请写出要新建的文件夹，如 onestop init my-catalog"
            case .notAFolder(let path): "“\(path)”已存在且不是文件夹；请换一个名称"
            case .folderNotEmpty(let path): "“\(path)”已存在且不是空文件夹；请指定新的或空的文件夹，避免覆盖已有文件"
            case .cannotWrite(let path, let reason): "无法写入“\(path)”：\(reason)"
            }
        }
    }

    /// Writes every file of `ExampleCatalog` under `folder`, which must be new or an empty folder.
    /// Returns the number of files written.
    @discardableResult
    public static func write(into folder: String) throws(Failure) -> Int {
        guard !folder.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .emptyPath }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .notAFolder(folder) }
            let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? [""]
            guard entries.isEmpty else { throw .folderNotEmpty(folder) }
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        for (path, text) in ExampleCatalog.files.sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw .cannotWrite(url.path, reason: error.localizedDescription)
            }
        }
        return ExampleCatalog.files.count
    }
}
