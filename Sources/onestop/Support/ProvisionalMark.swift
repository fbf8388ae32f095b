import Catalog

/// The mark after a due date that rests on a year whose arrangement is not yet published.
func provisionalMark(_ provisional: Bool) -> String { provisional ? "（\(DueDate.provisionalNote)）" : "" }
