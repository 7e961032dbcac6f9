package cn.dalian.laborbrand.notification.delivery;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.dalian.laborbrand.notification.channels.Channel;
import cn.dalian.laborbrand.notification.notices.NoticeKind;
import cn.dalian.laborbrand.platform.paging.Page;
import cn.dalian.laborbrand.platform.paging.PageQuery;
import io.swagger.v3.oas.annotations.Operation;

/** The operators' delivery log of e-mails and SMS: each with its attempts, a failed one sent again. */
@RestController
@RequestMapping("/api/notifications/deliveries")
@PreAuthorize("hasRole('OPERATOR')")
class DeliveryController {

    private final DeliveryLog deliveries;
    private final DeliveryMapper mapper;

    DeliveryController(DeliveryLog deliveries, DeliveryMapper mapper) {
        this.deliveries = deliveries;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(summary = "投递记录（最新在前），可按状态、渠道、消息类型筛选")
    public Page<DeliveryView> list(@RequestParam Optional<DeliveryStatus> status, @RequestParam Optional<Channel> channel,
            @RequestParam Optional<NoticeKind> kind, @Valid @ParameterObject PageQuery page) {
        return deliveries.list(status, channel, kind, page).mapAll(mapper::toViews);
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条投递记录：内容与每次发送尝试")
    public DeliveryDetail get(@PathVariable UUID id) {
        return detail(deliveries.get(id));
    }

    @PostMapping("/{id}/resend")
    @Operation(summary = "重新发送一条发送失败的消息（立即待发送，原尝试记录保留）")
    public DeliveryDetail resend(@PathVariable UUID id) {
        return detail(deliveries.resend(id));
    }

    private DeliveryDetail detail(DeliveryLog.Entry entry) {
        return mapper.toDetail(entry.delivery(), entry.content(), entry.attempts());
    }
}
