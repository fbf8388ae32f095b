import Foundation

/// What a fuzzer drives: each target takes any bytes and must return without crashing, hanging
/// or growing without bound. The libFuzzer harnesses in fuzz/ and the corpus replay in the
/// tests call the same code.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// One catalog file (its kind chosen by the first byte) in place of the shipped one.
    case catalog
    /// A condition's text (`applicant.level == "postgraduate" && ...`), parsed and evaluated.
    case condition
    /// A thesaurus file in place of the shipped one, then questions routed through it.
    case thesaurus
    /// An events CSV imported into a new in-memory ledger.
    case eventsCSV = "events-csv"
    /// A cases CSV imported into a new in-memory ledger.
    case casesCSV = "cases-csv"

    /// Runs one input against the shipped hall in `fixture`; the findings are for the replay
    /// test to check (no crash is the fuzzer's own check).
    public func run(_ input: Data, on fixture: FuzzFixture) -> FuzzFindings {
        switch self {
        case .catalog: return CatalogFuzzing.loadFile(input, on: fixture)
        case .condition: return ConditionFuzzing.parse(input)
        case .thesaurus: return ThesaurusFuzzing.route(input, on: fixture)
        case .eventsCSV: return ImportFuzzing.importEvents(input, on: fixture)
        case .casesCSV: return ImportFuzzing.importCases(input, on: fixture)
        }
    }
}

/// What an input led to, for the replay test's assertions: every diagnostic located inside
/// the input, every refusal with a stable code.
public struct FuzzFindings: Sendable {
    /// Messages about the result that break a promise (a location outside the file, an
    /// error without a code); empty when the input was handled as it should be.
    public var broken: [String] = []
    /// Whether the input was accepted (loaded, parsed, imported).
    public var accepted = false

    public init() {}
}
