// The fuzz-layout harness: see Tests/Fuzz/README.md.
import FuzzHarnesses

runFuzzer(setUp: RenderHarness.setUpFonts, RenderHarness.layout)
