import Catalog
import Store

extension DatabaseOptions {
    /// The mask for one view: personal data masked, or with `--unmask 原因` shown in full once
    /// the ledger has recorded who asked and why (a refusal prints and exits 1, showing nothing).
    func mask(_ ledger: Ledger, _ view: Disclosure.View, subject: String? = nil, record: Int64? = nil) throws
        -> PersonalDataMask
    {
        try attempt { () throws(LedgerError) in
            guard let reason = unmask else { return try ledger.personalDataMask(knownNames: view.hasFreeText) }
            return try ledger.disclose(
                Disclosure(view: view, subject: subject, record: record, reason: reason), by: actor,
                at: ledger.clock.now())
        }
    }
}

extension LedgerOptions {
    func mask(_ ledger: Ledger, _ view: Disclosure.View, subject: String? = nil, record: Int64? = nil) throws
        -> PersonalDataMask
    {
        try database.mask(ledger, view, subject: subject, record: record)
    }
}
