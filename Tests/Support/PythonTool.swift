import Foundation

/// Runs a helper script from Tests/Tools with python3: independent validators (jsonschema) that
/// check Qingdan's output from outside. Tests only; the product never runs Python.
public enum PythonTool {
    public static func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Repository.path("Tests/Tools/" + script)] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
