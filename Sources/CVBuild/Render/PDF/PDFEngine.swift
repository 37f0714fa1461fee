import CHaru

/// The PDF engine cvbuild links against (libharu); only `Render/PDF` touches it.
package enum PDFEngine {
    package static var version: String { String(cString: HPDF_GetVersion()) }
}
