import Catalog
import Foundation
import Testing

/// The codes themselves: stable kebab-case names, each described for docs/errors.md.
@Suite struct ErrorCodeTests {
    @Test(arguments: ErrorCode.allCases) func isKebabCaseAndDescribed(_ code: ErrorCode) {
        let name = code.rawValue
        #expect(
            name.split(separator: "-").allSatisfy {
                !$0.isEmpty && $0.allSatisfy { ($0.isLowercase || $0.isNumber) && $0.isASCII }
            })
        #expect(!code.meaning.isEmpty && !code.mend.isEmpty, "describe \(name) in ErrorCode+Descriptions.swift")
    }

    @Test func theReferenceListsEveryCodeOnce() {
        let page = ErrorsReport.markdown { _ in 1 }
        for code in ErrorCode.allCases {
            #expect(page.components(separatedBy: "| `\(code.rawValue)` |").count == 2, "\(code.rawValue)")
        }
    }
}

/// Library messages say what to do in words; only the command line knows its options and adds
/// them when it prints (Sources/onestop/Support/FlagHint.swift).
@Suite struct LibraryMessageTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Not messages: JSON Schema descriptions name the option a field serves, the errors page
    /// documents `--format json`, and the check report's footer names its own `--notes`.
    static let allowed = [
        "Schema/CatalogShapes.swift", "Loading/SchemeShapes.swift", "Reports/ErrorsReport.swift",
        "Reports/CheckReport.swift",
    ]

    @Test(arguments: ["Catalog", "Notice", "Assessment", "Store"]) func noMessageNamesAnOption(_ target: String) throws
    {
        let folder = Self.sources.appendingPathComponent(target)
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") && !Self.allowed.contains(where: file.hasSuffix) {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//"), code.contains("\"") else { continue }
                let namesOption = code.range(of: #""[^"]*--[a-z][^"]*""#, options: .regularExpression) != nil
                #expect(
                    !namesOption && !code.contains("ONESTOP_STAFF"), "\(target)/\(file):\(number + 1): \(code)")
            }
        }
    }
}
