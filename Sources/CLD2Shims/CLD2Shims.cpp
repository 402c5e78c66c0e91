#include "CLD2Shims.h"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cstring>

static void copyCode(char *destination, const char *code) {
    std::strncpy(destination, code ? code : "un", 15);
    destination[15] = '\0';
}

extern "C" CLD2Shims_Result CLD2Shims_detect(const char *text, int length) {
    CLD2::Language language3[3];
    int percent3[3];
    double normalizedScore3[3];
    int textBytes = 0;
    bool isReliable = false;
    int validPrefixBytes = 0;
    CLD2::Language top = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        text, length, /* is_plain_text */ true, /* hints */ nullptr, /* flags */ 0,
        language3, percent3, normalizedScore3, /* resultchunkvector */ nullptr, &textBytes, &isReliable,
        &validPrefixBytes);
    CLD2Shims_Result result;
    copyCode(result.code, CLD2::LanguageCode(top));
    result.isReliable = isReliable ? 1 : 0;
    result.percent = percent3[0];
    copyCode(result.secondCode, CLD2::LanguageCode(language3[1]));
    result.secondPercent = percent3[1];
    return result;
}
