import ArgumentParser
import Catalog
import Foundation
import Notice

extension NoticeFormat: ExpressibleByArgument {}

struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice", abstract: "出具一次性告知单：所需材料、缺失与需补正的材料、时限、流程与收费。")

    @OptionGroup var options: CatalogOptions

    @Argument(help: "The service: id, name or alias.")
    var service: String

    @Option(name: .customLong("fact"), help: "A fact about the applicant, KEY=VALUE (repeatable).")
    var facts: [String] = []

    @Option(name: .customLong("have"), help: "A material the applicant brought (repeatable).")
    var have: [String] = []

    @Option(name: .customLong("defect"), help: "A defect seen in a material, MATERIAL=CODE (repeatable).")
    var defects: [String] = []

    @Option(name: .long, help: "When the application is made, YYYY-MM-DD[THH:MM] (default: now).")
    var accepted: String?

    @Option(name: .long, help: "text, json, markdown or html.")
    var format: NoticeFormat = .text

    func validate() throws {
        for pair in facts + defects where KeyValue(pair) == nil {
            throw ValidationError("'\(pair)' is not KEY=VALUE")
        }
        if let accepted, CivilDateTime(accepted) == nil {
            throw ValidationError("'\(accepted)' is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        }
    }

    func run() throws {
        let engine: NoticeEngine
        do {
            engine = try NoticeEngine(catalog: try options.load())
        } catch let error as NoticeError {
            Terminal.error(error.message)
            throw ExitCode.failure
        }
        let request = NoticeRequest(
            service: service, facts: KeyValue.dictionary(facts), have: have.isEmpty ? nil : Set(have),
            defects: KeyValue.dictionary(defects), submitted: accepted.flatMap(CivilDateTime.init) ?? .now())
        do {
            Terminal.write(try engine.notice(for: request).rendered(as: format))
        } catch {
            Terminal.error(error.message)
            throw ExitCode.failure
        }
    }
}

/// `KEY=VALUE` arguments.
struct KeyValue {
    var key: String
    var value: String

    init?(_ text: String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return nil }
        key = String(text[..<equals])
        value = String(text[text.index(after: equals)...])
    }

    static func dictionary(_ pairs: [String]) -> [String: String] {
        Dictionary(pairs.compactMap(KeyValue.init).map { ($0.key, $0.value) }) { _, last in last }
    }
}

extension CivilDateTime {
    /// The hall's local time now (the machine's time zone).
    static func now() -> CivilDateTime {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
        let date = CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        return CivilDateTime(
            date: date ?? CivilDate(dayNumber: 0), minuteOfDay: (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}
