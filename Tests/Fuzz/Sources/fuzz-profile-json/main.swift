// The fuzz-profile-json harness: see Tests/Fuzz/README.md.
import FuzzHarnesses

runFuzzer(ProfileHarness.json)
