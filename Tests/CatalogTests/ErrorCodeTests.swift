import Catalog
import Testing

/// The codes themselves: stable kebab-case names, each described for docs/errors.md.
@Suite struct ErrorCodeTests {
    @Test(arguments: ErrorCode.allCases) func isKebabCaseAndDescribed(_ code: ErrorCode) {
        let name = code.rawValue
        #expect(name.split(separator: "-").allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLowercase && $0.isASCII } })
        #expect(!code.meaning.isEmpty && !code.mend.isEmpty, "describe \(name) in ErrorCode+Descriptions.swift")
    }

    @Test func theReferenceListsEveryCodeOnce() {
        let page = ErrorsReport.markdown { _ in 1 }
        for code in ErrorCode.allCases {
            #expect(page.components(separatedBy: "| `\(code.rawValue)` |").count == 2, "\(code.rawValue)")
        }
    }
}
