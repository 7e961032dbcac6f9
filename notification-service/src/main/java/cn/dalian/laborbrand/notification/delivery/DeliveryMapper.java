package cn.dalian.laborbrand.notification.delivery;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import cn.dalian.laborbrand.notification.channels.Addresses;
import cn.dalian.laborbrand.notification.inbox.Recipient;
import cn.dalian.laborbrand.platform.privacy.Masks;

/** Deliveries as operators read them: the address masked, a member of staff's name masked, labels in Chinese. */
@Mapper(imports = { Addresses.class, Masks.class, Recipient.class })
interface DeliveryMapper {

    @Mapping(target = "kindLabel", expression = "java(delivery.kind().label())")
    @Mapping(target = "channelLabel", expression = "java(delivery.channel().label())")
    @Mapping(target = "statusLabel", expression = "java(DeliveryMapper.label(delivery.status()))")
    @Mapping(target = "recipient", expression = "java(Addresses.masked(delivery.channel(), delivery.address()))")
    @Mapping(target = "recipientName", expression = "java(DeliveryMapper.name(delivery))")
    @Mapping(target = "subject", expression = "java(delivery.subject())")
    DeliveryView toView(Delivery delivery);

    List<DeliveryView> toViews(List<Delivery> deliveries);

    @Mapping(target = "kindLabel", expression = "java(delivery.kind().label())")
    @Mapping(target = "channelLabel", expression = "java(delivery.channel().label())")
    @Mapping(target = "statusLabel", expression = "java(DeliveryMapper.label(delivery.status()))")
    @Mapping(target = "recipient", expression = "java(Addresses.masked(delivery.channel(), delivery.address()))")
    @Mapping(target = "recipientName", expression = "java(DeliveryMapper.name(delivery))")
    @Mapping(target = "subject", expression = "java(delivery.subject())")
    @Mapping(target = "content", source = "content")
    @Mapping(target = "attemptLog", source = "attemptLog")
    DeliveryDetail toDetail(Delivery delivery, String content, List<AttemptLog> attemptLog);

    /** A unit's name is no personal data; a person's is. */
    @Named("name")
    static String name(Delivery delivery) {
        return delivery.recipientKind() == Recipient.Kind.ORGANISATION ? delivery.recipientName() : Masks.personName(delivery.recipientName());
    }

    /** Named, so that MapStruct does not take it for the way to write every status. */
    @Named("label")
    static String label(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "待发送";
            case SENT -> "已发送";
            case FAILED -> "发送失败";
        };
    }
}
