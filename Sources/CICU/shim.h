// Only the link flags of this module are used from Swift; the headers are included by
// ICUShims' implementation file, never by a header that Swift imports (Foundation on
// Linux carries its own ICU module, and the two definitions of UErrorCode clash).
#include <unicode/uversion.h>
