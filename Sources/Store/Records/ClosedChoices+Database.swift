import Catalog
import GRDB

// Closed choices stored as the words their columns have always held (`A`/`B`, `pause`/`restart`,
// `working_days`/`hours`/`on_the_spot`).

extension Post: DatabaseValueConvertible {}

extension Service.OnCorrection: DatabaseValueConvertible {}

extension TimeLimit.Kind: DatabaseValueConvertible {}
