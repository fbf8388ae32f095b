import Catalog

/// What an import resolves on every row, built once per import: the catalog's windows and
/// services, the schemes' items, and the years already found in the calendar. A row then costs
/// the same whatever the catalog's size.
final class ImportNames {
    let windows: IndexedNameResolver<Window>
    let services: IndexedNameResolver<Service>
    let items: IndexedNameResolver<String>
    /// Years the working calendar covers, as found so far.
    var coveredYears: Set<Int> = []

    init(catalog: Catalog, items: NameResolver<String> = NameResolver(.item, entries: [])) {
        let names = catalog.names
        windows = names.windows.indexed
        services = names.services.indexed
        self.items = items.indexed
    }
}
