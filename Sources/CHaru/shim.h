#ifndef CVBUILD_CHARU_SHIM_H
#define CVBUILD_CHARU_SHIM_H
#include <hpdf.h>

/* glibc (2.27 and later) has memfd_create, but <sys/mman.h> declares it only under _GNU_SOURCE:
   the PDF writer hands libharu its font subsets as in-memory files, never on disk. */
extern int memfd_create(const char *name, unsigned int flags);
#endif
