import Foundation

/// A validation rule that describes itself: id (the diagnostic code), summary, and examples
/// that must and must not trigger it. The examples are its tests.
public struct ValidationRule: Sendable {
    public typealias Check = @Sendable (Catalog, inout DiagnosticBag) -> Void

    public var id: String
    public var severity: Severity
    public var summary: String
    public var triggering: [RuleExample]
    public var nonTriggering: [RuleExample]
    /// Cross-checks run on the built catalog; `nil` for rules the loader applies while decoding.
    var check: Check?
    /// An error of this rule leaves the catalog incomplete (a file unread, an entry dropped or read
    /// with defaults): cross-checks would then report consequences, such as a department that is
    /// unknown only because departments.yaml could not be read, so they are skipped.
    public internal(set) var stopsCrossChecks = false
    /// A check that is still run when cross-checks are skipped, because it reads only what each
    /// file says about itself (the assumed values).
    var runsOnIncompleteCatalog = false

    init(
        _ id: String, _ summary: String, triggering: [RuleExample], nonTriggering: [RuleExample],
        check: Check? = nil
    ) {
        self.init(id, .error, summary, triggering: triggering, nonTriggering: nonTriggering, check: check)
    }

    init(
        _ id: String, _ severity: Severity, _ summary: String, triggering: [RuleExample],
        nonTriggering: [RuleExample], check: Check? = nil
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.check = check
    }
}

extension ValidationRule {
    /// This rule with `stopsCrossChecks` set.
    func stoppingCrossChecks() -> ValidationRule {
        var rule = self
        rule.stopsCrossChecks = true
        return rule
    }

    /// This rule with `runsOnIncompleteCatalog` set.
    func runningOnIncompleteCatalog() -> ValidationRule {
        var rule = self
        rule.runsOnIncompleteCatalog = true
        return rule
    }
}

/// One edit of `ExampleCatalog`: in `file`, replace the first `replacing` with `with`;
/// an empty `replacing` makes `with` the whole file (creating it if need be).
public struct RuleExample: Sendable {
    public var file: String
    public var replacing: String
    /// The day the example is checked on, for date-dependent rules; `nil` skips them.
    public var checkedOn: CivilDate?
    /// The new text; `nil` removes the file. Generated on demand so a large example costs nothing until used.
    private var replacement: @Sendable () -> String?

    public var with: String? { replacement() }

    init(_ file: String, _ replacing: String, _ with: String?) {
        self.file = file
        self.replacing = replacing
        self.replacement = { with }
    }

    init(_ file: String, generating: @escaping @Sendable () -> String) {
        self.file = file
        self.replacing = ""
        self.replacement = generating
    }

    /// The example catalog without `file`.
    static func removing(_ file: String) -> RuleExample { RuleExample(file, "", nil) }

    /// The example catalog unchanged.
    static let unchanged = RuleExample("hall.yaml", "version: 1", "version: 1")

    /// The example catalog's files with this edit applied, or `nil` when `replacing` is not found.
    public func apply(to files: [String: String] = ExampleCatalog.files) -> [String: String]? {
        var result = files
        guard !replacing.isEmpty else {
            result[file] = with
            return result
        }
        guard let text = files[file], let range = text.range(of: replacing) else { return nil }
        result[file] = text.replacingCharacters(in: range, with: with ?? "")
        return result
    }
}
