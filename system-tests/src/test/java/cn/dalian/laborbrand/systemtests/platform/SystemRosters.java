package cn.dalian.laborbrand.systemtests.platform;

import java.nio.charset.StandardCharsets;

import cn.dalian.laborbrand.platform.validation.ResidentIdNumber;

/**
 * Worker rosters (务工人员花名册) in the platform's CSV template that support declared figures: for a year, exactly the
 * trained, passed, employed and specially trained employed workers those figures say, all Dalian-registered and
 * absorbed by the unit itself, with valid ID numbers (GB 11643) unique to each unit's number range.
 */
final class SystemRosters {

    static final String HEADER = "姓名,身份证号码,手机号码,年度,人员类别,是否参加特色培训,培训是否合格,就业单位,就业单位是否在大连,是否省外输出,劳动（派遣）合同编号,省外社保缴纳证明编号";
    private static final String[] NAMES = { "王建国", "李秀英", "张伟", "刘芳", "陈静", "杨磊", "赵敏", "黄洋", "周艳", "吴强" };

    private final StringBuilder csv = new StringBuilder(HEADER).append('\n');
    private final String address;
    private int next;

    /** @param address the ID numbers' address code (e.g. 210211 for 甘井子区); each unit of a test its own, so no worker is shared */
    SystemRosters(String address, int first) {
        this.address = address;
        this.next = first;
    }

    /**
     * The workers of one year: {@code trained} trained, of whom the declared pass rate (rounded up) passed; {@code employed}
     * absorbed, of whom the declared special-training share (rounded up) were trained.
     */
    SystemRosters year(int year, int trained, double passRatePercent, int employed, double sharePercent) {
        int passed = (int) Math.ceil(trained * passRatePercent / 100);
        int trainedEmployed = (int) Math.ceil(employed * sharePercent / 100);
        int trainedOnly = trained - trainedEmployed;
        int passedLeft = passed;
        for (int i = 0; i < employed; i++) {
            boolean wasTrained = i < trainedEmployed;
            boolean pass = wasTrained && passedLeft-- > 0;
            row(year, wasTrained, pass, true);
        }
        for (int i = 0; i < trainedOnly; i++) {
            row(year, true, passedLeft-- > 0, false);
        }
        return this;
    }

    byte[] csv() {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void row(int year, boolean trained, boolean passed, boolean employed) {
        int i = next++;
        // born 1998–2003: the browser tests' rosters take birth days of 1965–1997, so the two never list the same person
        String first17 = address + String.format("%04d%02d%02d", 1998 + (i / 1000) % 6, 1 + (i / 28) % 12, 1 + i % 28)
                + String.format("%03d", (i / 336) % 1000);
        csv.append(NAMES[i % NAMES.length]).append(',').append(first17).append(ResidentIdNumber.checkCharacterOf(first17)).append(',')
                .append(String.format("139%08d", i)).append(',').append(year).append(",务工人员,").append(trained ? "是" : "否").append(',')
                .append(passed ? "是" : "否").append(',').append(employed ? "本单位,是" : ",").append(",否,,\n");
    }

}
