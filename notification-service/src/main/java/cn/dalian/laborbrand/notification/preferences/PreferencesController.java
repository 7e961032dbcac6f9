package cn.dalian.laborbrand.notification.preferences;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.notification.notices.NoticeKind;
import cn.dalian.laborbrand.platform.security.Role;
import cn.dalian.laborbrand.platform.starter.security.CurrentUser;

/**
 * The caller's own choice of channels: a unit's (shared by every applicant account of the organisation) for the kinds
 * written to units, a member of staff's own for the kinds written to staff.
 */
@RestController
@RequestMapping("/api/notifications/preferences")
@PreAuthorize("hasAnyRole('APPLICANT', 'DISTRICT_REVIEWER', 'CITY_REVIEWER', 'LEADING_GROUP', 'FINANCE_CLERK', 'FINANCE_APPROVER', 'OPERATOR')")
@Tag(name = "通知偏好", description = "每类通知通过哪些渠道接收（站内消息始终接收）")
class PreferencesController {

    private final Preferences preferences;
    private final PreferenceMapper mapper;

    PreferencesController(Preferences preferences, PreferenceMapper mapper) {
        this.preferences = preferences;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "我的通知接收方式", description = "申报单位：发给单位的各类通知；工作人员：发给工作人员的各类通知。")
    public PreferencesView own(CurrentUser user) {
        return mapper.toPage(preferences.of(personOf(user), audienceOf(user)));
    }

    @PutMapping
    @Operation(summary = "修改我的通知接收方式", description = "只修改列出的通知类别；具有法律效力的通知不能关闭电子邮件（422 LEGAL_NOTICE_CHANNEL_REQUIRED）；"
            + "未知或不发给本人的通知类别 400；任何一项不通过则都不保存。")
    public PreferencesView change(CurrentUser user, @Valid @RequestBody PreferencesRequest request) {
        return mapper.toPage(preferences.change(personOf(user), audienceOf(user), request.items()));
    }

    /** A unit chooses as one (any of its applicant accounts); staff each for themselves. */
    private static Recipient personOf(CurrentUser user) {
        return user.hasRole(Role.APPLICANT) ? Recipient.organisation(user.requireOrgId())
                : new Recipient(Recipient.Kind.PERSON, user.username());
    }

    private static NoticeKind.Audience audienceOf(CurrentUser user) {
        return user.hasRole(Role.APPLICANT) ? NoticeKind.Audience.UNIT : NoticeKind.Audience.STAFF;
    }
}
