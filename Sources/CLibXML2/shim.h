#ifndef CVBUILD_CLIBXML2_SHIM_H
#define CVBUILD_CLIBXML2_SHIM_H
// Debian's libxml2 headers pull in the system ICU while Foundation brings the toolchain's own;
// a clean build then fails with "'UErrorCode' has different definitions". We never need ICU
// from libxml2, so switch it off before any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

// xmlFree is a global function pointer that Swift 6 rejects as not concurrency-safe.
static inline void cvbuild_xmlFree(void *pointer) { xmlFree(pointer); }

// The version of the library actually loaded (xmlParserVersion is a macro over a thread-local).
static inline const char *cvbuild_xmlVersion(void) { return *__xmlParserVersion(); }
#endif
