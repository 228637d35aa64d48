package id.ekinerja.application.organisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of a pegawai import file. The type is decided from the content, never from the name: a ZIP
 * package is read as XLSX (first sheet, streamed with SAX so 50,000 rows need little memory), UTF-8 text as
 * CSV with {@code ,} or {@code ;} (what Excel writes in an Indonesian locale). Anything else is refused with
 * a reason, as are empty or oversized files and a header that is not the template's.
 */
public final class PegawaiFileReader {
    /** 20 MB: a 100,000-row CSV is about 15 MB; larger uploads are refused before parsing. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    private static final List<String> HEADER_KEYS = List.of("nip", "nama", "jenis", "pangkatgolongan", "jabatan",
            "jenisjabatan", "jenjang", "kodeunit", "nipatasan", "email", "peran");

    private PegawaiFileReader() {
    }

    /** @throws ImportFileException when the file as a whole cannot be used */
    public static List<PegawaiRow> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportFileException("org.import.error.emptyFile");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportFileException("org.import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        List<String[]> table;
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            table = readXlsx(content);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException("org.import.error.oldExcel");
        } else {
            table = readCsv(content);
        }
        if (table.isEmpty()) {
            throw new ImportFileException("org.import.error.emptyFile");
        }
        checkHeader(table.get(0));
        List<PegawaiRow> rows = new ArrayList<>(table.size());
        for (int i = 1; i < table.size(); i++) {
            PegawaiRow row = PegawaiRow.of(i + 1, table.get(i));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("org.import.error.noRows");
        }
        if (rows.size() > MAX_ROWS) {
            throw new ImportFileException("org.import.error.tooManyRows", MAX_ROWS);
        }
        return rows;
    }

    private static void checkHeader(String[] header) {
        for (int i = 0; i < HEADER_KEYS.size(); i++) {
            String found = normalise(header[i]);
            if (!found.equals(HEADER_KEYS.get(i))) {
                throw new ImportFileException("org.import.error.header", i + 1, PegawaiRow.COLUMNS.get(i),
                        header[i].isEmpty() ? "-" : header[i]);
            }
        }
    }

    /** Lower case, without text in parentheses and without anything but letters and digits. */
    static String normalise(String header) {
        return header.replaceAll("\\(.*?\\)", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<String[]> readCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("org.import.error.notSpreadsheet");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int probe = Math.min(text.length(), 8192);
        for (int i = 0; i < probe; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
                throw new ImportFileException("org.import.error.notSpreadsheet");
            }
        }
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<String[]> table = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (table.size() > MAX_ROWS + 1) {
                    throw new ImportFileException("org.import.error.tooManyRows", MAX_ROWS);
                }
                String[] cells = new String[HEADER_KEYS.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = i < record.size() ? clean(record.get(i)) : "";
                }
                table.add(cells);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("org.import.error.csvSyntax", e.getMessage() == null ? "" : e.getMessage());
        }
        while (!table.isEmpty() && String.join("", table.get(table.size() - 1)).isEmpty()) {
            table.remove(table.size() - 1);
        }
        return table;
    }

    private static List<String[]> readXlsx(byte[] content) {
        List<String[]> table = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(content); OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return table;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Rows(table), new DataFormatter(Locale.ROOT), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            throw new ImportFileException("org.import.error.notSpreadsheet");
        }
        while (!table.isEmpty() && String.join("", table.get(table.size() - 1)).isEmpty()) {
            table.remove(table.size() - 1);
        }
        return table;
    }

    /** Collects cells by column; missing cells stay empty, rows skipped by Excel become empty rows. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String[]> table;
        private String[] current;

        Rows(List<String[]> table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            while (table.size() < rowNum) {
                table.add(empty());
            }
            if (rowNum > MAX_ROWS + 1) {
                throw new ImportFileException("org.import.error.tooManyRows", MAX_ROWS);
            }
            current = empty();
        }

        @Override
        public void endRow(int rowNum) {
            table.add(current);
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (ref.charAt(i) - 'A' + 1);
            }
            col--;
            if (col >= 0 && col < current.length) {
                current[col] = clean(value);
            }
        }

        private static String[] empty() {
            String[] cells = new String[HEADER_KEYS.size()];
            java.util.Arrays.fill(cells, "");
            return cells;
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\u00A0', ' ').strip();
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
