// The fuzz-html harness: see Tests/Fuzz/README.md.
import FuzzHarnesses

runFuzzer(RenderHarness.html)
