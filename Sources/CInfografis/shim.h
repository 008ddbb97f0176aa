#ifndef INFOGRAFIS_SHIM_H
#define INFOGRAFIS_SHIM_H

/* The C libraries Infografis links, and a few inline helpers. SwiftPM does not rebuild the Swift
 * modules when only this header changes: after editing it, touch a Swift file of each module
 * that uses the changed part (or remove .build) before building and testing. */

#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
#include <librsvg/rsvg.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <png.h>
#include <libdeflate.h>
#include <qrencode.h>
#include <stdint.h>
#include <string.h>

#if defined(__x86_64__) && defined(__clang__)
/* Opaque premultiplied ARGB32 pixels (little-endian bytes B, G, R, A) to packed RGB bytes, four
 * pixels per 16-byte shuffle (SSSE3 PSHUFB; every x86-64 CPU since 2006 has it, and callers check
 * with infografis_has_ssse3). Writes count * 3 bytes, plus up to 4 bytes beyond them that the
 * caller's buffer must hold and that later rows overwrite. Answers the AND of every alpha byte:
 * 0xFF exactly when every pixel is opaque. */
typedef uint8_t infografis_u8x16 __attribute__((ext_vector_type(16)));

__attribute__((target("ssse3")))
static inline uint8_t infografis_argb_to_rgb_ssse3(const uint8_t *source, uint8_t *destination, size_t count) {
    infografis_u8x16 alpha = (infografis_u8x16)(0xFF);
    size_t x = 0;
    for (; x + 4 <= count; x += 4) {
        infografis_u8x16 pixels;
        memcpy(&pixels, source + 4 * x, 16);
        alpha &= pixels;
        infografis_u8x16 rgb = __builtin_shufflevector(pixels, pixels, 2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, 3, 7, 11, 15);
        memcpy(destination + 3 * x, &rgb, 16);
    }
    uint8_t opaque = alpha[3] & alpha[7] & alpha[11] & alpha[15];
    for (; x < count; x++) {
        const uint8_t *p = source + 4 * x;
        destination[3 * x] = p[2];
        destination[3 * x + 1] = p[1];
        destination[3 * x + 2] = p[0];
        opaque &= p[3];
    }
    return opaque;
}

static inline int infografis_has_ssse3(void) {
    return __builtin_cpu_supports("ssse3");
}
#else
static inline uint8_t infografis_argb_to_rgb_ssse3(const uint8_t *source, uint8_t *destination, size_t count) {
    (void)source; (void)destination; (void)count;
    return 0;
}

static inline int infografis_has_ssse3(void) { return 0; }
#endif

#endif
