package cn.dalian.laborbrand.registry.callbacks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.http.HttpStatus;

import cn.dalian.laborbrand.platform.problem.ErrorCode;
import cn.dalian.laborbrand.platform.problem.PlatformException;

/**
 * TEST DOUBLE of another platform service: application-service's roster API ({@code GET /api/applications/{id}/roster/workers}
 * masked, {@code POST …/workers/{line}/disclosure} in full), which the registry's ITs do not start. It answers one
 * roster for every application, as application-service would mask it, and notes each disclosure asked for; it can be
 * switched off to play an application-service that does not answer (as the real adapter reports it: a 503 problem).
 * The real HTTP adapter is tested in {@code roster/ApplicationServiceRosterTest}; the whole walk in system-tests'
 * {@code SupervisionSystemIT}.
 */
class FakeApplicationServiceRoster implements RosterWorkers {

    static final String PORT = "大连港集团有限公司";
    static final String HOTEL = "大连香格里拉大饭店有限公司";
    private static final String[] FAMILY_NAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };

    record Disclosed(UUID applicationId, int line, String reason) {
    }

    private final List<RosterWorker> roster = new ArrayList<>();
    final List<Disclosed> disclosures = new CopyOnWriteArrayList<>();
    volatile boolean answering = true;

    /**
     * 60 lines from line 2: 2021 大连港集团 30, 2022 香格里拉 20, 2022 trained but not employed 5, and 5 managers the rules
     * do not count. Phones 1390411xxxx by line.
     */
    FakeApplicationServiceRoster() {
        int line = 2;
        for (int n = 0; n < 60; n++, line++) {
            int year = n < 30 ? 2021 : 2022;
            String employer = n < 30 ? PORT : n < 50 ? HOTEL : n < 55 ? null : PORT;
            roster.add(new RosterWorker(line, year, employer, FAMILY_NAMES[n % FAMILY_NAMES.length] + "**", "139****" + fourDigits(line), n < 55));
        }
    }

    static String fullPhone(int line) {
        return "1390411" + fourDigits(line);
    }

    static String fullName(int line) {
        return FAMILY_NAMES[(line - 2) % FAMILY_NAMES.length] + "建华";
    }

    private static String fourDigits(int line) {
        return String.format("%04d", line);
    }

    @Override
    public List<RosterWorker> workers(UUID applicationId) {
        requireAnswering();
        return List.copyOf(roster);
    }

    @Override
    public Disclosure disclose(UUID applicationId, int line, String reason) {
        requireAnswering();
        disclosures.add(new Disclosed(applicationId, line, reason));
        return new Disclosure(line, fullName(line), fullPhone(line));
    }

    private void requireAnswering() {
        if (!answering) {
            throw new PlatformException(Down.APPLICATION_SERVICE_DOWN);
        }
    }

    /** What the real adapter answers when application-service is down. */
    enum Down implements ErrorCode {
        APPLICATION_SERVICE_DOWN;

        @Override
        public Text text() {
            return new Text(HttpStatus.SERVICE_UNAVAILABLE, "Roster unavailable", "申报服务暂时不可用，无法读取该品牌的务工人员花名册，请稍后再试。");
        }
    }
}
