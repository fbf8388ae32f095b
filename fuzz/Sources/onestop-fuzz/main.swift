import Foundation
import FuzzTargets

// libFuzzer's driver, called from our own main so the target can be chosen by name:
// `onestop-fuzz TARGET [libFuzzer options] [corpus folders]`.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

// Set once before the driver starts and only read after: libFuzzer calls back on this thread.
nonisolated(unsafe) var target = FuzzTarget.catalog
nonisolated(unsafe) var fixture: FuzzFixture?

let arguments = CommandLine.arguments
guard arguments.count >= 2, let chosen = FuzzTarget(rawValue: arguments[1]) else {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
    FileHandle.standardError.write(Data("usage: onestop-fuzz \(names) [libFuzzer options] [corpus]\n".utf8))
    exit(2)
}
target = chosen
let root = ProcessInfo.processInfo.environment["ONESTOP_ROOT"] ?? FileManager.default.currentDirectoryPath
do {
    fixture = try FuzzFixture(root: root)
} catch {
    FileHandle.standardError.write(Data("cannot load the shipped hall under \(root): \(error)\n".utf8))
    exit(2)
}

var driverArguments = [arguments[0]] + arguments.dropFirst(2)
var argc = Int32(driverArguments.count)
var cStrings = driverArguments.map { strdup($0) } + [nil]
let status = cStrings.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv = buffer.baseAddress
    return runDriver(&argc, &argv) { data, size in
        guard let fixture else { return 0 }
        let input = data.map { Data(bytes: $0, count: size) } ?? Data()
        _ = target.run(input, on: fixture)
        return 0
    }
}
exit(status)
