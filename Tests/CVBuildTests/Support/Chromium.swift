import Foundation
import Testing

/// Headless Chromium, as a visitor's browser: `.ci/run` installs Debian's `chromium`.
/// Every run goes through a proxy on loopback that records any request the page makes, so a
/// test can assert that a page fetches nothing from anywhere.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    struct Result {
        var dom: String
        /// Request lines that reached the proxy (`CONNECT host:443 …`, `GET http://…`), less the
        /// browser's own service traffic (update checks, time sync, accounts), which no page causes.
        var requests: [String]
    }

    /// Loads `file` at a window `width` wide and returns the DOM after scripts ran.
    static func dumpDOM(_ file: String, width: Int = 1200) throws -> Result {
        guard let path else {
            Issue.record("chromium is not installed (apt-get install chromium; .ci/run installs it)")
            return Result(dom: "", requests: [])
        }
        let trap = try RequestTrap()
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let (_, dom) = try runTool(path, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--metrics-recording-only",
            "--user-data-dir=\(profile)", "--proxy-server=http://127.0.0.1:\(trap.port)", "--proxy-bypass-list=<-loopback>",
            "--window-size=\(width),900", "--virtual-time-budget=3000", "--dump-dom", URL(fileURLWithPath: file).absoluteString,
        ])
        let pageRequests = trap.stop().filter { line in !browserServiceHosts.contains { line.contains("//\($0)/") || line.contains(" \($0):") } }
        return Result(dom: dom, requests: pageRequests)
    }

    /// Hosts Chromium itself calls in the background. Nothing a page loads (fonts.gstatic.com,
    /// a CDN, an analytics host) is in this list, so those are still caught.
    static let browserServiceHosts = [
        "clients2.google.com", "update.googleapis.com", "accounts.google.com", "clientservices.googleapis.com",
        "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com", "safebrowsingohttpgateway.googleapis.com",
        "redirector.gvt1.com", "edgedl.me.gvt1.com", "www.googleapis.com", "android.clients.google.com",
    ]
}

/// A TCP listener on 127.0.0.1 that accepts connections and keeps each one's first line.
final class RequestTrap: @unchecked Sendable {
    let port: UInt16
    private let socketFD: Int32
    private let lock = NSLock()
    private var lines: [String] = []
    private var running = true

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) } }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw CocoaError(.fileWriteUnknown)
        }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &size) } }
        socketFD = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    private func acceptLoop() {
        while true {
            let client = accept(socketFD, nil, nil)
            if client < 0 { return }
            var buffer = [UInt8](repeating: 0, count: 2048)
            let n = read(client, &buffer, buffer.count)
            close(client)
            lock.lock()
            defer { lock.unlock() }
            if !running { return }
            if n > 0 { lines.append(String(decoding: buffer[..<n], as: UTF8.self).components(separatedBy: "\r\n").first ?? "") }
        }
    }

    /// Stops listening and returns what arrived.
    func stop() -> [String] {
        lock.lock()
        running = false
        let result = lines
        lock.unlock()
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
        return result
    }
}
