import Catalog
import GRDB

/// Stored as its id, `A` or `B`, as the post column has always held.
extension Post: DatabaseValueConvertible {}
