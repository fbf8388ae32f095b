import Catalog

extension LedgerError {
    /// A name the catalog or the rules do not resolve, with its code.
    public init(_ error: ResolutionError) {
        self.init(error.message, code: error.errorCode, details: error.details)
    }
}

extension Ledger {
    /// Runs a lookup of typed names, turning its failure into the ledger's error.
    func resolving<T>(_ body: () throws(ResolutionError) -> T) throws(LedgerError) -> T {
        do {
            return try body()
        } catch {
            throw LedgerError(error)
        }
    }
}
