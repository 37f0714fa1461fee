import Foundation
import FuzzDriver

/// The harness the running executable feeds; set once, before libFuzzer starts.
nonisolated(unsafe) private var currentHarness: ((Data) -> Void)?

/// Runs libFuzzer over `harness`, with libFuzzer's own command-line flags, and exits with its
/// status. `setUp` runs once before the first input (load fonts, make temporary folders), so
/// its cost is not charged to an input's time limit.
public func runFuzzer(setUp: () -> Void = {}, _ harness: @escaping (Data) -> Void) -> Never {
    setUp()
    currentHarness = harness
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        let data = count == 0 || bytes == nil ? Data() : Data(bytes: bytes!, count: count)
        currentHarness?(data)
        return 0
    }
    exit(status)
}
