import Assessment
import Catalog
import Foundation

/// Checking the catalog and the assessment rules together: one report, every diagnostic
/// located in its file, the rules' alongside the catalog's.
public struct CatalogCheck: Sendable {
    /// Where the rules are: the hall's usual folder (left out when it is not there, since a
    /// catalog may be checked on its own) or a folder someone named (which must exist).
    public enum RulesFolder: Sendable, Hashable {
        case usual(String)
        case named(String)

        public var path: String {
            switch self {
            case .usual(let path), .named(let path): path
            }
        }
    }

    public let catalog: CatalogSource
    public let rules: RulesFolder

    public init(catalog: CatalogSource, rules: RulesFolder) {
        self.catalog = catalog
        self.rules = rules
    }

    /// Every diagnostic of the catalog and the rules as of `day` (the calendar's running-out
    /// reminder depends on it); `strict` turns warnings into errors.
    public func report(checkedOn day: CivilDate, strict: Bool) -> CheckReport {
        report(CatalogLoader.load(catalog, checkedOn: day), strict: strict)
    }

    /// The same as of today on the hall's clock, which `clock` gives for the loaded catalog (its
    /// time zone is known only once hall.yaml is read).
    public func report(clock: (Catalog) -> HallClock, strict: Bool) -> CheckReport {
        report(CatalogLoader.load(catalog, clock: clock), strict: strict)
    }

    private func report(_ loaded: CatalogLoader.Result, strict: Bool) -> CheckReport {
        var bag = loaded.diagnostics
        if FileManager.default.fileExists(atPath: rules.path) {
            bag.append(contentsOf: SchemeLoader.load(folder: rules.path).diagnostics)
        } else if case .named(let path) = rules {
            bag.error(
                "missing-file", "规则文件夹“\(path)”不存在；请指定一个已有的规则文件夹",
                at: .start(of: path))
        }
        return CheckReport(bag, strict: strict)
    }
}
