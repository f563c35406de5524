import QingdanFuzzTargets

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 { FuzzTarget.workbook.fuzz(data, size) }

#if !QINGDAN_FUZZING  // built for libFuzzer, which brings its own main (Fuzz/run)
@main enum Replay {
    static func main() throws { try FuzzTarget.workbook.replay(paths: Array(CommandLine.arguments.dropFirst())) }
}
#endif
