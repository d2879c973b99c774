/**
 * Internal, not exported from the module: the one way juesuan's packages say things in Chinese and English
 * ({@link io.github.juesuan.i18n.Messages}, a {@code Messages_zh}/{@code Messages_en} bundle per package).
 * Its types may change in any release.
 */
package io.github.juesuan.i18n;
