package cn.dalian.laborbrand.application.roster;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.carrotsearch.hppc.LongIntHashMap;

import cn.dalian.laborbrand.platform.privacy.Masks;
import cn.dalian.laborbrand.platform.validation.ResidentIdNumber;

/**
 * What a roster row must be (花名册逐行校验): every required column filled, a resident ID number with its check
 * character and a real birth date not after today, a mobile number, one of the campaign's years, 是/否 where asked, a
 * known employer, and each worker once per year within the file. Keeps the lines seen so far, so one instance reads one
 * file; it holds a primitive map, not the rows, so that a million rows fit in a small heap.
 */
public final class RosterRowRules {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final int LONGEST_TEXT = 100;
    /** Answered 是 or 否; the first two are required, 是否省外输出 blank means 否. */
    private static final List<RosterColumn> YES_NO_COLUMNS = List.of(RosterColumn.TRAINED, RosterColumn.PASSED, RosterColumn.OUT_OF_PROVINCE);

    private final Set<Integer> years;
    private final String unitName;
    private final Set<String> knownEmployers;
    private final LocalDate today;
    /** ID number (as a number, the check character X as 10) → first line, per year. */
    private final Map<Integer, LongIntHashMap> seen = new HashMap<>();

    /**
     * @param years          the years the campaign asks for
     * @param unitName       the unit's legal name, which like 本单位 means its own absorption
     * @param knownEmployers the employers the unit listed for organised output
     */
    public RosterRowRules(Set<Integer> years, String unitName, Set<String> knownEmployers, LocalDate today) {
        this.years = Set.copyOf(years);
        this.unitName = unitName;
        this.knownEmployers = Set.copyOf(knownEmployers);
        this.today = today;
    }

    /** The row as a worker, or the reason it is refused. */
    public Result check(int line, Map<RosterColumn, String> cells) {
        EnumMap<RosterColumn, String> value = new EnumMap<>(RosterColumn.class);
        for (RosterColumn column : RosterColumn.values()) {
            String cell = cells.get(column);
            value.put(column, cell == null || cell.isBlank() ? null : cell.strip());
        }
        String name = value.get(RosterColumn.NAME);
        String id = value.get(RosterColumn.ID_NUMBER);
        String maskedName = name == null ? null : Masks.personName(name);
        String maskedId = id == null ? null : Masks.idNumber(id);

        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && value.get(column) == null) {
                return refused(line, column, column.header() + "未填写", maskedName, maskedId);
            }
            if (value.get(column) != null && value.get(column).length() > LONGEST_TEXT) {
                return refused(line, column, column.header() + "超过 " + LONGEST_TEXT + " 个字", maskedName, maskedId);
            }
        }
        if (!isPersonName(name)) {
            return refused(line, RosterColumn.NAME, "姓名只能由汉字、字母、间隔号“·”组成", maskedName, maskedId);
        }
        Optional<String> idProblem = ResidentIdNumber.problemWith(id, today);
        if (idProblem.isPresent()) {
            return refused(line, RosterColumn.ID_NUMBER, idProblem.get(), maskedName, maskedId);
        }
        if (!MOBILE.matcher(value.get(RosterColumn.PHONE)).matches()) {
            return refused(line, RosterColumn.PHONE, "手机号码应为 11 位数字，以 1 开头", maskedName, maskedId);
        }
        Integer year = yearOf(value.get(RosterColumn.YEAR));
        if (year == null || !years.contains(year)) {
            return refused(line, RosterColumn.YEAR, "年度“" + value.get(RosterColumn.YEAR) + "”不是本批次申报的年度（"
                    + String.join("、", years.stream().sorted().map(String::valueOf).toList()) + "）", maskedName, maskedId);
        }
        String role = value.get(RosterColumn.ROLE);
        if (!RosterColumn.MANAGEMENT.equals(role) && !RosterColumn.WORKER.equals(role)) {
            return refused(line, RosterColumn.ROLE, "人员类别应填“务工人员”或“管理人员”", maskedName, maskedId);
        }
        for (RosterColumn column : YES_NO_COLUMNS) {
            if (value.get(column) != null && yesNo(value.get(column)) == null) {
                return refused(line, column, column.header() + "应填“是”或“否”", maskedName, maskedId);
            }
        }
        boolean trained = yesNo(value.get(RosterColumn.TRAINED));
        boolean passed = yesNo(value.get(RosterColumn.PASSED));
        boolean outOfProvince = value.get(RosterColumn.OUT_OF_PROVINCE) != null && yesNo(value.get(RosterColumn.OUT_OF_PROVINCE));
        if (passed && !trained) {
            return refused(line, RosterColumn.PASSED, "未参加培训的人员不能填写培训合格", maskedName, maskedId);
        }
        String employer = value.get(RosterColumn.EMPLOYER);
        boolean ownUnit = RosterColumn.OWN_UNIT.equals(employer) || unitName.equals(employer);
        boolean employerInDalian = false;
        if (employer != null) {
            if (!ownUnit && !knownEmployers.contains(employer)) {
                return refused(line, RosterColumn.EMPLOYER, "就业单位“" + employer + "”不在本申报登记的用工单位名单中（自主吸纳请填“本单位”）",
                        maskedName, maskedId);
            }
            Boolean inDalian = ownUnit && value.get(RosterColumn.EMPLOYER_IN_DALIAN) == null ? Boolean.TRUE
                    : yesNo(value.get(RosterColumn.EMPLOYER_IN_DALIAN));
            if (inDalian == null) {
                return refused(line, RosterColumn.EMPLOYER_IN_DALIAN, "填写了就业单位时，请填写该单位是否在大连（是/否）", maskedName, maskedId);
            }
            employerInDalian = inDalian;
        }
        if (outOfProvince && (employer == null || employerInDalian || ownUnit)) {
            return refused(line, RosterColumn.OUT_OF_PROVINCE, "省外输出的人员应填写大连以外的就业单位", maskedName, maskedId);
        }
        int firstLine = firstLineOf(id, year, line);
        if (firstLine != line) {
            return refused(line, RosterColumn.ID_NUMBER, "与第 " + firstLine + " 行为同一人同一年度，重复列出", maskedName, maskedId);
        }
        return new Result(new WorkerRow(line, name, id, value.get(RosterColumn.PHONE), year, RosterColumn.MANAGEMENT.equals(role), trained,
                passed, employer == null ? null : (ownUnit ? RosterColumn.OWN_UNIT : employer), employerInDalian, outOfProvince,
                value.get(RosterColumn.CONTRACT_REF), value.get(RosterColumn.INSURANCE_REF)), null);
    }

    /** A row taken or refused: exactly one of them. */
    public record Result(WorkerRow worker, RowRefusal refusal) {
    }

    private int firstLineOf(String id, int year, int line) {
        long key = Long.parseLong(id, 0, 17, 10) * 11 + (id.charAt(17) == 'X' ? 10 : id.charAt(17) - '0');
        LongIntHashMap lines = seen.computeIfAbsent(year, any -> new LongIntHashMap());
        int index = lines.indexOf(key);
        if (lines.indexExists(index)) {
            return lines.indexGet(index);
        }
        lines.indexInsert(index, key, line);
        return line;
    }

    private static boolean isPersonName(String name) {
        return name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetter(c)
                || c == '·' || c == '•' || c == ' ');
    }

    private static Integer yearOf(String text) {
        String digits = text.endsWith("年") ? text.substring(0, text.length() - 1) : text;
        if (digits.endsWith(".0")) { // a number cell of a spreadsheet
            digits = digits.substring(0, digits.length() - 2);
        }
        return digits.matches("\\d{4}") ? Integer.valueOf(digits) : null;
    }

    private static Boolean yesNo(String text) {
        if (RosterColumn.YES.equals(text)) {
            return Boolean.TRUE;
        }
        return RosterColumn.NO.equals(text) ? Boolean.FALSE : null;
    }

    private static Result refused(int line, RosterColumn column, String reason, String maskedName, String maskedId) {
        return new Result(null, new RowRefusal(line, column.header(), reason, maskedName, maskedId));
    }
}
