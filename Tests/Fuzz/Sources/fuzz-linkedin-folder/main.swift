// The fuzz-linkedin-folder harness: see Tests/Fuzz/README.md.
import FuzzHarnesses

runFuzzer(setUp: LinkedInHarness.setUp, LinkedInHarness.folder)
