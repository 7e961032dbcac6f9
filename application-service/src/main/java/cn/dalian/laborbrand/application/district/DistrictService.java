package cn.dalian.laborbrand.application.district;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.dalian.laborbrand.platform.problem.PlatformException;
import cn.dalian.laborbrand.platform.problem.ProblemCode;

/** The list of places, for the unit's profile, the naming rule, the SPA and the operators who keep it. */
@Service
public class DistrictService {

    private final DistrictRepository districts;
    private final Clock clock;

    DistrictService(DistrictRepository districts, Clock clock) {
        this.districts = districts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<District> all() {
        return districts.findAll();
    }

    /** The place of that code; an unknown code is refused in Chinese. */
    @Transactional(readOnly = true)
    public District find(String code) {
        return districts.find(code).orElseThrow(() -> new PlatformException(DistrictProblem.DISTRICT_UNKNOWN,
                "“" + code + "”不是大连市的区市县或先导区代码，请从名单中选择。"));
    }

    /** The place a unit registers in: on the list and accepting applications, else refused in Chinese. */
    @Transactional(readOnly = true)
    public District requireAccepting(String code) {
        District district = find(code);
        if (!district.acceptingApplications()) {
            throw new PlatformException(DistrictProblem.DISTRICT_NOT_ACCEPTING, district.name() + "目前不受理劳务品牌申报。");
        }
        return district;
    }

    /** Every name a brand name may use for a place: full and short forms. */
    @Transactional(readOnly = true)
    public List<String> placeNames() {
        return districts.findAll().stream().flatMap(district -> Stream.of(district.name(), district.shortName())).distinct().toList();
    }

    @Transactional
    District change(String code, DistrictChange change, int editedVersion, String operator) {
        District current = districts.find(code).orElseThrow(() -> PlatformException.notFound("未找到代码为 " + code + " 的区市县或先导区。"));
        District changed = new District(code, change.name(), change.shortName(), current.kind(), change.acceptingApplications(),
                current.sortOrder(), current.version());
        if (!districts.update(changed, editedVersion, operator, clock.instant())) {
            throw new PlatformException(ProblemCode.PRECONDITION_FAILED, "该区市县已被他人修改，请刷新后再改。");
        }
        return districts.find(code).orElseThrow();
    }
}
