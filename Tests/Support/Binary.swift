import Foundation

/// Runs the built `qingdan` binary from the repository root, as a user would.
public enum Binary {
    public struct Result: Sendable {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    /// The `qingdan` executable next to the test bundle in the build directory.
    public static let path: String = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // On Darwin the tests run inside an .xctest bundle: Contents/MacOS/…
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("qingdan").path),
            directory.path != "/"
        {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("qingdan").path
    }()

    /// Bounds for a run of hostile input: address space and CPU time (enforced with `ulimit`, so
    /// a run that would exhaust either is killed by the system and the test sees a signal).
    public struct Bounds: Sendable {
        public var memoryKiB: Int
        public var cpuSeconds: Int

        public static let hostile = Bounds(memoryKiB: 1 << 20, cpuSeconds: 30)
    }

    public static func run(_ arguments: [String], environment: [String: String] = [:], bounds: Bounds? = nil) throws
        -> Result
    {
        let process = Process()
        if let bounds {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                [
                    "-c", "ulimit -v \(bounds.memoryKiB) && ulimit -t \(bounds.cpuSeconds) && exec \"$0\" \"$@\"",
                    path,
                ] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        return try collect(process, in: Repository.root, environment: environment)
    }

    /// Runs a `/bin/sh` script in `directory`, with `$QINGDAN` naming the built binary: for
    /// what only a shell sets up (redirections, closed streams, file-size limits, signals).
    public static func shell(_ script: String, in directory: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        return try collect(process, in: directory, environment: ["QINGDAN": path])
    }

    private static func collect(_ process: Process, in directory: String, environment: [String: String]) throws
        -> Result
    {
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "QINGDAN_RULES")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
