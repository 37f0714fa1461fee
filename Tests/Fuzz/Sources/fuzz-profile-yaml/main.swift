// The fuzz-profile-yaml harness: see Tests/Fuzz/README.md.
import FuzzHarnesses

runFuzzer(ProfileHarness.yaml)
