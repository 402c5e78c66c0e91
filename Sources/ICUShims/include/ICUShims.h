#ifndef ICUSHIMS_H
#define ICUSHIMS_H

// Why this target exists: ICU's headers rename every function through macros that add
// the library version (ubrk_open → ubrk_open_72), and Swift cannot import macros that
// rename functions. These wrappers have stable names. This header deliberately uses only
// <stdint.h> types: Foundation on Linux ships its own ICU module, and a Swift file that
// sees both ICU declarations fails to compile. ICUShims.c checks every constant
// re-declared here against ICU with _Static_assert.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator (UBreakIterator). Not thread-safe: one per worker.
typedef struct ICUShims_BreakIterator ICUShims_BreakIterator;

enum {
    ICUShims_BreakKindCharacter = 0,
    ICUShims_BreakKindWord = 1,
    ICUShims_BreakKindLine = 2,
    ICUShims_BreakKindSentence = 3,
};

/// UBRK_DONE.
enum { ICUShims_BreakDone = -1 };

/// Opens a break iterator of `kind` for `locale` (e.g. "en@ss=standard"). On failure
/// returns NULL and sets `*status` to the ICU error code (> 0).
ICUShims_BreakIterator *ICUShims_breakIteratorOpen(int32_t kind, const char *locale, int32_t *status);
void ICUShims_breakIteratorClose(ICUShims_BreakIterator *iterator);
/// The text is not copied: it must outlive the iterator's use of it.
void ICUShims_breakIteratorSetText(ICUShims_BreakIterator *iterator, const uint16_t *text, int32_t length,
                                   int32_t *status);
int32_t ICUShims_breakIteratorFirst(ICUShims_BreakIterator *iterator);
int32_t ICUShims_breakIteratorNext(ICUShims_BreakIterator *iterator);
/// ubrk_getRuleStatus: for words, 0–99 none, 100–199 number, 200–299 letter, 300–399 kana,
/// 400–499 ideographic.
int32_t ICUShims_breakIteratorRuleStatus(ICUShims_BreakIterator *iterator);

/// u_errorName.
const char *ICUShims_errorName(int32_t status);

/// 1 when `text` is already in NFC, 0 when not; -1 with `*status` set on failure.
int32_t ICUShims_isNFC(const uint16_t *text, int32_t length, int32_t *status);
/// NFC of `text` into `destination`; returns the needed length (may exceed `capacity`).
int32_t ICUShims_normalizeNFC(const uint16_t *text, int32_t length, uint16_t *destination, int32_t capacity,
                              int32_t *status);
/// 1 when the NFC normaliser has a boundary before `scalar` (text can be split there).
int32_t ICUShims_nfcHasBoundaryBefore(uint32_t scalar);

/// Full Unicode case folding (u_strFoldCase, default options); returns the needed length.
int32_t ICUShims_foldCase(const uint16_t *text, int32_t length, uint16_t *destination, int32_t capacity,
                          int32_t *status);

/// CLDR quotation delimiters for `locale` (ulocdata_getDelimiter): writes the four
/// delimiters (quotation start, quotation end, alternate start, alternate end) as
/// NUL-separated UTF-16 strings into `destination`; returns the number of code units
/// written, or -1 with `*status` set.
int32_t ICUShims_quotationDelimiters(const char *locale, uint16_t *destination, int32_t capacity,
                                     int32_t *status);

/// The ICU script code of a scalar (uscript_getScript) and its short name ("Latn").
int32_t ICUShims_script(uint32_t scalar, int32_t *status);
const char *ICUShims_scriptShortName(int32_t script);

#ifdef __cplusplus
}
#endif

#endif
