package cn.dalian.laborbrand.notification.inbox;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface InboxMapper {

    @Mapping(target = "read", expression = "java(message.isRead())")
    MessageView toView(InboxMessage message);

    List<MessageView> toViews(List<InboxMessage> messages);
}
