// The fuzz-posting harness: see Tests/Fuzz/README.md.
import FuzzHarnesses

runFuzzer(setUp: PostingHarness.setUp, PostingHarness.run)
