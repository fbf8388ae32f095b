import Catalog
import Foundation

/// Reads rules/assessment/*.yaml strictly, like the catalog: every problem located.
public enum SchemeLoader {
    public struct Result: Sendable {
        public var schemes: [Scheme]
        public var diagnostics: DiagnosticBag
        public var assumedValues: [AssumedValue]
        /// The rules' version, as their files' fingerprint.
        public var fingerprint: String

        public func scheme(_ id: String) -> Scheme? { schemes.first { $0.id == id } }
    }

    /// Loads every scheme under `folder/assessment`; a missing folder holds no schemes.
    public static func load(folder: String) -> Result {
        let directory = URL(fileURLWithPath: folder).appendingPathComponent("assessment")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        let display = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let files = names.compactMap { name -> (String, Data)? in
            FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map {
                ("\(display)/assessment/\(name)", $0)
            }
        }
        return load(files: files)
    }

    /// Loads schemes from (display path, contents) pairs.
    public static func load(files: [(path: String, data: Data)]) -> Result {
        var bag = DiagnosticBag()
        var schemes: [Scheme] = []
        var assumed: [AssumedValue] = []
        for (path, data) in files {
            guard let root = YAMLReader.read(data, file: path, into: &bag) else { continue }
            if let version = root["version"], version.int != 1 {
                bag.error(
                    "unsupported-version",
                    "不支持版本“\(version.scalar ?? version.kindName)”；本系统只读取版本 1，请写“version: 1”",
                    at: version.location)
                continue
            }
            var checker = ShapeChecker()
            checker.check(root, against: .object(SchemeShapes.file), path: "")
            bag.append(contentsOf: checker.bag)
            assumed += AssumedValueCollector.collect(in: root, path: "")
            if let node = root["scheme"], let scheme = SchemeBuilder.build(node, file: path) { schemes.append(scheme) }
        }
        if !bag.hasErrors { SchemeValidation.check(schemes, into: &bag) }
        for value in assumed {
            bag.note(
                "assumed-value",
                "假定值 \(value.subject) = \(value.value)：\(value.reason)；请向大厅办公室核实",
                at: value.location)
        }
        return Result(
            schemes: schemes, diagnostics: bag, assumedValues: assumed, fingerprint: Fingerprint.of(files: files))
    }
}
