/**
 * Internal: how labels, titles and headers are compared (the same words in full or half width, with or
 * without spaces, quotes and ordinals are the same label), shared by the reader, the rules and the annotated
 * copy. Not exported from the module and not part of the API: it may change in any release.
 */
package io.github.juesuan.text;
