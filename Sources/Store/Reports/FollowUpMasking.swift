/// Referrals, complaints and repairs as shown: the student number masked, and the personal
/// data in every free-text field. The copies are for output; the ledger keeps what was written.
extension PersonalDataMask {
    public func referral(_ record: ReferralRecord) -> ReferralRecord {
        var shown = record
        shown.studentNumber = studentNumber(record.studentNumber)
        shown.question = text(record.question)
        shown.sentTo = text(record.sentTo)
        shown.answer = text(record.answer)
        return shown
    }

    public func complaint(_ record: ComplaintRecord) -> ComplaintRecord {
        var shown = record
        shown.studentNumber = studentNumber(record.studentNumber)
        shown.about = text(record.about)
        shown.text = text(record.text)
        shown.answer = text(record.answer)
        return shown
    }

    public func repair(_ record: RepairRecord) -> RepairRecord {
        var shown = record
        shown.studentNumber = studentNumber(record.studentNumber)
        shown.location = text(record.location)
        shown.description = text(record.description)
        return shown
    }
}
