// The parts of system libxml2 that subkit's TTML reader uses, made callable from Swift.
// libxml2's mutable globals (xmlFree) are wrapped here: Swift 6 cannot touch them directly.
#ifndef SUBKIT_CLIBXML2_SHIM_H
#define SUBKIT_CLIBXML2_SHIM_H

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/// Frees memory that libxml2 allocated and handed out.
static inline void subkit_xmlFree(void *pointer) { xmlFree(pointer); }

/// A generic error handler that prints nothing.
static void subkit_xmlIgnoreMessage(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

/// Stops libxml2 printing messages of its own on standard error (encoding and I/O errors go there
/// outside any parser's structured handler); the reader reports the error the parse ends with.
static inline void subkit_xmlSilenceGenericErrors(void) { xmlSetGenericErrorFunc(NULL, subkit_xmlIgnoreMessage); }

#endif
