#ifndef CVBUILD_CHARU_SHIM_H
#define CVBUILD_CHARU_SHIM_H
#include <hpdf.h>
#endif
