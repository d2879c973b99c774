/**
 * Reading workbooks: {@link io.github.juesuan.read.JuesuanReader} turns an .xlsx or .xls into a
 * {@link io.github.juesuan.read.ReadResult}. The only package where Apache POI is used.
 *
 * <p>Tables are recognised by their titles and header words as listed in the catalogue
 * ({@code catalogue.txt} beside these classes), never by sheet name or position, so tables may be one per
 * sheet in any order or stacked on one sheet. .xlsx is read by a StAX pass over the sheet XML behind POI's
 * zip guard; .xls through POI's HSSF event API.
 *
 * <pre>{@code
 * JuesuanReader reader = JuesuanReader.create(ReaderOptions.DEFAULTS.withPassword("secret"));
 * try {
 *     ReadResult result = reader.read(Path.of("决算公开.xlsx"));
 *     result.problems().forEach(System.out::println);
 * } catch (ReadException e) {
 *     System.err.println(e.getMessage());   // starts with the file, then sheet and cell where known
 * }
 * }</pre>
 */
package io.github.juesuan.read;
