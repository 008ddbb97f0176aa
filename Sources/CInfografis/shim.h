#ifndef INFOGRAFIS_SHIM_H
#define INFOGRAFIS_SHIM_H

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

#endif
