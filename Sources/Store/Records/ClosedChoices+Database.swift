import Catalog
import GRDB

// Closed choices stored as the words their columns have always held (`A`/`B`, `pause`/`restart`).

extension Post: DatabaseValueConvertible {}

extension Service.OnCorrection: DatabaseValueConvertible {}
