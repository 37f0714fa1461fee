import CHaru

/// The PDF engine cvbuild links against (libharu); only `Render/PDF` touches it.
public enum PDFEngine {
    public static var version: String { String(cString: HPDF_GetVersion()) }
}
