import Foundation
import FuzzTargets
import Testing

/// Every input in fuzz/corpus (the seeds and whatever the fuzzers kept, crashes they found
/// among them) replayed through the same code the harnesses drive: none may crash, and each
/// must keep the promises a finding checks (locations inside the file, refusals writing nothing).
@Suite struct CorpusReplayTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = Result { try FuzzFixture(root: repository.path) }

    static func inputs(of target: FuzzTarget) -> [URL] {
        let folder = repository.appendingPathComponent("fuzz/corpus/\(target.rawValue)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func theCorpusReplaysCleanly(_ target: FuzzTarget) throws {
        let fixture = try Self.fixture.get()
        let inputs = Self.inputs(of: target)
        #expect(inputs.count >= 5, "fuzz/corpus/\(target.rawValue) holds the seeds")
        var accepted = 0
        for input in inputs {
            let findings = target.run(try Data(contentsOf: input), on: fixture)
            #expect(findings.broken.isEmpty, "\(input.lastPathComponent): \(findings.broken)")
            if findings.accepted { accepted += 1 }
        }
        // The seeds include valid inputs: a target refusing everything tests nothing deep.
        #expect(accepted > 0, "no input of \(target.rawValue) was accepted")
    }
}
