// In-process timings for bench/run: loads a catalog once, then times the routing index build,
// route queries and notices on one thread, and prints one JSON object on stdout.
//
// Usage: onestop-bench [--catalog DIR] [--queries FILE] [--routes N] [--notices N]
//   --queries: a routing query set (eval/routing/tune.yaml); its `- text:` lines are cycled.
import Catalog
import Foundation
import Hall
import Notice

struct Options {
    var catalog = "catalog"
    var queries = "eval/routing/tune.yaml"
    var routes = 5_000
    var notices = 5_000

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            let value = rest.popFirst() ?? ""
            switch flag {
            case "--catalog": catalog = value
            case "--queries": queries = value
            case "--routes": routes = Int(value) ?? routes
            case "--notices": notices = Int(value) ?? notices
            default:
                FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
                exit(2)
            }
        }
    }
}

/// Seconds since an arbitrary start, on the monotonic clock.
func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// The `- text:` values of a query set, unquoted.
func queryTexts(_ path: String) -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
        guard line.hasPrefix("- text: ") else { return nil }
        var value = String(line.dropFirst("- text: ".count))
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return value
    }
}

let options = Options(CommandLine.arguments)
var output: [String: Double] = [:]

let loadStart = now()
let source: CatalogSource
do {
    source = try CatalogSource.directory(options.catalog)
} catch {
    FileHandle.standardError.write(Data("cannot read \(options.catalog): \(error)\n".utf8))
    exit(1)
}
let catalog = CatalogLoader.load(source).catalog
output["catalog_load_s"] = now() - loadStart
output["services"] = Double(catalog.services.count)

// The index: built three times, the median kept.
var builds: [Double] = []
var routing = QuestionRouting(catalog: catalog)
for _ in 0..<3 {
    let start = now()
    routing = QuestionRouting(catalog: catalog)
    builds.append(now() - start)
}
output["index_build_s"] = builds.sorted()[builds.count / 2]

let texts = queryTexts(options.queries)
guard !texts.isEmpty else {
    FileHandle.standardError.write(Data("no queries in \(options.queries)\n".utf8))
    exit(1)
}
var checksum = 0
for text in texts.prefix(50) { checksum &+= routing.route(text).json().utf8.count }  // warm-up
var start = now()
for index in 0..<options.routes {
    checksum &+= routing.route(texts[index % texts.count]).matches.count
}
output["route_s"] = now() - start
output["routes"] = Double(options.routes)
output["routes_per_s"] = Double(options.routes) / output["route_s"]!

let issuing = NoticeIssuing(catalog: catalog, clock: .fixed(CivilDateTime("2026-10-12T10:00")!))
let ids = catalog.services.map(\.id)
for format in [NoticeFormat.json, .text] {
    for id in ids.prefix(20) { checksum &+= (try? issuing.issue(.init(service: id)))?.rendered(as: format).count ?? 0 }
    var failures = 0
    start = now()
    for index in 0..<options.notices {
        do {
            checksum &+= try issuing.issue(.init(service: ids[index % ids.count])).rendered(as: format).utf8.count
        } catch {
            failures += 1
        }
    }
    let name = format == .json ? "json" : "text"
    output["notice_\(name)_s"] = now() - start
    output["notice_\(name)_per_s"] = Double(options.notices) / output["notice_\(name)_s"]!
    output["notice_\(name)_failures"] = Double(failures)
}
output["notices"] = Double(options.notices)
output["checksum"] = Double(checksum % 1_000_000)

let fields = output.keys.sorted().map { "\"\($0)\": \(output[$0]!)" }
print("{" + fields.joined(separator: ", ") + "}")
