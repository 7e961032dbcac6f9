package cn.dalian.laborbrand.subsidy.reconciliation;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import cn.dalian.laborbrand.contracts.vocabulary.Money;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * The daily statement's file as the payment system writes it ({@code docs/payment-system-api.md}, GET /v1/statements/{date}):
 * UTF-8 (a byte-order mark allowed, as Excel adds one), the exact header, then one line per payment that succeeded that
 * day, amounts in yuan with two decimals. Every line is checked and every fault reported with its line number; a file
 * with any fault is refused as a whole, so that a statement is reconciled completely or not at all.
 */
public final class StatementFormat {

    public static final List<String> HEADER = List.of("交易日期", "交易时间", "银行流水号", "业务参考号", "收款人户名", "收款人账号", "收款人开户行",
            "金额(元)", "交易状态", "摘要");
    /** A day's statement of this programme is a few kilobytes; a file far beyond it is not one. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The faults a refusal lists; {@code errorCount} says how many there were. */
    static final int ERRORS_SHOWN = 100;

    private static final String SUCCEEDED = "成功";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern REFERENCE = Pattern.compile("\\S{1,64}");
    /** As application-service takes a unit's account number. */
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{8,30}");
    /** Yuan with exactly two decimals, no sign, no grouping, at most ¥999,999,999,999.99. */
    private static final Pattern YUAN = Pattern.compile("(0|[1-9]\\d{0,11})\\.(\\d{2})");

    private StatementFormat() {
    }

    /**
     * The statement in the file.
     *
     * @param statedDate the day finance says the statement is of; required when it lists no payment, else every line must
     *                   be of that day (without it, of the first line's day)
     * @param today      today in Beijing: a statement of a later day cannot exist yet
     * @throws PlatformException {@code STATEMENT_EMPTY}, {@code STATEMENT_TOO_LARGE}, {@code STATEMENT_MALFORMED} (with
     *                           {@code errors: [{line, message}]} and {@code errorCount}), {@code STATEMENT_DATE_REQUIRED},
     *                           {@code STATEMENT_DATE_IN_FUTURE}
     */
    public static Statement parse(byte[] content, Optional<LocalDate> statedDate, LocalDate today) {
        if (content.length > MAX_BYTES) {
            throw new PlatformException(ReconciliationProblem.STATEMENT_TOO_LARGE).with("maxBytes", MAX_BYTES);
        }
        String text = decode(content);
        Lines lines = new Lines(statedDate);
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (CsvRecord record : csv) {
                lines.read(record);
                if (lines.headerWrong()) {
                    break;
                }
            }
        } catch (CsvParseException e) {
            lines.errors.add(new LineError(lines.lastLine + 1, "此行附近引号不成对，不是有效的 CSV。"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        if (!lines.headerSeen) {
            throw new PlatformException(ReconciliationProblem.STATEMENT_EMPTY);
        }
        if (!lines.errors.isEmpty()) {
            throw malformed(lines.errors);
        }
        LocalDate date = lines.date.orElseThrow(() -> new PlatformException(ReconciliationProblem.STATEMENT_DATE_REQUIRED));
        if (date.isAfter(today)) {
            throw new PlatformException(ReconciliationProblem.STATEMENT_DATE_IN_FUTURE, "对账日期 %s 晚于今天，不能导入。".formatted(date))
                    .with("statementDate", date);
        }
        return new Statement(date, lines.parsed);
    }

    /** UTF-8 read strictly, its byte-order mark dropped; a byte that is not UTF-8 is reported with its line. */
    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        if (content.length == start) {
            throw new PlatformException(ReconciliationProblem.STATEMENT_EMPTY);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer chars = CharBuffer.allocate(content.length);
        CoderResult result = utf8.decode(bytes, chars, true);
        if (result.isError()) {
            int line = 1;
            for (int i = start; i < bytes.position(); i++) {
                line += content[i] == '\n' ? 1 : 0;
            }
            throw malformed(List.of(new LineError(line, "含有不是 UTF-8 编码的文字：对账单应为支付系统导出的 UTF-8 编码 CSV 文件"
                    + "（用 Excel 另存过的文件可能已变为 GBK 编码或 XLSX 格式）。")));
        }
        utf8.flush(chars);
        return chars.flip().toString();
    }

    private static PlatformException malformed(List<LineError> errors) {
        return new PlatformException(ReconciliationProblem.STATEMENT_MALFORMED,
                "对账单有 %d 处格式错误，未导入任何数据，请按各行的提示核对后重新导入。".formatted(errors.size()))
                .with("errors", errors.subList(0, Math.min(errors.size(), ERRORS_SHOWN)))
                .with("errorCount", errors.size());
    }

    /** The lines as they are read: the header first, then each payment, its faults collected. */
    private static final class Lines {

        private final List<StatementLine> parsed = new ArrayList<>();
        private final List<LineError> errors = new ArrayList<>();
        private final Map<String, Integer> transactions = new HashMap<>();
        /** The statement's day: as stated, else the first line's. */
        private Optional<LocalDate> date;
        private final boolean dateStated;
        private boolean headerSeen;
        private boolean headerWrong;
        private int lastLine;

        Lines(Optional<LocalDate> statedDate) {
            this.date = statedDate;
            this.dateStated = statedDate.isPresent();
        }

        /** With another header the columns mean something else: its lines are not read. */
        boolean headerWrong() {
            return headerWrong;
        }

        void read(CsvRecord record) {
            int line = Math.toIntExact(record.getStartingLineNumber());
            lastLine = line;
            List<String> fields = record.getFields().stream().map(String::strip).toList();
            if (!headerSeen) {
                headerSeen = true;
                if (!fields.equals(HEADER)) {
                    headerWrong = true;
                    errors.add(new LineError(line, "表头应为「%s」，实际为「%s」：请导入支付系统导出的日对账单原文件。"
                            .formatted(String.join(",", HEADER), String.join(",", fields))));
                }
                return;
            }
            if (fields.size() != HEADER.size()) {
                fault(line, "应有 %d 列，实际为 %d 列。".formatted(HEADER.size(), fields.size()));
                return;
            }
            int before = errors.size();
            LocalDate day = date(line, fields.get(0));
            LocalTime time = time(line, fields.get(1));
            String transactionId = transactionId(line, fields.get(2));
            String reference = matching(line, fields.get(3), REFERENCE, "业务参考号", " 1 至 64 个字符且不含空格");
            String accountName = required(line, fields.get(4), "收款人户名", 200);
            String accountNumber = matching(line, fields.get(5), ACCOUNT_NUMBER, "收款人账号", " 8 至 30 位数字");
            String bankName = required(line, fields.get(6), "收款人开户行", 200);
            Money amount = amount(line, fields.get(7));
            if (!SUCCEEDED.equals(fields.get(8))) {
                fault(line, "交易状态应为「成功」，实际为「%s」：对账单只列出已成功的支付。".formatted(fields.get(8)));
            }
            String summary = fields.get(9);
            if (summary.length() > 200) {
                fault(line, "摘要超过 200 个字。");
            }
            if (errors.size() == before) {
                parsed.add(new StatementLine(line, day, time, transactionId, reference, accountName, accountNumber, bankName, amount, summary));
            }
        }

        /** The line's day, which must be the statement's: one file, one day. */
        private LocalDate date(int line, String value) {
            LocalDate day = day(line, value);
            if (day == null) {
                return null;
            }
            if (date.isEmpty()) {
                date = Optional.of(day);
            } else if (!date.get().equals(day)) {
                fault(line, "交易日期 %s 与%s %s 不同：一份对账单只含一天的交易。".formatted(day, dateStated ? "所选对账日期" : "第一笔交易的日期", date.get()));
            }
            return day;
        }

        /** The bank's transaction id, listed once: a statement lists each transaction once. */
        private String transactionId(int line, String value) {
            String id = matching(line, value, TRANSACTION_ID, "银行流水号", " 1 至 64 位字母、数字、下划线或连字符");
            if (id != null) {
                Integer first = transactions.putIfAbsent(id, line);
                if (first != null) {
                    fault(line, "银行流水号 %s 与第 %d 行重复。".formatted(id, first));
                }
            }
            return id;
        }

        private Money amount(int line, String value) {
            var yuan = YUAN.matcher(value);
            if (!yuan.matches()) {
                fault(line, "金额「%s」应为以元为单位、保留两位小数的数字（如 50000.00），不带千位分隔符。".formatted(value));
                return null;
            }
            long fen = Long.parseLong(yuan.group(1)) * 100 + Long.parseLong(yuan.group(2));
            if (fen == 0) {
                fault(line, "金额不能为 0。");
                return null;
            }
            return new Money(fen);
        }

        private LocalDate day(int line, String value) {
            try {
                return LocalDate.parse(value, DATE);
            } catch (DateTimeParseException e) {
                fault(line, "交易日期「%s」不是 yyyy-MM-dd 格式的日期。".formatted(value));
                return null;
            }
        }

        private LocalTime time(int line, String value) {
            try {
                return LocalTime.parse(value, TIME);
            } catch (DateTimeParseException e) {
                fault(line, "交易时间「%s」不是 HH:mm:ss 格式的时间。".formatted(value));
                return null;
            }
        }

        /** The value when it has the pattern's shape; else the fault, naming the value or saying it is empty. */
        private String matching(int line, String value, Pattern pattern, String name, String shape) {
            if (value.isEmpty()) {
                fault(line, name + "为空。");
                return null;
            }
            if (!pattern.matcher(value).matches()) {
                fault(line, "%s「%s」应为%s。".formatted(name, value, shape));
                return null;
            }
            return value;
        }

        private String required(int line, String value, String name, int most) {
            if (value.isEmpty()) {
                fault(line, name + "为空。");
                return null;
            } else if (value.length() > most) {
                fault(line, "%s超过 %d 个字。".formatted(name, most));
                return null;
            }
            return value;
        }

        private void fault(int line, String message) {
            errors.add(new LineError(line, message));
        }
    }
}
