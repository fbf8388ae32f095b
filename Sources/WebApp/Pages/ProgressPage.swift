import Hall

/// `/progress` (办件进度查询): the form, and the one answer a student gets: the status and
/// the due date, or the same "not found" whether the case is missing or the digits are wrong.
struct ProgressPage {
    var caseNumber = ""
    var answer: ProgressLookup.Answer?
    var notFound = false
    var failure: String?
}
