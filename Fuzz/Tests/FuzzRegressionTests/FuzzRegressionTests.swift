import Foundation
import QingdanFuzzTargets
import QingdanTestSupport
import Testing

/// Every input a fuzzer once crashed on (`Fuzz/Regressions/<target>/`, all but its README) and the committed seed
/// corpus (`Fuzz/Corpus/<target>/`), replayed through the fuzz targets: any of them crashing
/// again fails the suite.
@Suite struct FuzzRegressionTests {
    static var inputs: [(target: FuzzTarget, path: String)] {
        FuzzTarget.allCases.flatMap { target in
            ["Fuzz/Regressions", "Fuzz/Corpus"].flatMap { folder -> [(FuzzTarget, String)] in
                let directory = Repository.path("\(folder)/\(target.rawValue)")
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
                return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map {
                    (target, "\(folder)/\(target.rawValue)/\($0)")
                }
            }
        }
    }

    @Test func everyTargetHasASeedCorpus() {
        for target in FuzzTarget.allCases {
            #expect(Self.inputs.contains { $0.target == target && $0.path.hasPrefix("Fuzz/Corpus/") }, "\(target)")
        }
    }

    /// The filing, pack and suppression seeds are valid, so that fuzzing starts from inputs that
    /// reach the checks, the rule compiler and the waivers rather than stopping at the parser.
    @Test(arguments: [FuzzTarget.filing, .pack, .suppression])
    func seedsAreAccepted(_ target: FuzzTarget) throws {
        let seeds = Self.inputs.filter { $0.target == target && $0.path.hasPrefix("Fuzz/Corpus/") }.map(\.path)
        let accepted = try target.replay(paths: seeds.map(Repository.path))
        #expect(
            accepted.count == seeds.count, "refused: \(Set(seeds.map(Repository.path)).subtracting(accepted).sorted())")
    }

    @Test(arguments: FuzzTarget.allCases)
    func replaysWithoutCrashing(_ target: FuzzTarget) throws {
        let paths = Self.inputs.filter { $0.target == target }.map { Repository.path($0.path) }
        try target.replay(paths: paths)
    }
}
