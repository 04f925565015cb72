// The parts of system ICU that subkit uses, callable from Swift. ICU renames its C functions with
// function-like macros (ucnv_open → ucnv_open_72), which Swift cannot call: each is wrapped here.
#ifndef SUBKIT_CICU_SHIM_H
#define SUBKIT_CICU_SHIM_H

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucsdet.h>
#include <unicode/utrans.h>
#include <unicode/uscript.h>
#include <unicode/uset.h>

// Charset detection.
static inline UCharsetDetector *subkit_ucsdet_open(UErrorCode *status) { return ucsdet_open(status); }
static inline void subkit_ucsdet_close(UCharsetDetector *detector) { ucsdet_close(detector); }
static inline void subkit_ucsdet_setText(UCharsetDetector *detector, const char *text, int32_t length, UErrorCode *status) {
  ucsdet_setText(detector, text, length, status);
}
static inline const UCharsetMatch **subkit_ucsdet_detectAll(UCharsetDetector *detector, int32_t *count,
                                                           UErrorCode *status) {
  return ucsdet_detectAll(detector, count, status);
}
static inline const char *subkit_ucsdet_getName(const UCharsetMatch *match, UErrorCode *status) {
  return ucsdet_getName(match, status);
}
static inline int32_t subkit_ucsdet_getConfidence(const UCharsetMatch *match, UErrorCode *status) {
  return ucsdet_getConfidence(match, status);
}

// Conversion.
static inline UConverter *subkit_ucnv_open(const char *name, UErrorCode *status) { return ucnv_open(name, status); }
static inline void subkit_ucnv_close(UConverter *converter) { ucnv_close(converter); }
static inline const char *subkit_ucnv_getName(const UConverter *converter, UErrorCode *status) {
  return ucnv_getName(converter, status);
}
static inline void subkit_ucnv_convertEx(
    UConverter *targetConverter, UConverter *sourceConverter, char **target, const char *targetLimit,
    const char **source, const char *sourceLimit, UChar *pivotStart, UChar **pivotSource, UChar **pivotTarget,
    const UChar *pivotLimit, UBool reset, UBool flush, UErrorCode *status) {
  ucnv_convertEx(targetConverter, sourceConverter, target, targetLimit, source, sourceLimit, pivotStart, pivotSource,
                 pivotTarget, pivotLimit, reset, flush, status);
}

/// Counts the byte sequences a conversion could not decode (or characters it could not encode);
/// `escape` writes a character the target cannot hold as an XML reference (1) or a JSON escape (2)
/// instead of the substitute (0).
typedef struct {
  int64_t count;
  int32_t escape;
} subkit_conversion_errors;

/// Decoding: an undecodable sequence becomes U+FFFD and is counted.
static void subkit_to_unicode_callback(const void *context, UConverterToUnicodeArgs *args, const char *units,
                                       int32_t length, UConverterCallbackReason reason, UErrorCode *status) {
  (void)units;
  (void)length;
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
  ((subkit_conversion_errors *)context)->count += 1;
  static const UChar replacement = 0xFFFD;
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

/// Encoding: a character the target cannot hold becomes the target's substitute (often `?`) and is
/// counted, or where the format has a way to write any character, `&#x56DE;` or `\u56DE`.
static void subkit_from_unicode_callback(const void *context, UConverterFromUnicodeArgs *args, const UChar *units,
                                         int32_t length, UChar32 codePoint, UConverterCallbackReason reason,
                                         UErrorCode *status) {
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
  int32_t escape = ((const subkit_conversion_errors *)context)->escape;
  if (reason == UCNV_UNASSIGNED && escape != 0) {
    UCNV_FROM_U_CALLBACK_ESCAPE(escape == 1 ? UCNV_ESCAPE_XML_HEX : UCNV_ESCAPE_JAVA, args, units, length, codePoint,
                                reason, status);
    return;
  }
  ((subkit_conversion_errors *)context)->count += 1;
  UCNV_FROM_U_CALLBACK_SUBSTITUTE(NULL, args, units, length, codePoint, reason, status);
}

static inline void subkit_ucnv_countDecodingErrors(UConverter *converter, subkit_conversion_errors *errors,
                                                   UErrorCode *status) {
  ucnv_setToUCallBack(converter, subkit_to_unicode_callback, errors, NULL, NULL, status);
}

static inline void subkit_ucnv_countEncodingErrors(UConverter *converter, subkit_conversion_errors *errors,
                                                   UErrorCode *status) {
  ucnv_setFromUCallBack(converter, subkit_from_unicode_callback, errors, NULL, NULL, status);
}

// Character properties.
static inline int32_t subkit_u_getIntPropertyValue(UChar32 c, UProperty which) { return u_getIntPropertyValue(c, which); }
static inline UBool subkit_u_hasBinaryProperty(UChar32 c, UProperty which) { return u_hasBinaryProperty(c, which); }

// Break iteration.
static inline UBreakIterator *subkit_ubrk_open(UBreakIteratorType type, const char *locale, const UChar *text,
                                               int32_t length, UErrorCode *status) {
  return ubrk_open(type, locale, text, length, status);
}
static inline void subkit_ubrk_close(UBreakIterator *iterator) { ubrk_close(iterator); }
static inline void subkit_ubrk_setText(UBreakIterator *iterator, const UChar *text, int32_t length,
                                       UErrorCode *status) {
  ubrk_setText(iterator, text, length, status);
}
static inline int32_t subkit_ubrk_first(UBreakIterator *iterator) { return ubrk_first(iterator); }
static inline int32_t subkit_ubrk_next(UBreakIterator *iterator) { return ubrk_next(iterator); }

// Character sets.
static inline USet *subkit_uset_openEmpty(void) { return uset_openEmpty(); }
static inline void subkit_uset_close(USet *set) { uset_close(set); }
static inline UBool subkit_uset_contains(const USet *set, UChar32 c) { return uset_contains(set, c); }
static inline void subkit_ucnv_getRoundTripSet(const UConverter *converter, USet *set, UErrorCode *status) {
  ucnv_getUnicodeSet(converter, set, UCNV_ROUNDTRIP_SET, status);
}

// Transliteration.
static inline UTransliterator *subkit_utrans_openU(const UChar *id, int32_t idLength, UTransDirection direction,
                                                   UErrorCode *status) {
  return utrans_openU(id, idLength, direction, NULL, 0, NULL, status);
}
static inline void subkit_utrans_close(UTransliterator *transliterator) { utrans_close(transliterator); }
static inline void subkit_utrans_transUChars(const UTransliterator *transliterator, UChar *text, int32_t *textLength,
                                             int32_t capacity, int32_t start, int32_t *limit, UErrorCode *status) {
  utrans_transUChars(transliterator, text, textLength, capacity, start, limit, status);
}

#endif
