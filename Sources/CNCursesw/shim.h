// The parts of ncursesw that Swift cannot import as written: macros become static inline getters.
// NB: the wide-character API is only declared with these two defines, and they must stand here, before the
// include: target cSettings do not reach Swift's view of a system library's header.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

// NB: glibc declares wcwidth only under feature macros that Swift's Glibc module does not set.
extern int wcwidth(wchar_t);

static inline attr_t cg_attr_normal(void) { return A_NORMAL; }
static inline attr_t cg_attr_bold(void) { return A_BOLD; }
static inline attr_t cg_attr_dim(void) { return A_DIM; }
static inline attr_t cg_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cg_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cg_attr_italic(void) { return A_ITALIC; }

static inline mmask_t cg_mouse_all_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cg_mouse_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cg_mouse_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cg_mouse_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cg_mouse_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cg_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t cg_mouse_wheel_down(void) { return BUTTON5_PRESSED; }

#endif
