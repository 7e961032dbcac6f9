package cn.dalian.laborbrand.review.casework;

import cn.dalian.laborbrand.platform.security.Role;

/** The office that works on a case at a stage, and so may decide on it or reject it there. */
public enum ReviewOffice {
    DISTRICT("区人社部门", Role.DISTRICT_REVIEWER),
    CITY("市人社部门", Role.CITY_REVIEWER),
    LEADING_GROUP("市就业工作领导小组办公室", Role.LEADING_GROUP);

    private final String label;
    private final Role role;

    ReviewOffice(String label, Role role) {
        this.label = label;
        this.role = role;
    }

    public String label() {
        return label;
    }

    public Role role() {
        return role;
    }
}
