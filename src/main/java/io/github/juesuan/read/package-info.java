/**
 * Reading workbooks: {@link io.github.juesuan.read.JuesuanReader} turns an .xlsx or .xls into a
 * {@link io.github.juesuan.read.ReadResult}. The only package where Apache POI is used.
 *
 * <p>Tables are recognised by their titles and header words as listed in the catalogue
 * ({@code catalogue.txt} beside these classes), never by sheet name or position, so tables may be one per
 * sheet in any order or stacked on one sheet. .xlsx is read by a StAX pass over the sheet XML behind POI's
 * zip guard; .xls through POI's HSSF event API.
 *
 * <p>Per sheet: {@code TitleFinder} finds the titles, {@code BlockSegmenter} splits each table's rows into an
 * immutable {@code BlockLayout} (metadata, header, 栏次, data, notes), and the reader of the table's catalogue
 * kind ({@code FixedTableReader}, {@code CodedTableReader}, {@code CrossTableReader}, {@code PerformanceReader}) reads
 * it, matching labels with {@code LabelMatcher} and columns with {@code ColumnMapper}; every {@code READ.*}
 * problem is built by {@code ReadingProblems}. A new province's tables are a catalogue section and fixtures.
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
