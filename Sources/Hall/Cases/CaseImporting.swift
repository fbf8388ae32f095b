import Catalog
import Foundation
import Store

/// Importing an existing ledger (CSV): every row is checked first, and one bad row leaves the
/// ledger as it was.
public struct CaseImporting: Sendable {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// Imports the file at `path`, dated `at` and recorded as done `by` a member of staff;
    /// `allowDuplicates` imports rows the ledger already holds. The callbacks report progress.
    public func run(
        path: String, at: CivilDateTime, by: String, allowDuplicates: Bool = false,
        onValidated: (Int) -> Void = { _ in }, onProgress: (Int) -> Void = { _ in }
    ) throws(LedgerError) -> CaseImportSummary {
        let result = try ledger.importCases(
            path: path, file: (path as NSString).lastPathComponent, at: at, by: by, allowDuplicates: allowDuplicates,
            onValidated: onValidated, onProgress: onProgress)
        return CaseImportSummary(result)
    }

    /// An uploaded file's contents (a server's request), named `file` in the batch.
    public func run(
        data: Data, file: String, at: CivilDateTime, by: String, allowDuplicates: Bool = false
    ) throws(LedgerError) -> CaseImportSummary {
        CaseImportSummary(
            try ledger.importCases(data: data, file: file, at: at, by: by, allowDuplicates: allowDuplicates))
    }

    /// An uploaded file's import for a server's request, off the calling task's thread.
    public func run(
        data: Data, file: String, at: CivilDateTime, by: String, allowDuplicates: Bool = false
    ) async throws(LedgerError) -> CaseImportSummary {
        try await Offload.run { () throws(LedgerError) in
            try self.run(data: data, file: file, at: at, by: by, allowDuplicates: allowDuplicates)
        }
    }
}
