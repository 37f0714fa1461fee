// The fuzz-linkedin-zip harness: see Tests/Fuzz/README.md.
import FuzzHarnesses

runFuzzer(setUp: LinkedInHarness.setUp, LinkedInHarness.zip)
