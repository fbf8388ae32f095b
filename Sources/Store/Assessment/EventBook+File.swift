import Catalog
import Foundation

extension EventBook {
    /// The largest events file read: a YAML file is read whole, as YAML must be, and 100,000
    /// events with long notes fit in a few megabytes, so a larger file is another file chosen
    /// by mistake, refused before it is read rather than after filling the memory.
    public static let defaultFileByteLimit = 32 * 1024 * 1024

    /// Imports the events file at `path` (its name without the folder is recorded), refusing
    /// one over `byteLimit` bytes before reading it.
    public func importEvents(
        path: String, at: CivilDateTime, by: String, allowDuplicates: Bool = false, correction: Bool = false,
        byteLimit: Int = defaultFileByteLimit
    ) throws(LedgerError) -> ImportResult {
        let file = (path as NSString).lastPathComponent
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
        guard let size else { throw LedgerError("无法读取文件 \(path)", code: .fileUnreadable) }
        guard size <= byteLimit else {
            throw LedgerError(
                "\(file) 有 \(size / 1_048_576) MB，超过事件文件的上限 \(byteLimit / 1_048_576) MB；请确认选对了文件，或按月份拆开分批导入",
                code: .fileTooLarge, details: ErrorDetails(file: file))
        }
        if !EventRows.isYAML(file), let input = CSVInput(path: path) {
            return try importEvents(
                csv: input, by: by,
                ImportOptions(
                    file: file, at: at, allowDuplicates: allowDuplicates, correction: correction,
                    rowLimit: Self.defaultImportRowLimit))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedgerError("无法读取文件 \(path)", code: .fileUnreadable)
        }
        return try importEvents(
            data: data, file: file, at: at, by: by, allowDuplicates: allowDuplicates, correction: correction)
    }
}
