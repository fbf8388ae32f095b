import Catalog

extension NoticeError {
    /// A name the catalog does not resolve, with its code (`unknown-service`, `ambiguous-material`, ...).
    init(_ error: ResolutionError) { self.init(error.message, code: error.errorCode, details: error.details) }
}
