import ArgumentParser

/// Swift Argument Parser takes time quadratic in the number of arguments (20,000 file paths
/// took 40 s to parse). A run of operands that cannot be option values (each follows another
/// operand) is handed to it as one placeholder and put back after parsing, so 20,000 paths cost
/// what one does.
enum OperandRuns {
    /// Commands whose operands are file paths (`RunOptions.paths`).
    static let commands: Set<String> = ["check", "baseline"]
    /// Below this many arguments parsing is fast enough as it is.
    static let threshold = 64
    static let marker = "\u{E000}qingdan-operands-"

    /// `arguments` with each run of certain operands replaced by a placeholder, and the runs.
    /// Everything after `--` is an operand (unless `--` is the value of an option that takes
    /// any next argument, `--jobs`).
    static func fold(_ arguments: [String]) -> (arguments: [String], runs: [[String]]) {
        guard arguments.count > threshold, let command = arguments.first, commands.contains(command) else {
            return (arguments, [])
        }
        var folded: [String] = [command]
        var runs: [[String]] = []
        var run: [String] = []
        func endRun() {
            guard !run.isEmpty else { return }
            folded.append(marker + String(runs.count))
            runs.append(run)
            run.removeAll()
        }
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            let previous = arguments[index - 1]
            if argument == "--", !unconditional.contains(previous) {
                endRun()
                folded.append(argument)
                run = Array(arguments[(index + 1)...])
                break
            }
            // An operand after an operand: no option takes two values, so it is not a value.
            if index >= 2, !argument.hasPrefix("-"), !previous.hasPrefix("-") {
                run.append(argument)
            } else {
                endRun()
                folded.append(argument)
            }
            index += 1
        }
        endRun()
        return (folded, runs)
    }

    /// Options that take the next argument whatever it is (`parsing: .unconditional`).
    static let unconditional: Set<String> = ["--jobs"]

    /// `paths` as parsed from folded arguments, with each placeholder replaced by its run.
    static func unfold(_ paths: [String], runs: [[String]]) -> [String] {
        guard !runs.isEmpty else { return paths }
        var unfolded: [String] = []
        unfolded.reserveCapacity(paths.count + runs.reduce(0) { $0 + $1.count })
        for path in paths {
            if path.hasPrefix(marker), let index = Int(path.dropFirst(marker.count)), runs.indices.contains(index) {
                unfolded += runs[index]
            } else {
                unfolded.append(path)
            }
        }
        return unfolded
    }
}

/// A command whose operands are the files to check.
protocol ChecksPaths: ParsableCommand {
    var options: RunOptions { get set }
}

extension CheckCommand: ChecksPaths {}
extension BaselineCommand: ChecksPaths {}
extension FixCommand: ChecksPaths {}
