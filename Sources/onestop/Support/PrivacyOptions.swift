import Catalog
import Hall
import Store

extension DatabaseOptions {
    /// The mask for one view, as `PersonalDataAccess` decides it for whoever runs the command:
    /// masked, or with `--unmask 原因` shown in full once the ledger has recorded who asked and
    /// why (a refusal prints and exits 1, showing nothing).
    func mask(_ ledger: Ledger, _ view: Disclosure.View, subject: String? = nil, record: Int64? = nil) throws
        -> PersonalDataMask
    {
        let request = PersonalDataAccess.Request(
            view: view, subject: subject, record: record, actor: actor, unmaskReason: unmask)
        return try attempt { () throws(LedgerError) in try PersonalDataAccess(ledger: ledger).mask(request) }
    }
}

extension LedgerOptions {
    func mask(_ ledger: Ledger, _ view: Disclosure.View, subject: String? = nil, record: Int64? = nil) throws
        -> PersonalDataMask
    {
        try database.mask(ledger, view, subject: subject, record: record)
    }
}
