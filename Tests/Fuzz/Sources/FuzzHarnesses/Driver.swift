import Foundation
import FuzzDriver

/// The harness the running executable feeds; set once, before libFuzzer starts.
nonisolated(unsafe) private var currentHarness: ((Data) -> Void)?
/// The slowest input so far (libFuzzer reports only inputs over its time limit). Kept as an
/// Array, not Data: LeakSanitizer cannot follow Data's tagged storage pointer from a global.
nonisolated(unsafe) private var slowest: (seconds: Double, input: [UInt8]) = (0, [])
nonisolated(unsafe) private var inputsRun = 0

/// Runs libFuzzer over `harness`, with libFuzzer's own command-line flags, and exits with its
/// status. `setUp` runs once before the first input (load fonts, make temporary folders), so
/// its cost is not charged to an input's time limit.
///
/// At exit it prints `==cvbuild-fuzz== slowest input: SECONDS s, BYTES bytes` and, when
/// CVBUILD_FUZZ_SLOWEST names a file, writes that input there (Tests/Fuzz/run reads both).
public func runFuzzer(setUp: () -> Void = {}, _ harness: @escaping (Data) -> Void) -> Never {
    setUp()
    currentHarness = harness
    atexit {
        guard inputsRun > 0 else { return }
        let line = String(format: "==cvbuild-fuzz== slowest input: %.4f s, %d bytes, of %d run\n",
                          slowest.seconds, slowest.input.count, inputsRun)
        FileHandle.standardError.write(Data(line.utf8))
        if let path = ProcessInfo.processInfo.environment["CVBUILD_FUZZ_SLOWEST"], !path.isEmpty {
            _ = FileManager.default.createFile(atPath: path, contents: Data(slowest.input))
        }
    }
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        let data = count == 0 || bytes == nil ? Data() : Data(bytes: bytes!, count: count)
        let start = DispatchTime.now().uptimeNanoseconds
        currentHarness?(data)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        inputsRun += 1
        if seconds > slowest.seconds { slowest = (seconds, [UInt8](data)) }
        return 0
    }
    exit(status)
}
