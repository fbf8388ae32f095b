import Synchronization

/// The catalog's lookups by id and number, built on first use: a province's catalog is asked
/// for its services thousands of times per check and per notice, and a linear scan each time
/// made those quadratic. `Catalog` drops it whenever one of its lists changes.
final class CatalogLookup: Sendable {
    /// A class, so that a look-up retains one reference rather than copying every table.
    final class Tables: Sendable {
        let departments: [String: Int]
        let facts: [String: Int]
        let materials: [String: Int]
        let services: [String: Int]
        /// Positions of the services whose id, lowercased, is the key.
        let servicesByLowercasedID: [String: [Int]]
        let windowsByNumber: [Window]
        /// Index in `windowsByNumber` of the first window by number with that number or service.
        let windowNumbered: [Int: Int]
        let windowOffering: [String: Int]

        init(_ catalog: Catalog) {
            departments = Self.firstIndex(catalog.departments.map(\.id))
            facts = Self.firstIndex(catalog.facts.map(\.id))
            materials = Self.firstIndex(catalog.materials.map(\.id))
            services = Self.firstIndex(catalog.services.map(\.id))
            var lowercased: [String: [Int]] = [:]
            for (index, service) in catalog.services.enumerated() {
                lowercased[service.id.lowercased(), default: []].append(index)
            }
            servicesByLowercasedID = lowercased
            let sorted = catalog.windows.sorted { $0.number < $1.number }
            var numbered: [Int: Int] = [:]
            var offering: [String: Int] = [:]
            for (index, window) in sorted.enumerated() {
                if numbered[window.number] == nil { numbered[window.number] = index }
                for service in window.services where offering[service.id] == nil { offering[service.id] = index }
            }
            windowsByNumber = sorted
            windowNumbered = numbered
            windowOffering = offering
        }

        /// The first position of every key, as `first(where:)` would find it.
        private static func firstIndex(_ keys: [String]) -> [String: Int] {
            var positions: [String: Int] = [:]
            for (index, key) in keys.enumerated() where positions[key] == nil { positions[key] = index }
            return positions
        }
    }

    private let built = Mutex<Tables?>(nil)

    func tables(of catalog: Catalog) -> Tables {
        built.withLock { tables in
            if let tables { return tables }
            let fresh = Tables(catalog)
            tables = fresh
            return fresh
        }
    }
}
