import Hall

/// The receipt page: the case's receipt, its short link and the link's QR code (an SVG the
/// server drew, put in raw), and a reminder when the same student had the same service accepted
/// that day (not printed).
struct ReceiptPage {
    var receipt: CaseReceipt
    var link: String
    var qrCode: String?
    var hasOwed: Bool
    /// Earlier cases of the same student and service that day, e.g. `#3、#4`; empty when none.
    var sameDay: String?

    init(receipt: CaseReceipt, link: String, qrCode: String?, sameDay: String) {
        self.receipt = receipt
        self.link = link
        self.qrCode = qrCode
        hasOwed = !receipt.owed.isEmpty
        self.sameDay = sameDay.isEmpty ? nil : sameDay
    }
}
