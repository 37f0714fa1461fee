// The fuzz-csv harness: see Tests/Fuzz/README.md.
import FuzzHarnesses

runFuzzer(CSVHarness.run)
