import ArgumentParser
import Catalog
import Store

// Options are parsed into their types, so a bad value is refused before any command runs
// (`cases queue --day banana` once printed today's queue).

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension CivilDateTime: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public static var defaultCompletionKind: CompletionKind { .default }
}

extension CaseRecord.Status: ExpressibleByArgument {}

/// The post that accepts a case (hall.yaml `posts`): A岗 teacher or B岗 student assistant.
enum PostOption: String, ExpressibleByArgument, CaseIterable {
    case a = "A"
    case b = "B"
}
