#ifndef CLD2SHIMS_H
#define CLD2SHIMS_H

// A C interface over CLD2's C++ API (Compact Language Detector 2, libcld2-dev), so that
// Swift can call it without C++ interoperability.

#ifdef __cplusplus
extern "C" {
#endif

/// The result of identifying the language of a text.
typedef struct {
    /// ISO 639-1 code where one exists ("en", "de"), else CLD2's code; "un" when unknown.
    char code[16];
    /// CLD2's own judgement of whether the answer is reliable.
    int isReliable;
    /// Percentage of the text in the top language (0–100).
    int percent;
    /// The second language and its percentage ("un" and 0 when none).
    char secondCode[16];
    int secondPercent;
} CLD2Shims_Result;

/// Identifies the language of `length` bytes of UTF-8 `text` (not NUL-terminated).
/// Plain text, no HTML. Invalid UTF-8 is skipped by CLD2's own checks.
CLD2Shims_Result CLD2Shims_detect(const char *text, int length);

#ifdef __cplusplus
}
#endif

#endif
