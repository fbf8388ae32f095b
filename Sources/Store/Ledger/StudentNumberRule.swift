import Catalog
import Foundation

/// The form of a student number the hall declares (`student_number_pattern` in hall.yaml),
/// compiled once per acceptance or import: an import checks every row against it.
struct StudentNumberRule {
    let pattern: String?
    private let expression: NSRegularExpression?

    init(hall: Hall?) {
        pattern = hall?.studentNumberPattern
        expression = hall?.studentNumberExpression
    }

    /// Why the number is not acceptable, or nil. The number itself is not echoed in full: it is
    /// personal data, and a mistyped one is usually someone's real number.
    func problem(_ number: String) -> String? {
        let number = number.trimmingSpaces
        if number.isEmpty { return "学号不能为空" }
        guard let pattern else { return nil }
        guard let expression else {
            return "hall.yaml 的 student_number_pattern “\(pattern)”不是有效的正则表达式；请修正目录"
        }
        let range = NSRange(number.startIndex..., in: number)
        guard expression.firstMatch(in: number, range: range) == nil else { return nil }
        return "学号“\(PersonalData.maskStudentNumber(number))”不符合本大厅的学号格式（\(pattern)，例如 10 位数字 2021040123）；请核对学号"
    }
}

extension Ledger {
    /// A follow-up's student number is optional (a visitor may not give one); when given, it
    /// must have the hall's form like a case's.
    func checkOptionalStudentNumber(_ number: String?) throws(LedgerError) {
        guard let number, !number.trimmingSpaces.isEmpty else { return }
        if let problem = StudentNumberRule(hall: catalog.hall).problem(number) {
            throw LedgerError(problem, code: .studentNumberPattern)
        }
    }
}
