import Foundation
import Testing

/// The operations' outputs against the files in `Golden/`; `RECORD_GOLDEN=1 swift test`
/// rewrites them (CI never sets it, so a missing or different file fails).
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        guard ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != "1" else {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing: run RECORD_GOLDEN=1 swift test>"
        let pairs = zip(actual.components(separatedBy: "\n"), expected.components(separatedBy: "\n"))
        let line = (pairs.enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? pairs.underestimatedCount) + 1
        #expect(actual == expected, "\(name) differs from line \(line) on", sourceLocation: sourceLocation)
    }
}
