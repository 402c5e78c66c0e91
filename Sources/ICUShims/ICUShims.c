#include "ICUShims.h"

#include <unicode/ubrk.h>
#include <unicode/ulocdata.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

_Static_assert(ICUShims_BreakKindCharacter == UBRK_CHARACTER, "UBRK_CHARACTER differs");
_Static_assert(ICUShims_BreakKindWord == UBRK_WORD, "UBRK_WORD differs");
_Static_assert(ICUShims_BreakKindLine == UBRK_LINE, "UBRK_LINE differs");
_Static_assert(ICUShims_BreakKindSentence == UBRK_SENTENCE, "UBRK_SENTENCE differs");
_Static_assert(ICUShims_BreakDone == UBRK_DONE, "UBRK_DONE differs");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is not 16 bits");
_Static_assert(USCRIPT_LATIN == 25, "USCRIPT_LATIN differs from the value Script.swift assumes");
_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode is not 32 bits");

ICUShims_BreakIterator *ICUShims_breakIteratorOpen(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &error);
    *status = (int32_t)error;
    if (U_FAILURE(error)) {
        return NULL;
    }
    return (ICUShims_BreakIterator *)iterator;
}

void ICUShims_breakIteratorClose(ICUShims_BreakIterator *iterator) {
    ubrk_close((UBreakIterator *)iterator);
}

void ICUShims_breakIteratorSetText(ICUShims_BreakIterator *iterator, const uint16_t *text, int32_t length,
                                   int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &error);
    *status = (int32_t)error;
}

int32_t ICUShims_breakIteratorFirst(ICUShims_BreakIterator *iterator) {
    return ubrk_first((UBreakIterator *)iterator);
}

int32_t ICUShims_breakIteratorNext(ICUShims_BreakIterator *iterator) {
    return ubrk_next((UBreakIterator *)iterator);
}

int32_t ICUShims_breakIteratorRuleStatus(ICUShims_BreakIterator *iterator) {
    return ubrk_getRuleStatus((UBreakIterator *)iterator);
}

const char *ICUShims_errorName(int32_t status) {
    return u_errorName((UErrorCode)status);
}

static const UNormalizer2 *nfc(UErrorCode *error) {
    return unorm2_getNFCInstance(error);
}

int32_t ICUShims_isNFC(const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = nfc(&error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    UBool result = unorm2_isNormalized(normalizer, (const UChar *)text, length, &error);
    *status = (int32_t)error;
    return U_FAILURE(error) ? -1 : (result ? 1 : 0);
}

int32_t ICUShims_normalizeNFC(const uint16_t *text, int32_t length, uint16_t *destination, int32_t capacity,
                              int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = nfc(&error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return 0;
    }
    int32_t needed = unorm2_normalize(normalizer, (const UChar *)text, length, (UChar *)destination, capacity,
                                      &error);
    *status = (int32_t)error;
    return needed;
}

int32_t ICUShims_nfcHasBoundaryBefore(uint32_t scalar) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = nfc(&error);
    if (U_FAILURE(error)) {
        return 1;
    }
    return unorm2_hasBoundaryBefore(normalizer, (UChar32)scalar) ? 1 : 0;
}

int32_t ICUShims_foldCase(const uint16_t *text, int32_t length, uint16_t *destination, int32_t capacity,
                          int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t needed = u_strFoldCase((UChar *)destination, capacity, (const UChar *)text, length,
                                   U_FOLD_CASE_DEFAULT, &error);
    *status = (int32_t)error;
    return needed;
}

int32_t ICUShims_quotationDelimiters(const char *locale, uint16_t *destination, int32_t capacity,
                                     int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    ULocaleData *data = ulocdata_open(locale, &error);
    if (U_FAILURE(error)) {
        *status = (int32_t)error;
        return -1;
    }
    static const ULocaleDataDelimiterType types[4] = {
        ULOCDATA_QUOTATION_START, ULOCDATA_QUOTATION_END,
        ULOCDATA_ALT_QUOTATION_START, ULOCDATA_ALT_QUOTATION_END,
    };
    int32_t written = 0;
    for (int i = 0; i < 4; i++) {
        UChar buffer[16];
        UErrorCode itemError = U_ZERO_ERROR;
        int32_t length = ulocdata_getDelimiter(data, types[i], buffer, 16, &itemError);
        if (U_FAILURE(itemError) || length < 0 || length >= 16) {
            length = 0;
        }
        if (written + length + 1 > capacity) {
            ulocdata_close(data);
            *status = (int32_t)U_BUFFER_OVERFLOW_ERROR;
            return -1;
        }
        for (int32_t j = 0; j < length; j++) {
            destination[written++] = buffer[j];
        }
        destination[written++] = 0;
    }
    ulocdata_close(data);
    *status = (int32_t)U_ZERO_ERROR;
    return written;
}

int32_t ICUShims_script(uint32_t scalar, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)scalar, &error);
    *status = (int32_t)error;
    return (int32_t)code;
}

const char *ICUShims_scriptShortName(int32_t script) {
    return uscript_getShortName((UScriptCode)script);
}
